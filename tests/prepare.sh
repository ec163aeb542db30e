#!/usr/bin/env bash
# Issue 29, the command line: `prepare` makes a meeting in preparation with its type's agenda
# and one contribution sheet per party; `prepare read` refuses a file that is no XLSX and a sheet
# made for another meeting, naming the file, and stores nothing of either.
set -u
kiosk=$1
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fails=0
check() {  # check NAME CONDITION
  if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; fails=$((fails+1)); fi
}
db="$tmp/k.db"
id=$("$kiosk" --db "$db" prepare --type wijktafel --wijk Brouwhuis --date 2027-03-15 --time 19:30 --location "Wijkhuis De Brouwhorst" --sheets "$tmp/sheets" 2>"$tmp/err")
check "prepare prints the new meeting's id" '[ "$id" = 1 ]'
check "one sheet per party" '[ -s "$tmp/sheets/gemeente.xlsx" ] && [ -s "$tmp/sheets/wijkorgaan.xlsx" ] && [ -s "$tmp/sheets/partner.xlsx" ] && [ -s "$tmp/sheets/bewoners.xlsx" ]'
"$kiosk" --db "$db" export --session 1 --format json --audience internal --out "$tmp/s.json"
check "in preparation, with its time, place and its type's agenda" \
  'python3 -c "import json,sys; s=json.load(open(sys.argv[1]))[\"session\"]; assert s[\"preparing\"] and s[\"time\"]==\"19:30\" and s[\"location\"]==\"Wijkhuis De Brouwhorst\" and len(s[\"agenda\"])==7" "$tmp/s.json"'
out=$("$kiosk" --db "$db" prepare read --session 1 "$tmp/sheets/partner.xlsx" 2>&1)
check "an untouched sheet reads back as nothing to add" '[[ "$out" == *"partner.xlsx"* ]]'
echo "not a spreadsheet" > "$tmp/notes.xlsx"
msg=$("$kiosk" --db "$db" prepare read --session 1 "$tmp/notes.xlsx" 2>&1 >/dev/null); rc=$?
check "a file that is no XLSX: exit 2, named" '[ $rc = 2 ] && [[ "$msg" == *"notes.xlsx: not an XLSX file"* ]]'
"$kiosk" --db "$db" prepare --type wijkwerkoverleg --wijk Rijpelberg --date 2027-04-01 --sheets "$tmp/other" >/dev/null 2>&1
msg=$("$kiosk" --db "$db" prepare read --session 1 "$tmp/other/gemeente.xlsx" 2>&1 >/dev/null); rc=$?
check "a sheet made for another meeting: exit 2, named" '[ $rc = 2 ] && [[ "$msg" == *"gemeente.xlsx: made for another meeting"* ]]'
msg=$("$kiosk" --db "$db" prepare --type feest --wijk Brouwhuis --date 2027-03-15 --sheets "$tmp/x" 2>&1 >/dev/null); rc=$?
check "an unknown meeting type is refused" '[ $rc = 2 ] && [[ "$msg" == *"prepare --type \"feest\""* ]]'
[ $fails -eq 0 ]
