#!/bin/bash
# Counts the duplicated blocks outside migrations (issue 11's figure) with the
# `duplicates` tool of the developers' tool library: the tracked files of a
# checkout, migrations left out, copied to a scratch folder and read there.
# Usage: tools/duplicates_outside_migrations.sh [CHECKOUT] [--most N]
set -euo pipefail
src=${1:-.}
most=${3:-200}
command -v duplicates >/dev/null || { echo "the duplicates tool is not on PATH" >&2; exit 2; }
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
git -C "$src" ls-files | grep -v '/migrations/' | while read -r f; do
  mkdir -p "$scratch/$(dirname "$f")"
  cp "$src/$f" "$scratch/$f"
done
cd "$scratch" && duplicates --seconds 150 --most "$most"
