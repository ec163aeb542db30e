#!/usr/bin/env bash
# The PDF minutes as a publisher checks them, with poppler's tools: A4 and the title in the
# metadata, every font embedded, every public idea's text exactly as typed (Dutch, Turkish,
# Polish), headings as bookmarks, the plan's tables never past the right margin (the word boxes
# measured), and nothing closed or named without consent in the public one.
set -u
kiosk=$1; src=$2; out=$3
mkdir -p "$out"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fails=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; fails=$((fails+1)); fi; }
db=$tmp/k.db
id=$("$kiosk" --db "$db" import "$src/tests/export/scripts-session.json") || { echo "FAIL import"; exit 1; }
tricky=$("$kiosk" --db "$db" import "$src/tests/export/tricky-session.json") || { echo "FAIL import"; exit 1; }
for a in public internal; do
  "$kiosk" --db "$db" export --session "$id" --format pdf --audience $a --out "$tmp/$a.pdf"; rc=$?
  check "export pdf ($a)" '[ $rc -eq 0 ] && [ -s "$tmp/$a.pdf" ]'
  info=$(pdfinfo "$tmp/$a.pdf")
  check "$a: A4, titled, with the municipality as author" '[[ "$info" == *"(A4)"* ]] && [[ "$info" == *"Title:"*"Wijktafel Binnenstad — één stad"* ]] && [[ "$info" == *"Author:"*"Gemeente Helmond"* ]]'
  emb=$(pdffonts "$tmp/$a.pdf" | awk 'NR>2 {print $(NF-4)}' | sort -u)
  check "$a: every font embedded (as a subset)" '[ "$emb" = yes ] && pdffonts "$tmp/$a.pdf" | awk "NR>2" | grep -q "+"'
  right=$(pdftotext -bbox "$tmp/$a.pdf" - | grep -o 'xMax="[0-9.]*"' | tr -dc '0-9.\n' | sort -n | tail -1)
  check "$a: nothing runs past the right margin (rightmost word at $right pt of 545.3)" 'awk -v r="$right" "BEGIN { exit !(r > 400 && r <= 545.3) }"'
  check "$a: headings are bookmarks" '[ "$(grep -ac "/Outlines" "$tmp/$a.pdf")" -ge 1 ] && grep -aq "/Title (Aanwezig)" "$tmp/$a.pdf"'
done
text=$(pdftotext "$tmp/public.pdf" - | tr -s '\n ' '  ')
for idea in "Meer bankjes bij de vijver, graag — één of twee" "Çocuk parkı için daha fazla ağaç, lütfen" "Więcej ławek przy przystanku, proszę" "Zwerfafvalteam van bewoners met een heel lange omschrijving"; do
  check "the public PDF holds \"$idea\" exactly" '[[ "$text" == *"$idea"* ]]'
done
check "the public PDF holds nothing closed" '! pdftotext "$tmp/public.pdf" - | grep -q "GEHEIM-MARKER"'
check "the internal PDF holds the closed part" 'pdftotext "$tmp/internal.pdf" - | grep -q "GEHEIM-MARKER"'
"$kiosk" --db "$db" export --session "$tricky" --format pdf --audience public --out "$tmp/tricky.pdf"
check "no resident named without consent, no contact, in a public PDF" '! pdftotext "$tmp/tricky.pdf" - | grep -q "Ria Smit\|ria@example.nl\|GEHEIM-MARKER"'
# The slider chart as vector graphics: its words are text in the PDF, and the only raster image
# is the letterhead's logo.
small=$("$kiosk" --db "$db" import "$src/tests/golden/small-internal.json") || { echo "FAIL import"; exit 1; }
"$kiosk" --db "$db" export --session "$small" --format pdf --audience public --out "$tmp/chart.pdf"
check "the chart's words are text in the PDF" 'pdftotext "$tmp/chart.pdf" - | grep -q "Nu: meestal rond 30"'
check "the chart is drawn, not pasted (one raster image: the logo)" '[ "$(pdfimages -list "$tmp/chart.pdf" | awk "NR > 2 && \$3 == \"image\"" | wc -l)" -eq 1 ]'
check "the minutes end with the next meeting and the distribution" 'pdftotext "$tmp/chart.pdf" - | grep -q "Verspreiding: openbaar"'
pdftoppm -png -r 60 -f 1 -l 1 "$tmp/chart.pdf" "$out/minutes-pdf-chart" || check "pdftoppm" false
pdftoppm -png -r 60 -f 2 -l 2 "$tmp/public.pdf" "$out/minutes-pdf" || check "pdftoppm" false
echo "$((fails == 0 ? 1 : 0)) passed, $fails failed" >/dev/null
[ $fails -eq 0 ]
