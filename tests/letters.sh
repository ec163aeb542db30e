#!/usr/bin/env bash
# Issue 32's "done when": after a wijktafel and its follow-up (tests/letters/), every resident who
# left a contact has a letter (PDF and ODT, readable by its owner only) holding their idea's
# number and the answer's condition and date, and brieven.csv holds their address ("geen adres"
# where none can be found); no letter holds closed content or another resident's words or name;
# the public audience is refused; `terugkoppeling --at` a day after a promised date lists it; the
# progress report lists what was achieved.
set -u
kiosk=$1; src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fails=0
fail() { echo "FAIL $*"; fails=$((fails + 1)); }
config=$src/kiosk-config/kiosk.toml  # Brouwhuis has the code BH
db=$tmp/k.db
run() { "$kiosk" --config "$config" --db "$db" "$@"; }
run import "$src/tests/letters/wijktafel.json" >/dev/null || { echo "FAIL: import"; exit 1; }
run import "$src/tests/letters/vervolg.json" >/dev/null || { echo "FAIL: import"; exit 1; }
run export --session 1 --format brieven --audience internal --out "$tmp/b1" >/dev/null || fail "letters of the wijktafel"
run export --session 2 --format brieven --audience internal --out "$tmp/b2" >/dev/null || fail "letters of the follow-up"
run export --session 1 --format brieven --audience public --out "$tmp/public" 2> "$tmp/err"
[ $? -eq 2 ] && [ ! -e "$tmp/public" ] && [ "$(wc -l < "$tmp/err")" -eq 1 ] || fail "letters for the public audience were not refused in one line"

text() { pdftotext -layout "$1" - | tr -s ' \n' ' '; }
# Who gets one: a letter for each with an address; the CSV says why the others get none.
for n in BH-1-1 BH-1-2 BH-1-5 BH-1-6 BH-2-1; do
  dir=$tmp/b1; [[ $n == BH-2-* ]] && dir=$tmp/b2
  [ -s "$dir/$n.pdf" ] && [ -s "$dir/$n.odt" ] || { fail "no letter $n"; continue; }
  t=$(text "$dir/$n.pdf")
  [[ "$t" == *"Uw nummer: $n"* && "$t" == *"Noem het nummer $n"* ]] || fail "$n: the letter does not hold its number: $t"
done
for n in BH-1-3 BH-1-4 BH-1-7 BH-1-8; do [ -e "$tmp/b1/$n.pdf" ] && fail "a letter $n that should not exist"; done
t=$(text "$tmp/b1/BH-1-1.pdf")
[[ "$t" == *"Voorwaarde: Als het budget voor 2027 rond is"* && "$t" == *"1 april 2027"* && "$t" == *"Ooit"* ]] \
  || fail "BH-1-1 lacks the answer, its condition or its date: $t"
t=$(text "$tmp/b2/BH-2-1.pdf")
[[ "$t" == *"Na overleg met de netbeheerder"* && "$t" == *"15 januari 2027"* ]] || fail "BH-2-1 lacks its condition or date: $t"
# A merged idea: its own words and the kept one's answer; never the other's words or name.
t=$(text "$tmp/b1/BH-1-5.pdf")
[[ "$t" == *"Een zebrapad bij de school"* && "$t" == *"te weinig verkeer"* && "$t" == *"hetzelfde antwoord"* ]] || fail "BH-1-5 (merged): $t"
[[ "$t" == *Johan* || "$t" == *"bij de basisschool"* || "$t" == *BH-1-6* ]] && fail "BH-1-5 holds the other resident's name, words or number: $t"
t=$(text "$tmp/b1/BH-1-6.pdf")
[[ "$t" == *Marie* || "$t" == *"Een zebrapad bij de school"* ]] && fail "BH-1-6 holds the merged resident's name or words: $t"
# The mail-merge list: every contact, its address split in e-mail and telephone, or "geen adres".
csv=$tmp/b1/brieven.csv
grep -q '^BH-1-1;Anna Jansen;anna@example.nl;06-12345678;Ooit;brief' "$csv" || fail "brieven.csv: BH-1-1: $(cat "$csv")"
grep -q '^BH-1-2;Piet de Boer;;0492 123 456;Nu;brief' "$csv" || fail "brieven.csv: BH-1-2 (a phone only)"
grep -q '^BH-1-3;.*;geen adres' "$csv" || fail "brieven.csv: BH-1-3 should say geen adres"
grep -q '^BH-1-6;Johan Visser;johan@example.nl;06 98765432;' "$csv" || fail "brieven.csv: BH-1-6 (both, with a semicolon)"
# Nothing closed in any letter, PDF or ODT (the closed idea, note and action say ZWAARDVIS).
for f in "$tmp"/b1/*.pdf "$tmp"/b2/*.pdf; do text "$f" | grep -q ZWAARDVIS && fail "closed content in $f"; done
for f in "$tmp"/b1/*.odt "$tmp"/b2/*.odt; do unzip -p "$f" content.xml | grep -q ZWAARDVIS && fail "closed content in $f"; done
# Readable by their owner only: they hold names and contacts.
for f in "$tmp"/b1/* "$tmp"/b2/*; do [ "$(stat -c %a "$f")" = 600 ] || fail "$f is readable by others ($(stat -c %a "$f"))"; done
[ $fails -eq 0 ] && echo "ok   letters: each resident with an address, their number, answer, condition and date; nothing closed or of another"

# Who is owed an update: a day after the promised 1 April 2027; not yet a month before it.
run terugkoppeling --at 2027-04-02 > "$tmp/due" || fail "terugkoppeling"
grep -qP '^2027-04-01\tBrouwhuis\tantwoord\tBH-1-1\t.*\t1 dag te laat\t' "$tmp/due" || fail "terugkoppeling --at 2027-04-02 lacks BH-1-1: $(cat "$tmp/due")"
grep -qP '\tactie\t2\tBomenplan maken\t' "$tmp/due" || fail "terugkoppeling lacks the overdue action"
run terugkoppeling --at 2027-03-01 | grep -q BH-1-1 && fail "terugkoppeling lists BH-1-1 a month before its date"
run terugkoppeling --at 2027-13-01 2>/dev/null && fail "terugkoppeling took --at 2027-13-01"
[ $fails -eq 0 ] && echo "ok   terugkoppeling lists the answer a day after its date, and the overdue action"

# The numbers in the minutes, where the letters and the residents refer to them.
run export --session 1 --format md --audience internal --out "$tmp/minutes.md" || fail "minutes"
grep -q '^| BH-1-1 | Meer bomen in de Heistraat' "$tmp/minutes.md" && echo "ok   the minutes print each idea's number" \
  || fail "the minutes lack the ideas' numbers: $(grep -n 'Heistraat' "$tmp/minutes.md")"

# What was achieved: in the progress report, with its date.
run export --session 2 --format voortgang --audience internal --out "$tmp/voortgang.md" || fail "voortgang"
grep -A4 '^## Wat is bereikt' "$tmp/voortgang.md" | grep -q 'Speeltuin Heistraat opknappen.*20 oktober 2026' \
  && echo "ok   the progress report says what was achieved" || fail "the progress report lacks what was achieved: $(cat "$tmp/voortgang.md")"
[ $fails -eq 0 ]
