#!/usr/bin/env bash
# Issue 28's "done when": a wijktafel imported without an agenda takes its type's; a replay
# walks that agenda with a queue of three speakers (tests/agenda/walk.wks, on the script's
# clock); the room's pictures, read by OCR as the back row would, name the current item and the
# minutes left; the public minutes follow the agenda with its decisions and without a closed
# item; the internal minutes share the speaking time per role; bad agendas and unknown meeting
# types are refused with the JSON path.
set -u
kiosk=$1; src=$2; out=$3
mkdir -p "$out"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
command -v tesseract >/dev/null || { echo "FAIL: tesseract is not installed"; exit 1; }
fails=0
check() {  # check NAME CONDITION
  if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; fails=$((fails+1)); fi
}
db="$tmp/k.db"
"$kiosk" --db "$db" import "$src/tests/room/wijktafel.json" >/dev/null || { echo "FAIL: import"; exit 1; }
"$kiosk" --db "$db" export --session 1 --format json --audience internal --out "$tmp/before.json"
titles=$(python3 -c 'import json,sys; print("|".join(i["title"] for i in json.load(open(sys.argv[1]))["session"]["agenda"]))' "$tmp/before.json")
check "the imported wijktafel shows its type's agenda" \
  '[ "$titles" = "Opening|Positionering|Opgaven|Wijkactieplan|Openbaar deel met bewoners|Rondvraag|Afsluiting" ]'

# The walk, its screenshots in the build folder.
(cd "$out" && SDL_VIDEODRIVER=offscreen "$kiosk" --headless --config "$src/tests/agenda/kiosk.toml" --db "$db" --session 1 \
  --script "$src/tests/agenda/walk.wks") || { echo "FAIL: the replay of the agenda"; exit 1; }
echo "ok   the replay walked the agenda with three speakers"

read() {  # read FILE: the words tesseract sees as a page and as sparse text (the list and the clock side by side)
  { tesseract "$1" - -l nld --dpi 300 2>/dev/null; tesseract "$1" - -l nld --dpi 300 --psm 11 2>/dev/null; } |
    tr '[:upper:]' '[:lower:]' | tr -s '[:space:]' ' '
}
for size in 1920x1080 1280x800; do
  text=$(read "$out/agenda-room-warning-$size.png")
  check "room $size reads the current item and the minutes left" \
    '[[ "$text" == *"wijkactieplan"* && "$text" == *"nog 2 minuten"* && "$text" == *"we praten nu over"* ]]'
  text=$(read "$out/agenda-room-speaker-$size.png")
  check "room $size reads who speaks, by number without consent" \
    '[[ "$text" == *"aan het woord: bewoner 2"* && "$text" == *"nog 25 minuten"* && "$text" == *"spreektijd is om"* && "$text" != *"henk"* && "$text" != *"opening"* ]]'
done

"$kiosk" --db "$db" export --session 1 --format md --audience public --out "$tmp/public.md"
"$kiosk" --db "$db" export --session 1 --format md --audience internal --out "$tmp/internal.md"
# The Markdown without its escapes ("1\." is "1."), for reading.
sed 's/\\\([^\\]\)/\1/g' "$tmp/public.md" > "$tmp/public.txt"
sed 's/\\\([^\\]\)/\1/g' "$tmp/internal.md" > "$tmp/internal.txt"
items=$(grep -E '^### [0-9]+\. ' "$tmp/public.txt" | tr '\n' '|')
check "the public minutes list the public items in agenda order" \
  '[ "$items" = "### 1. Openbaar deel met bewoners|### 2. Rondvraag|### 3. Afsluiting|" ]'
under() {  # under FILE HEADING: the lines under a heading, up to the next one
  awk -v h="$2" '$0 == h {on=1; next} /^##/ {on=0} on' "$1"
}
check "the public minutes give the item its decision" \
  '[[ "$(under "$tmp/public.txt" "### 1. Openbaar deel met bewoners")" == *"De wijkagent komt in maart terug"* ]]'
check "the public minutes hold no closed item or its decision" \
  '! grep -qE "jeu-de-boulesbaan komt in het actieplan|^### [0-9]+\. (Opening|Positionering|Opgaven|Wijkactieplan)$" "$tmp/public.txt"'
check "the public minutes give no speaking time" '! grep -q "Spreektijd" "$tmp/public.txt"'
check "the internal minutes follow the whole agenda with the real durations" \
  '[[ "$(under "$tmp/internal.txt" "### 1. Opening")" == *"gepland 10 minuten, duurde 5 minuten"* ]] && grep -q "^### 7. Afsluiting" "$tmp/internal.txt"'
check "the internal minutes keep the closed decision under its item" \
  '[[ "$(under "$tmp/internal.txt" "### 4. Wijkactieplan")" == *"jeu-de-boulesbaan"* ]]'
# Els 2:30, Henk 3:20, the third 1:00: three turns of residents, 6 minutes 50; the wethouder 1:30.
check "the internal minutes give the speaking time per role" \
  'grep -q "^## Spreektijd" "$tmp/internal.txt" && grep -qE "^\| Bewoners \| 3 \| 6:50 \|" "$tmp/internal.txt" && grep -qE "^\| Gemeente \| 1 \| 1:30 \|" "$tmp/internal.txt" && grep -qE "^\| Partners \| 0 \| 0:00 \|" "$tmp/internal.txt"'

# Bad input: one message naming the JSON path, nothing stored.
wrap() { printf '{"format": "wijkkiosk-session", "version": 1, "session": {"type": "%s", "title": "T", "agenda": %s}}' "$1" "$2" > "$tmp/bad.json"; }
before=$("$kiosk" --db "$db" sessions | wc -l)
wrap feest '[]'
msg=$("$kiosk" --db "$db" import "$tmp/bad.json" 2>&1 >/dev/null)
check "a meeting type the config does not define is refused by path" '[[ "$msg" == *'\''$.session.type: "feest" is no meeting type of this kiosk'\''* ]]'
wrap wijktafel '[{"title": "Opening", "minutes": -5}]'
msg=$("$kiosk" --db "$db" import "$tmp/bad.json" 2>&1 >/dev/null)
check "negative minutes are refused by path" '[[ "$msg" == *'\''$.session.agenda[0].minutes: must be between 0 and 1440'\''* ]]'
wrap wijktafel '[{"title": "Opening", "minutes": 5, "kind": "stemmen"}]'
msg=$("$kiosk" --db "$db" import "$tmp/bad.json" 2>&1 >/dev/null)
check "an unknown kind is refused by path" '[[ "$msg" == *'\''$.session.agenda[0].kind: must be one of'\''* ]]'
check "nothing was stored of them" '[ "$("$kiosk" --db "$db" sessions | wc -l)" = "$before" ]'
[ $fails -eq 0 ]
