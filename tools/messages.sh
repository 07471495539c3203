#!/usr/bin/env bash
# Refresh the interface catalogues after adding strings:
#   tools/messages.sh   (then add the new English→Turkish lines to tools/tr.tsv)
set -euo pipefail
cd "$(dirname "$0")/../src/ortakmasa"
LC_ALL=C.UTF-8 DEBUG=1 ../../.venv/bin/ortakmasa makemessages -l tr -l en --no-obsolete \
  --ignore "textengine/*" >/dev/null
cd ../..
.venv/bin/python tools/fill_tr.py
.venv/bin/python -m ortakmasa.lib.msgfmt >/dev/null
