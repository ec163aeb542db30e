#!/usr/bin/env bash
# The database overwritten with other bytes while the kiosk runs: the kiosk notices by itself,
# says so in one line on screen, confirms nothing more, and writes the meeting it showed (with
# every edit it confirmed) beside the database as a session file that imports again.
set -u
kiosk=$1; out=$2
mkdir -p "$out"
tmp=$(mktemp -d); trap 'kill $pid 2>/dev/null; rm -rf "$tmp"' EXIT
fails=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; fails=$((fails+1)); return 1; fi; }
cat > "$tmp/run.wks" <<'WKS'
size 1280 800
open-session demo
tap "Ideeën"
tap "Idee toevoegen"
type "Bevestigd voor de schade"
tap "groen"
tap "Opslaan"
assert-stored "Bevestigd voor de schade"
wait-for "databasebestand vervangen of beschadigd" 300
tap "Idee toevoegen"
type "Na de schade"
tap "groen"
tap "Opslaan"
assert-visible "Niet opgeslagen"
screenshot damaged-db.png
WKS
(cd "$out" && SDL_VIDEODRIVER=offscreen "$kiosk" --headless --script "$tmp/run.wks" --db "$tmp/k.db") > "$tmp/run.log" 2>&1 &
pid=$!
# Once the first idea is on disk, other bytes over the start of the file, in place.
for _ in $(seq 3000); do
  "$kiosk" --db "$tmp/k.db" export --session 1 --format json --audience internal --out "$tmp/now.json" 2>/dev/null &&
    grep -q "Bevestigd voor de schade" "$tmp/now.json" && break
  kill -0 $pid 2>/dev/null || break; sleep 0.1
done
head -c 8192 /dev/urandom | dd of="$tmp/k.db" conv=notrunc status=none
wait $pid; rc=$?
check "the kiosk noticed, said so, and refused the next edit" '[ $rc -eq 0 ]' || cat "$tmp/run.log"
rescue=$(ls "$tmp"/wijkkiosk-rescue-*.json 2>/dev/null | head -1)
check "the meeting it showed is kept beside the database, with the confirmed idea and not the refused one" '[ -n "$rescue" ] && grep -q "Bevestigd voor de schade" "$rescue" && ! grep -q "Na de schade" "$rescue"'
check "and it imports again" '"$kiosk" --db "$tmp/back.db" import "$rescue" >/dev/null'
echo "$fails failed"
[ $fails -eq 0 ]
