#!/usr/bin/env bash
# Phones at once and power cuts (issue 37): the phone server (wijkkiosk serve) answers 100 phones
# posting ideas at the same time, each from a loopback address of its own, their edits written
# in groups (one transaction, one fsync each); it is killed with SIGKILL at a random moment,
# TRIALS times (default 10; ctest runs 6) on the same database. After each kill the database passes
# integrity_check and every idea a phone was told was saved (201) is in it.
set -u
kiosk=$1; src=$2; trials=${3:-10}
tmp=$(mktemp -d); server=""
trap '[ -n "$server" ] && kill -KILL $server 2>/dev/null; rm -rf "$tmp"' EXIT
source "$src/tests/powercut_lib.sh"
db=$tmp/k.db
id=$("$kiosk" --db "$db" import "$src/assets/demo-session.json") || { echo "FAIL: import"; exit 1; }
RANDOM=20261207
: > "$tmp/confirmed"
cut=0
for trial in $(seq 1 "$trials"); do
  : > "$tmp/serve.out"
  "$kiosk" --db "$db" serve --session "$id" --port 0 --bind 127.0.0.1 > "$tmp/serve.out" 2> "$tmp/serve.err" &
  server=$!
  for _ in $(seq 600); do [ -s "$tmp/serve.out" ] && break; sleep 0.05; done
  url=$(head -1 "$tmp/serve.out")
  [ -n "$url" ] || { echo "FAIL trial $trial: no join address: $(cat "$tmp/serve.err")"; exit 1; }
  before=$(wc -l < "$tmp/confirmed")
  python3 "$src/tests/phones_burst.py" "$url" "$trial" "$tmp/confirmed" &
  client=$!
  # The cut comes after the first idea of this trial is confirmed, at a random moment during the
  # burst: waited for, never guessed.
  for _ in $(seq 1200); do
    [ "$(wc -l < "$tmp/confirmed")" -gt "$before" ] && break
    kill -0 $client 2>/dev/null || break
    sleep 0.05
  done
  sleep "0.$((RANDOM % 10))$((RANDOM % 10))"
  kill -KILL $server 2>/dev/null; wait $server 2>/dev/null; server=""
  wait $client
  got=$(( $(wc -l < "$tmp/confirmed") - before ))
  [ "$got" -gt 0 ] || { echo "FAIL trial $trial: no idea confirmed: $(cat "$tmp/serve.err")"; exit 1; }
  [ "$got" -lt 4000 ] && cut=$((cut + 1))  # the kill came during the burst
  missing=$(lost_after_cut "$trial" "$tmp/confirmed") || exit 1
  if [ -n "$missing" ]; then
    echo "FAIL trial $trial: confirmed to a phone, then lost:"; echo "$missing" | head; exit 1
  fi
done
echo "phones power cut: $trials trials ($cut cut during the burst), $(wc -l < "$tmp/confirmed") ideas confirmed, none lost"
[ "$cut" -gt 0 ] || { echo "FAIL: no kill came during a burst"; exit 1; }
