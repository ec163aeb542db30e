#!/usr/bin/env bash
# Issue 29, done as the office does it: a wijktafel made with `prepare`, two parties' sheets
# filled in by LibreOffice (headless, through python3-uno) and read back into the plan with their
# markers; then the invitation, public and internal: its .ics read by python3-icalendar, its PDF
# read back as text (the public items, no closed one), its ODT opened by LibreOffice.
set -u
kiosk=$1; src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
shots=${3:-$tmp/shots}; mkdir -p "$shots"
export HOME=$tmp  # LibreOffice keeps a profile in $HOME
py=/usr/bin/python3  # Debian's, with python3-uno and python3-icalendar
fails=0
check() {  # check NAME CONDITION
  if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; fails=$((fails+1)); fi
}
# The shipped config with the people the internal invitation asks (its assets found beside it).
mkdir "$tmp/cfg"; ln -s "$src/assets" "$tmp/assets"
cp "$src/kiosk-config/kiosk.toml" "$tmp/cfg/kiosk.toml"
cat >> "$tmp/cfg/kiosk.toml" <<'EOF'

[[genodigden]]
name = "Sander Bosman"
organisation = "Gemeente Helmond"
party = "gemeente"
email = "s.bosman@gemeente.example"
gebied = "Helmond-Oost"

[[genodigden]]
name = "Fatima el Amrani"
organisation = "Woonpartners"
party = "partner"
email = "f.elamrani@woonpartners.example"

[[genodigden]]
name = "Kees de Wit"
party = "gemeente"
email = "k.dewit@gemeente.example"
gebied = "Helmond-West"
EOF
k() { "$kiosk" --config "$tmp/cfg/kiosk.toml" --db "$tmp/k.db" "$@"; }

id=$(k prepare --type wijktafel --wijk Brouwhuis --date 2027-03-15 --time 19:30 --location "Wijkhuis De Brouwhorst" --sheets "$tmp/sheets" 2>/dev/null)
check "prepare makes the meeting" '[ "$id" = 1 ]'
timeout 600 "$py" "$src/tests/prepare/fill_sheets.py" "$tmp" "$tmp/sheets/gemeente.xlsx" "$tmp/sheets/partner.xlsx"
check "LibreOffice filled in two sheets" '[ $? = 0 ]'
out=$(k prepare read --session 1 "$tmp/sheets/gemeente.xlsx" "$tmp/sheets/partner.xlsx" 2>&1)
check "both read back" '[[ "$out" == *"gemeente.xlsx: 2 contribution(s)"* && "$out" == *"partner.xlsx: 1 contribution(s)"* ]]'
k export --session 1 --format json --audience internal --out "$tmp/s.json"
check "the contributions are in the plan under their party, with their markers, date and amount" "$py - '$tmp/s.json' <<'EOF'
import json, sys
s = json.load(open(sys.argv[1]))['session']
opgaven = {o['id']: o['title'] for o in s['opgaven']}
rows = {(a['party'], a['what']): a for a in s['actions']}
a = rows[('gemeente', 'Extra veegronde rond het winkelcentrum')]
assert a['point'] == 'beslispunt' and a['outcome'] == 'open' and opgaven[a['opgave']] == 'Schoon en heel', a
assert a['deadline'] == '2027-06-30' and a['budget'] == 'wijkbudget' and abs(a['amount'] - 1250.5) < 0.001, a
assert rows[('gemeente', 'Afvalbakken op het speelveld legen op zaterdag')]['point'] == 'discussiepunt'
b = rows[('partner', 'Huisbezoek bij 75-plussers in de Brouwhorst')]
assert b['point'] == 'beslispunt' and b['status'] == 'lopend' and opgaven[b['opgave']] == 'Veilig thuis', b
assert len(s['actions']) == 3
EOF"

for a in public internal; do
  k export --session 1 --format uitnodiging --audience $a --out "$tmp/$a" >/dev/null
