#!/usr/bin/env bash
# Issue 30's "done when": 200 simulated phones (each from a loopback address of its own) check in
# and answer a one-choice poll, a ranking and a budget split that the chair opens and closes at
# the kiosk (replays in tests/voice/), beside a resident at the kiosk, paper ballots and a phone in
# Chromium; every count in the session and the minutes equals what was sent; the room read back
# by OCR shows no result while a poll is open and the bars once closed; after closing, the
# database holds no answer and no poll secret, so nothing ties an answer to a visit; the phone
# page passes axe-core at 390x844. Screenshots land in OUT.
set -u
kiosk=$1; src=$2; out=$3
mkdir -p "$out"
tmp=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
fails=0
fail() { echo "FAIL $*"; fails=$((fails + 1)); }
[ -d "$src/tests/node_modules/playwright-core" ] || { echo "FAIL: run npm ci --prefix tests first (playwright-core, axe-core)"; exit 1; }
db=$tmp/k.db
config=$src/tests/agenda/kiosk.toml  # PIN 2468, an hour before the kiosk locks itself
"$kiosk" --config "$config" --db "$db" import "$src/tests/room/wijktafel.json" >/dev/null || { echo "FAIL: import"; exit 1; }

. "$src/tests/phone/serve.sh"
start_serve "$config" "$db" 0

replay() {  # replay SCRIPT: the kiosk on the same database, headless, its pictures in OUT
  (cd "$out" && SDL_VIDEODRIVER=offscreen "$kiosk" --headless --config "$config" --db "$db" --session 1 \
    --script "$src/tests/voice/$1" > "$tmp/replay.out" 2>&1) && echo "ok   the kiosk: $1" || fail "the kiosk, $1: $(cat "$tmp/replay.out")"
}
phones() { node "$src/tests/voice/phones.mjs" "$url" "$tmp/state.json" "$@" || fail "the phones: $*"; }
browser() { node "$src/tests/voice/browser.mjs" "$url" "$out" "$tmp/browser.json" "$1" || fail "the browser: $1"; }
ocr() { tesseract "$out/$1" - -l nld 2>/dev/null | tr '\n' ' '; }

phones checkin
replay open-one.wks
phones answer 30
browser one
replay close-one.wks
# While open (the first picture of close-one.wks): the question and its answers on the room, and
# no count beside any of them.
room=$(ocr voice-room-answered-1920x1080.png)
[[ "$room" == *"wijkbudget"* ]] || fail "the room does not show the open question: $room"
grep -qE "Speeltuin[^A-Za-z]*[0-9]" <<<"$room" && fail "the room shows a count while the poll is open: $room"
closed=$(ocr voice-room-closed-1920x1080.png)
result=$(python3 -c 'import json,sys; s=json.load(sys.stdin)["session"]; p=s["polls"][0]; print(" ".join(f"{o}={v}" for o,v in zip(p["options"],p["result"])))' \
  < <(curl -s --interface 127.0.0.251 "$url/api/session"))
for pair in $result; do
  option=${pair%=*}; value=${pair#*=}
  grep -qE "$option[^0-9]*$value" <<<"$closed" || fail "the room's bars lack $option $value: $closed"
done
[ $fails -eq 0 ] && echo "ok   OCR: no result on the room before the poll closed, the bars after ($result)"

phones answer 31
browser ranking
replay close-ranking.wks
phones answer 32
browser budget
replay close-budget.wks

"$kiosk" --config "$config" --db "$db" export --session 1 --format json --audience internal --out "$tmp/s.json"
"$kiosk" --config "$config" --db "$db" export --session 1 --format md --audience internal --out "$tmp/minutes.md"
python3 "$src/tests/voice/check.py" "$tmp/state.json" "$tmp/s.json" "$tmp/minutes.md" "$tmp/browser.json" || fail "the counts"
# Nothing ties an answer to a visit any more: no answer, no pseudonym, no poll's secret left.
python3 - "$db" <<'EOF' || fail "answers or secrets left in the database"
import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
answers = db.execute("SELECT count(*) FROM poll_answers").fetchone()[0]
secrets = db.execute("SELECT count(*) FROM poll_secrets").fetchone()[0]
logged = db.execute("SELECT count(*) FROM edit_log WHERE command = 'answer-poll' AND (summary LIKE '%[%' OR keys LIKE '%/%')").fetchone()[0]
print(f"{'ok  ' if answers == secrets == logged == 0 else 'FAIL'} after closing: {answers} answers, {secrets} secrets, {logged} log lines with an answer")
sys.exit(0 if answers == secrets == logged == 0 else 1)
EOF
[ "$("$kiosk" --db "$db" check)" = ok ] || fail "integrity_check"
[ $fails -eq 0 ]
