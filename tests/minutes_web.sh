#!/usr/bin/env bash
# The public HTML minutes, werkagenda and progress report as a municipality publishes them on its
# website: axe-core's WCAG 2.1 AA rules in Chromium (tests/export/axe.mjs), for a meeting with
# the slider chart, one with every script and one with hostile text.
set -u
kiosk=$1; src=$2; out=$3
mkdir -p "$out"
[ -d "$src/tests/node_modules/playwright-core" ] || { echo "FAIL: run npm ci --prefix tests first (playwright-core, axe-core)"; exit 1; }
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
files=()
for json in golden/small-internal.json export/scripts-session.json export/tricky-session.json; do
  id=$("$kiosk" --db "$tmp/k.db" import "$src/tests/$json") || { echo "FAIL import $json"; exit 1; }
  name=$(basename "$json" .json)
  "$kiosk" --db "$tmp/k.db" export --session "$id" --format html --audience public --out "$tmp/$name.html" || { echo "FAIL export $name"; exit 1; }
  files+=("$tmp/$name.html")
done
"$kiosk" --db "$tmp/k.db" export --session 1 --format werkagenda --audience public --out "$tmp/werkagenda.html" || { echo "FAIL werkagenda"; exit 1; }
files+=("$tmp/werkagenda.html")
cd "$src/tests" && node export/axe.mjs "$out" "${files[@]}"
