"""Fill the Turkish catalogue from tools/tr.tsv (English<TAB>Turkish;
a string with a context is written "context|English").

Used when strings are added: run makemessages, add the new lines to
tr.tsv, run this.  Plural entries list the Turkish text once; Turkish uses
the same form for every count after a number.
"""

from __future__ import annotations

import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
PO = ROOT / "src/ortakmasa/locale/tr/LC_MESSAGES/django.po"
TSV = Path(__file__).resolve().parent / "tr.tsv"


def main() -> int:
    table: dict[str, str] = {}
    for line in TSV.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            en, tr = line.split("\t")
            table[en] = tr
    po = polib.pofile(str(PO))
    po.metadata["Language"] = "tr"
    po.metadata["Plural-Forms"] = "nplurals=2; plural=(n != 1);"
    po.metadata["Content-Type"] = "text/plain; charset=UTF-8"
    missing = []
    for entry in po:
        if entry.obsolete:
            continue
        key = f"{entry.msgctxt}|{entry.msgid}" if entry.msgctxt else entry.msgid
        tr = table.get(key)
        if tr is None:
            missing.append(entry.msgid)
            continue
        if entry.msgid_plural:
            entry.msgstr_plural = {0: tr, 1: tr}
        else:
            entry.msgstr = tr
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
    po.save()
    for msgid in missing:
        print(f"missing: {msgid!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
