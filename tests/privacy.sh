#!/usr/bin/env bash
# Runs tests/replay/closed_idea_action.wks on a database of its own, then checks what it left:
# the edit log names a resident's support and the facilitator's merge with their roles, and the
# action made from an idea that was then made closed is in no public export, in any format.
set -u
kiosk=$1; src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fails=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; fails=$((fails+1)); fi; }
(cd "$tmp" && HOME="$tmp" SDL_VIDEODRIVER=offscreen "$kiosk" --headless --script "$src/tests/replay/closed_idea_action.wks" --db "$tmp/k.db") ||
  { echo "FAIL: the replay"; exit 1; }
log=$("$kiosk" --db "$tmp/k.db" log --session 1)
check "the log lists the resident's support" '[[ "$log" == *$'"'"'\tresident\tsupport\t'"'"'*"Meer bankjes"* ]]'
check "and the facilitator's merge" '[[ "$log" == *$'"'"'\tfacilitator\tmerge\t'"'"'* ]]'
check "and the idea made closed" '[[ "$log" == *$'"'"'\tfacilitator\tset-visibility\t'"'"'*"closed, with the actions made from it"* ]]'
check "every line has four tab-separated fields" '[ -z "$(echo "$log" | awk -F"\t" "NF != 4")" ]'
for f in md html csv json; do
  "$kiosk" --db "$tmp/k.db" export --session 1 --format $f --audience public --out "$tmp/public.$f"
  check "the public $f holds nothing of the closed idea or its action" '[ -s "$tmp/public.$f" ] && ! grep -qi "hondenpoep" "$tmp/public.$f"'
done
"$kiosk" --db "$tmp/k.db" export --session 1 --format json --audience internal --out "$tmp/internal.json"
check "the internal export keeps the action, closed" 'grep -A12 "\"what\": \"Meer controle op hondenpoep" "$tmp/internal.json" | grep -q "\"visibility\": \"closed\""'
[ $fails -eq 0 ]
