"""Reading the texts to import from paths, folders and standard input."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from ortakmasa.textengine.inputs import MAX_BYTES

#: File endings the importer reads from a folder; other files are skipped.
TEXT_SUFFIXES = {".txt", ".text", ".html", ".htm", ".docx", ".md", ""}


def read_limited(path: Path) -> bytes:
    # Read one byte past the engine's limit: enough for it to say "too large"
    # without loading a huge file into memory.
    with path.open("rb") as handle:
        return handle.read(MAX_BYTES + 1)


def iter_sources(paths: list[str]) -> Iterator[tuple[str, bytes]]:
    """Yields (name, bytes) for each file; folders are walked in name order."""
    for raw in paths:
        if raw == "-":
            yield "<stdin>", sys.stdin.buffer.read(MAX_BYTES + 1)
            continue
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.name.startswith(".") or child.suffix.lower() not in TEXT_SUFFIXES:
                    continue
                yield str(child), read_limited(child)
        elif path.is_file():
            yield str(path), read_limited(path)
        else:
            raise FileNotFoundError(raw)