done
check "three files per audience" '[ -s "$tmp/public/uitnodiging.pdf" ] && [ -s "$tmp/public/uitnodiging.odt" ] && [ -s "$tmp/public/uitnodiging.ics" ] && [ -s "$tmp/internal/uitnodiging.ics" ]'
check "the public .ics parses and starts on the meeting's date, when residents come in (the public part, 21:10)" "$py - '$tmp/public/uitnodiging.ics' <<'EOF'
import sys, datetime
from icalendar import Calendar
cal = Calendar.from_ical(open(sys.argv[1], 'rb').read())
events = [c for c in cal.walk('VEVENT')]
assert len(events) == 1
e = events[0]
start = e.decoded('DTSTART')
assert (start.year, start.month, start.day, start.hour, start.minute) == (2027, 3, 15, 21, 10), start
assert start.utcoffset() == datetime.timedelta(hours=1), start.utcoffset()
assert e.decoded('DTEND').hour == 21 and e.decoded('DTEND').minute == 55
assert str(e['SUMMARY']) == 'Wijktafel Brouwhuis' and str(e['LOCATION']) == 'Wijkhuis De Brouwhorst'
assert 'ATTENDEE' not in e and 'ORGANIZER' not in e
text = str(e['DESCRIPTION'])
assert 'Rondvraag' in text and 'Positionering' not in text and 'Opening' not in text, text
EOF"
check "the internal .ics starts at the meeting's own time and asks the gebied's officials and the partners" "$py - '$tmp/internal/uitnodiging.ics' <<'EOF'
import sys
from icalendar import Calendar
e = [c for c in Calendar.from_ical(open(sys.argv[1], 'rb').read()).walk('VEVENT')][0]
start = e.decoded('DTSTART')
assert (start.year, start.month, start.day, start.hour, start.minute) == (2027, 3, 15, 19, 30), start
who = sorted(str(a) for a in e.get('ATTENDEE'))
assert who == ['mailto:f.elamrani@woonpartners.example', 'mailto:s.bosman@gemeente.example'], who
assert str(e['ORGANIZER']) == 'mailto:s.bosman@gemeente.example'
assert 'Positionering (besloten)' in str(e['DESCRIPTION'])
EOF"
pdftotext -layout "$tmp/public/uitnodiging.pdf" "$tmp/public.txt"
check "the public letter names the date, the time residents come in and the public items" \
  'grep -q "maandag 15 maart 2027" "$tmp/public.txt" && grep -q "21.10 uur" "$tmp/public.txt" && grep -q "Openbaar deel met bewoners" "$tmp/public.txt" && grep -q "Rondvraag" "$tmp/public.txt" && grep -q "Afsluiting" "$tmp/public.txt"'
check "and no closed one, and none of the parties' closed points" \
  '[ -s "$tmp/public.txt" ] && ! grep -q "Opening\|Positionering\|Opgaven\|Wijkactieplan\|veegronde\|Huisbezoek" "$tmp/public.txt"'
pdftotext -layout "$tmp/internal/uitnodiging.pdf" "$tmp/internal.txt"
check "the internal letter has every item and the points to decide" \
  'grep -q "Positionering" "$tmp/internal.txt" && grep -q "Extra veegronde" "$tmp/internal.txt" && grep -q "Beslispunt" "$tmp/internal.txt"'
( cd "$tmp/public" && timeout 300 soffice --headless --convert-to txt:Text --outdir "$tmp/odt" uitnodiging.odt >/dev/null 2>&1 )
check "LibreOffice opens the ODT: the same letter" \
  'grep -q "Uitnodiging Wijktafel Brouwhuis" "$tmp/odt/uitnodiging.txt" && grep -q "Rondvraag" "$tmp/odt/uitnodiging.txt" && ! grep -q "Positionering" "$tmp/odt/uitnodiging.txt"'

# The same from the kiosk: the export card's button writes the residents' invitation to the
# first export folder (the home folder here).
(cd "$shots" && SDL_VIDEODRIVER=offscreen "$kiosk" --headless --config "$tmp/cfg/kiosk.toml" --db "$tmp/k.db" --session 1 \
  --script "$src/tests/prepare/kiosk.wks" >"$tmp/replay.log" 2>&1)
check "the kiosk shows the prepared meeting and its points, and saves the invitation" '[ $? = 0 ] || { cat "$tmp/replay.log"; false; }'
k export --session 1 --format json --audience internal --out "$tmp/after.json"
check "the point the room agreed to is stored as agreed, the others still open" "$py - '$tmp/after.json' <<'EOF'
import json, sys
s = json.load(open(sys.argv[1]))['session']
assert sorted(a['outcome'] for a in s['actions']) == ['akkoord', 'open', 'open'], [a['outcome'] for a in s['actions']]
EOF"
check "the kiosk's invitation is the residents' one" 'grep -q "DTSTART;TZID=Europe/Amsterdam:20270315T211000" "$HOME/uitnodiging.ics" && [ -s "$HOME/uitnodiging.pdf" ] && [ -s "$HOME/uitnodiging.odt" ]'

# A wijkwerkoverleg has no public part: nothing to invite residents to, and no file written.
k prepare --type wijkwerkoverleg --wijk Rijpelberg --date 2027-04-01 --time 14:00 --sheets "$tmp/other" >/dev/null 2>&1
msg=$(k export --session 2 --format uitnodiging --audience public --out "$tmp/wwo" 2>&1 >/dev/null); rc=$?
check "no public invitation to a closed meeting: exit 2, said why" '[ $rc = 2 ] && [[ "$msg" == *"has no public part"* ]] && [ ! -e "$tmp/wwo/uitnodiging.pdf" ]'
# A meeting with no time yet cannot be put in a calendar.
k prepare --type zeepkist --wijk Brouwhuis --date 2027-05-01 --sheets "$tmp/z" >/dev/null 2>&1
msg=$(k export --session 3 --format uitnodiging --audience public --out "$tmp/z" 2>&1 >/dev/null); rc=$?
check "no invitation without a time: exit 2, said why" '[ $rc = 2 ] && [[ "$msg" == *"no date and time"* ]]'
[ $fails -eq 0 ]
