"""Check a local copy of the real-text set against gold/real/SOURCES.tsv, then score the engine.

The real texts are other people's words, so the repository keeps only their
addresses (gold/real/SOURCES.tsv) and our annotations (gold/real/<split>/);
each engineer keeps the texts in a folder of their own (see gold/real/README.md).

    python tools/realtext_check.py --texts DIR [--split dev|dev2|dev3|dev5|test|all] [--kind K,...]
                                   [--misses] [--json] [--ci ROUNDS]
    python tools/realtext_check.py --texts DIR --check-only

DIR holds the texts either in DIR/<split>/<file> or directly in DIR/<file>.
Every file listed for the chosen split must be present and non-empty; a file
whose SHA-256 differs from the annotated copy is reported (its offsets and
quotes may no longer match).  The texts and gold files are then linked side by
side into a temporary folder, which is the layout ``evaluate_folder`` expects,
so the engine itself is not changed.  Exit status: 0 when every text was
found, 1 when some are missing or empty, 2 on bad arguments.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import os
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from ortakmasa.textengine.evaluate import (
    Report,
    evaluate_documents,
    evaluate_folder,
    format_intervals,
    intervals,
)

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "gold" / "real"
SPLITS = (
    "dev",
    "dev2",
    "dev3",
    "dev4",
    "dev5",
    "dev6",
    "dev7",
    "dev8",
    "dev9",
    "dev10",
    "dev11",
    "dev12",
    "dev13",
    "dev14",
    "dev15",
    "dev16",
    "dev17",
    "dev18",
    "test",
    "test2",
)


@dataclass
class Source:
    split: str
    file: str
    url: str
    publisher: str
    kind: str
    city: str
    year: str
    sha256: str


@dataclass
class Check:
    found: list[tuple[Source, Path]] = field(default_factory=list)
    missing: list[Source] = field(default_factory=list)
    empty: list[Source] = field(default_factory=list)
    changed: list[Source] = field(default_factory=list)
    no_gold: list[Source] = field(default_factory=list)
    unlisted_gold: list[str] = field(default_factory=list)


def read_sources(path: Path) -> list[Source]:
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    sources = []
    for row in rows:
        if row["split"] not in SPLITS:
            raise ValueError(f"{path}: unknown split {row['split']!r} for {row['file']}")
        sources.append(
            Source(
                split=row["split"],
                file=row["file"],
                url=row["url"],
                publisher=row["publisher"],
                kind=row["kind"],
                city=row["city"],
                year=row["year"],
                sha256=row.get("sha256") or "",
            )
        )
    return sources


def _gold_path(gold_dir: Path, src: Source) -> Path:
    return gold_dir / src.split / (Path(src.file).stem + ".gold.json")


def _text_path(texts: Path, src: Source) -> Path | None:
    for candidate in (texts / src.split / src.file, texts / src.file):
        if candidate.is_file():
            return candidate
    return None


def check(
    texts: Path, sources: list[Source], gold_dir: Path, listed: list[Source] | None = None
) -> Check:
    """Check ``sources``; annotations are compared with ``listed`` (default ``sources``),
    so a selection by kind does not report the other annotations as unlisted."""
    result = Check()
    listed_names = {str(_gold_path(gold_dir, s).relative_to(gold_dir)) for s in (listed or sources)}
    for src in sources:
        gold = _gold_path(gold_dir, src)
        if not gold.is_file():
            result.no_gold.append(src)
        path = _text_path(texts, src)
        if path is None:
            result.missing.append(src)
            continue
        data = path.read_bytes()
        if not data.strip():
            result.empty.append(src)
            continue
        if src.sha256 and hashlib.sha256(data).hexdigest() != src.sha256:
            result.changed.append(src)
        result.found.append((src, path))
    for split in sorted({s.split for s in (listed or sources)}):
        for gold in sorted((gold_dir / split).glob("*.gold.json")):
            if str(gold.relative_to(gold_dir)) not in listed_names:
                result.unlisted_gold.append(str(gold.relative_to(gold_dir)))
    return result


def link_folder(found: list[tuple[Source, Path]], gold_dir: Path, folder: Path) -> None:
    """Each found text next to its gold file in ``folder``, with the page's
    address in ``<stem>.source``: the folder ``ortakmasa extract --evaluate``
    reads."""
    folder.mkdir(parents=True, exist_ok=True)
    for src, path in found:
        gold = _gold_path(gold_dir, src)
        if not gold.is_file():
            continue
        for target, link in ((path, folder / src.file), (gold, folder / gold.name)):
            if link.is_symlink() or link.exists():
                link.unlink()
            os.symlink(target.resolve(), link)
        # the page's address, as an import from the web knows it
        stem = gold.name[: -len(".gold.json")]
        (folder / f"{stem}.source").write_text(src.url + "\n", "utf-8")


def evaluate(found: list[tuple[Source, Path]], gold_dir: Path) -> Report:
    """Score the engine on the found texts with the engine's own evaluator."""

    with tempfile.TemporaryDirectory(prefix="realtext-") as tmp:
        link_folder(found, gold_dir, Path(tmp))
        return evaluate_folder(Path(tmp))


