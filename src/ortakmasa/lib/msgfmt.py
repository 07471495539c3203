"""Compile the interface translations (.po → .mo) without GNU gettext.

Run as ``python -m ortakmasa.lib.msgfmt``; ``make`` does it on install so
that a fresh machine needs no system package for translations.
"""

from __future__ import annotations

import sys
from pathlib import Path

import polib

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"


def compile_all(locale_dir: Path = LOCALE_DIR) -> list[Path]:
    written = []
    for po_path in sorted(locale_dir.glob("*/LC_MESSAGES/*.po")):
        po = polib.pofile(str(po_path))
        mo_path = po_path.with_suffix(".mo")
        po.save_as_mofile(str(mo_path))
        written.append(mo_path)
    return written


def main() -> int:
    for path in compile_all():
        print(f"compiled {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
