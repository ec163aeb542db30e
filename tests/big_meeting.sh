#!/usr/bin/env bash
# Issue 34: a college on tour of 5,000 ideas, generated (tests/big/college.py) and imported
# without a phase. It starts public; the room turns a round of summary pages in at most two
# minutes and shows a resident's new idea within it (read back by OCR); the console finds an idea
# by two words in any order; the ideas spreadsheet opens in LibreOffice with every idea as a row;
# the public PDF minutes stay under 20 pages and name that spreadsheet.
set -u
kiosk=$1; src=$2; out=$3
mkdir -p "$out"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp  # LibreOffice keeps a profile in $HOME
fail() { echo "FAIL: $*"; exit 1; }
python3 "$src/tests/big/college.py" "$tmp/college.json" 5000 || fail "generating the meeting"
id=$("$kiosk" --db "$tmp/k.db" import "$tmp/college.json") || fail "import"
"$kiosk" --db "$tmp/k.db" export --session "$id" --format json --audience internal --out "$tmp/s.json" || fail "export json"
python3 -c 'import json,sys; s=json.load(open(sys.argv[1]))["session"]; sys.exit(0 if s["phase"]=="public" else 1)' "$tmp/s.json" ||
  fail "a college on tour without a phase did not start public"

# The room and the console, driven as people would.
(cd "$tmp" && SDL_VIDEODRIVER=offscreen "$kiosk" --headless --script "$src/tests/big/room.wks" --db "$tmp/k.db") || fail "the replay"
cp "$tmp"/big-*.png "$out/" 2>/dev/null
# The group merged and taken back: one step each in the edit log.
[ "$("$kiosk" --db "$tmp/k.db" log --session "$id" | grep -c $'\tmerge-group\t')" -eq 1 ] || fail "the group merge is not one step in the log"
[ "$("$kiosk" --db "$tmp/k.db" log --session "$id" | grep -c $'\tundo\t')" -eq 1 ] || fail "the group merge was not undone in one step"
found=""
for f in "$tmp"/big-room-*.png; do
  text=$(tesseract "$f" - -l nld --dpi 300 2>/dev/null | tr '[:upper:]' '[:lower:]' | tr -s '[:space:]' ' ')
  [[ "$text" == *"watertappunt bij de skatebaan"* ]] && { found=$f; break; }
done
[ -n "$found" ] || fail "the resident's new idea is in none of the room's pictures of one round"
echo "ok   the new idea is on the room: $(basename "$found")"

# The ideas as a spreadsheet: LibreOffice reads a row per idea on the wall.
for a in public internal; do
  "$kiosk" --db "$tmp/k.db" export --session "$id" --format ideeen --audience $a --out "$tmp/ideeen-$a.xlsx" || fail "export ideeen $a"
done
"$kiosk" --db "$tmp/k.db" export --session "$id" --format ideeen --audience public --out "$tmp/ideeen.csv" || fail "export ideeen csv"
"$kiosk" --db "$tmp/k.db" export --session "$id" --format ideeen --audience public --out "$tmp/ideeen.pdf" 2>"$tmp/err" && fail "ideeen as PDF was accepted"
grep -q "ideeen.pdf" "$tmp/err" || fail "the refusal does not name the file: $(cat "$tmp/err")"
(cd "$tmp" && soffice --headless --convert-to "csv:Text - txt - csv (StarCalc):59,34,76,1" --outdir back ideeen-public.xlsx ideeen-internal.xlsx >/dev/null 2>&1) ||
  fail "LibreOffice cannot open the ideas XLSX"
public_rows=$(python3 -c 'import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], encoding="utf-8"), delimiter=";")))' "$tmp/back/ideeen-public.csv")
internal_rows=$(python3 -c 'import csv,sys; print(sum(1 for _ in csv.reader(open(sys.argv[1], encoding="utf-8"), delimiter=";")))' "$tmp/back/ideeen-internal.csv")
# 5,005 generated, one added in the replay; 51 are closed (every 97th): the header and a row each.
[ "$internal_rows" -eq 5007 ] || fail "the internal XLSX has $internal_rows rows, not 5007"
[ "$public_rows" -eq 4956 ] || fail "the public XLSX has $public_rows rows, not 4956"
head -1 "$tmp/back/ideeen-public.csv" | grep -q '^"*Nummer"*;"*Idee"*;"*Thema"*;"*Steun"*' || fail "header: $(head -1 "$tmp/back/ideeen-public.csv")"
! grep -qi "contact\|@" "$tmp/back/ideeen-internal.csv" || fail "a contact column or address in the ideas XLSX"
grep -q "Bewoner 26" "$tmp/back/ideeen-public.csv" || fail "a consenting author is missing in public"
! grep -q "Bewoner 13\b" "$tmp/back/ideeen-public.csv" || fail "an author without consent is named in public"
echo "ok   the ideas XLSX: $internal_rows rows internal, $public_rows public"

# The minutes of a big meeting: a summary under 20 pages that names the spreadsheet.
"$kiosk" --db "$tmp/k.db" export --session "$id" --format pdf --audience public --out "$tmp/verslag.pdf" || fail "export pdf"
pages=$(pdfinfo "$tmp/verslag.pdf" | awk '/^Pages:/ {print $2}')
[ "$pages" -lt 20 ] || fail "the public PDF minutes run to $pages pages"
pdftotext "$tmp/verslag.pdf" "$tmp/verslag.txt"
tr -s '[:space:]' ' ' < "$tmp/verslag.txt" | grep -q "De volledige lijst staat in 2026-11-26 Stiphout ideeën openbaar.xlsx" ||
  fail "the minutes do not name the spreadsheet"
cp "$tmp/verslag.pdf" "$out/big-verslag-openbaar.pdf"
echo "ok   the public PDF minutes: $pages pages"