def evaluate_with_intervals(
    found: list[tuple[Source, Path]], gold_dir: Path, rounds: int
) -> dict[str, tuple[float, float, float]]:
    """The target figures with 95 % intervals from resampling the texts."""
    with tempfile.TemporaryDirectory(prefix="realtext-") as tmp:
        link_folder(found, gold_dir, Path(tmp))
        return intervals(evaluate_documents(Path(tmp)), rounds=rounds)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--texts",
        type=Path,
        default=Path(os.environ.get("ORTAKMASA_REALTEXT", ROOT / "var" / "realtext")),
        help="local copy of the texts (default $ORTAKMASA_REALTEXT, else var/realtext)",
    )
    parser.add_argument("--split", choices=(*SPLITS, "all"), default="dev")
    parser.add_argument(
        "--kind",
        help="only texts of these kinds, comma-separated (news,press_release,minutes,...)",
    )
    parser.add_argument("--gold", type=Path, default=GOLD, help="annotation folder (gold/real)")
    parser.add_argument("--check-only", action="store_true", help="do not run the engine")
    parser.add_argument("--misses", action="store_true", help="list every miss of the engine")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    parser.add_argument(
        "--ci",
        type=int,
        metavar="ROUNDS",
        help="also give the target figures' 95 %% intervals from ROUNDS resamples of the texts",
    )
    parser.add_argument(
        "--link",
        type=Path,
        metavar="DIR",
        help="only link the texts, gold files and addresses into DIR for extract --evaluate",
    )
    args = parser.parse_args(argv)

    sources_file = args.gold / "SOURCES.tsv"
    if not sources_file.is_file():
        print(f"error: {sources_file} not found", file=sys.stderr)
        return 2
    if not args.texts.is_dir():
        print(f"error: no text folder {args.texts} (see gold/real/README.md)", file=sys.stderr)
        return 2
    sources = [
        s for s in read_sources(sources_file) if args.split == "all" or s.split == args.split
    ]
    in_split = sources
    if args.kind:
        kinds = {k.strip() for k in args.kind.split(",") if k.strip()}
        sources = [s for s in sources if s.kind in kinds]
    result = check(args.texts, sources, args.gold, listed=in_split)
    out = sys.stderr if args.json else sys.stdout
    print(f"{len(result.found)} of {len(sources)} texts present in {args.texts}", file=out)
    for src in result.missing:
        print(f"missing: {src.split}/{src.file}  {src.url}", file=out)
    for src in result.empty:
        print(f"empty: {src.split}/{src.file}  {src.url}", file=out)
    for src in result.changed:
        print(f"differs from the annotated copy: {src.split}/{src.file}", file=out)
    for src in result.no_gold:
        print(f"no annotation: {src.split}/{src.file}", file=out)
    for name in result.unlisted_gold:
        print(f"annotation not listed in SOURCES.tsv: {name}", file=out)
    if args.link is not None:
        link_folder(result.found, args.gold, args.link)
        print(f"linked into {args.link}; score with: ortakmasa extract --evaluate {args.link}")
    elif not args.check_only and result.found:
        report = evaluate(result.found, args.gold)
        if args.json:
            print(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
        else:
            print(report.format())
            if args.misses:
                print("\n".join(report.misses))
        if args.ci:
            figures = evaluate_with_intervals(result.found, args.gold, args.ci)
            print(format_intervals(figures, len(result.found)), file=out)
    return 1 if result.missing or result.empty else 0


if __name__ == "__main__":
    sys.exit(main())
