#!/usr/bin/env bash
# Residents' phones, end to end, on loopback only: `wijkkiosk serve` on the demo session (in a
# closed part, with closed items and a resident named without consent), a kiosk on the same
# database waiting for a phone's idea on its wall and its room's screen, Chromium at a phone's
# size adding that idea (tests/phone/browser.mjs, with axe-core), hostile requests and an old
# token (hostile.mjs), supports that cannot be stuffed and requests from other sites refused, also
# after a restart (stuffing.mjs), a crawl of every address for anything closed (crawl.mjs), two
# addresses trickling headers while a phone is answered (trickle.mjs), and 200 phones at once
# (load.mjs). Each simulated phone has a loopback address of its own (127.0.0.2 and up), as on the
# kiosk's hotspot; no limit is raised to let them through. Screenshots land in OUT.
set -u
kiosk=$1; src=$2; out=$3
mkdir -p "$out"
tmp=$(mktemp -d)
server=""; replay=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; [ -n "$replay" ] && kill "$replay" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
fails=0
# trickle.mjs opens 1,200 connections: room for them here and in the server.
ulimit -n 8192 2>/dev/null || ulimit -n "$(ulimit -Hn)"
fail() { echo "FAIL $*"; fails=$((fails + 1)); }
[ -d "$src/tests/node_modules/playwright-core" ] || { echo "FAIL: run npm ci --prefix tests first (playwright-core, axe-core)"; exit 1; }
db=$tmp/k.db
"$kiosk" --db "$db" import "$src/assets/demo-session.json" >/dev/null || { echo "FAIL: import"; exit 1; }
# Ten supports per visit for the load test's phones.
sed -e 's/^votes_per_visit = .*/votes_per_visit = 10/' -e "s|\"\.\./assets/|\"$src/assets/|" "$src/kiosk-config/kiosk.toml" > "$tmp/k.toml"

. "$src/tests/phone/serve.sh"
serve() { start_serve "$tmp/k.toml" "$db" "$1"; }
serve 0
old=$url
kill -TERM "$server"; wait "$server"; rc=$?
[ $rc -eq 0 ] || fail "serve did not stop cleanly on SIGTERM (exit $rc)"
serve 0  # a fresh token: the old one is ended
# The old token on the new server's address (a port of its own: a freed port may be taken by a
# test running beside this one).
old="${url%/j/*}/j/${old##*/j/}"
echo "ok   serve prints the join address first: $url"

# The kiosk on the same database: a phone's idea reaches its wall and its room's screen.
idea="Een fietsenstalling bij het station"
cat > "$tmp/wall.wks" <<WKS
size 1920 1080
open-session 1
view ideas
wait-for "$idea" 120
assert-room-visible "$idea"
screenshot phones-kiosk-wall.png
room-screenshot phones-room.png
WKS
(cd "$out" && SDL_VIDEODRIVER=offscreen "$kiosk" --headless --script "$tmp/wall.wks" --db "$db" > "$tmp/replay.out" 2>&1) &
replay=$!

node "$src/tests/phone/browser.mjs" "$url" "$out" "$idea" || fail "the browser test"
wait "$replay"; rc=$?; replay=""
if [ $rc -eq 0 ]; then echo "ok   the phone's idea is on the kiosk's wall and its room's screen"; else fail "the kiosk: $(cat "$tmp/replay.out")"; fi

node "$src/tests/phone/hostile.mjs" "$url" "$old" || fail "hostile requests"
node "$src/tests/phone/stuffing.mjs" "$url" i1 3 || fail "stuffing supports, other sites"
kill -TERM "$server"; wait "$server"
serve 0  # restarted: the visits are in the database, not forgotten
node "$src/tests/phone/stuffing.mjs" "$url" i1 3 again || fail "stuffing after a restart"
node "$src/tests/phone/crawl.mjs" "$url" Molenstraat Vertrouwelijk VERTROUWELIJK Brüggemann 06-12345678 sanne@example.nl Sanne ||
  fail "the crawl"
node "$src/tests/phone/trickle.mjs" "$url" || fail "trickling clients"
node "$src/tests/phone/load.mjs" "$url" 200 5 10 || fail "the load test"
[ "$("$kiosk" --db "$db" check)" = ok ] || fail "integrity_check"
[ $fails -eq 0 ]
