#!/usr/bin/env bash
# The wijk's languages and plain counts, read back from the pictures as a person would: a session
# with an Arabic, a Turkish, a Polish and an emoji idea (tests/room/languages.json), rendered
# headless at 1920x1080 and 1280x800. Tesseract's Arabic model reads the Arabic idea back from
# the room's picture (joined and right to left: boxes or loose letters are not read); the Dutch
# model reads "1 persoon steunt dit" on the console and the room and "1 actie" on the console,
# and never a "1" before a plural.
set -u
kiosk=$1; src=$2; out=$3
mkdir -p "$out"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
for m in ara nld; do
  tesseract --list-langs 2>/dev/null | grep -qx $m || { echo "FAIL: tesseract's $m model is missing (apt-get install tesseract-ocr-$m)"; exit 1; }
done
"$kiosk" --db "$tmp/k.db" import "$src/tests/room/languages.json" >/dev/null || { echo "FAIL: import"; exit 1; }
fails=0
check() {  # check NAME TEXT MUST-HOLD...
  local name=$1 text=$2; shift 2
  local missing=""
  for w in "$@"; do [[ "$text" == *"$w"* ]] || missing="$missing [$w]"; done
  local plural
  plural=$(grep -oE '(^| )1 (mensen|acties|ideeën|opgaven|notities|dagen|steunbetuigingen)' <<<"$text" | head -1)
  if [ -z "$missing" ] && [ -z "$plural" ]; then echo "ok   $name"
  else echo "FAIL $name:${missing:+ missing$missing}${plural:+ shows \"$plural\"}"; echo "     read: $text"; fails=$((fails+1)); fi
}
shot() {  # shot FILE ARGS...: a headless picture of the imported meeting, public part
  local f=$1; shift
  "$kiosk" --db "$tmp/k.db" --headless --session 1 --public "$@" --screenshot "$f" || { echo "FAIL $f: not rendered"; fails=$((fails+1)); }
}
read_nld() { tesseract "$1" - -l nld --psm 11 2>/dev/null | tr -s '[:space:]' ' '; }
read_ara() { tesseract "$1" - -l ara --dpi 300 2>/dev/null | tr -s '[:space:]' ' '; }
for size in 1920x1080 1280x800; do
  room="$out/languages-room-ideas-$size.png"; shot "$room" --view ideas --room --size "$size"
  check "the room's Arabic idea, read by the Arabic model ($size)" "$(read_ara "$room")" "حديقة" "للأطفال"
  check "the room counts one supporter in the singular ($size)" "$(read_nld "$room")" "1 persoon steunt"  # a narrow card wraps "dit"
done
# The console at one size each: the words are the table's, the same at every size.
ideas="$out/languages-console-ideas-1280x800.png"; shot "$ideas" --view ideas --size 1280x800
check "the console counts one supporter in the singular" "$(read_nld "$ideas")" "1 persoon steunt dit"
plan="$out/languages-console-plan-1920x1080.png"; shot "$plan" --view plan --size 1920x1080
check "the console's plan counts one action in the singular" "$(read_nld "$plan")" "1 actie"
[ $fails -eq 0 ]
