#!/usr/bin/env bash
# Issue 36, many kiosks that agree, on a real PostgreSQL (tests/pg.sh starts it on loopback as an
# unprivileged user and stops it): three kiosk processes without a window (`archive follow`),
# each editing its own meeting and following the others', end with the same meetings; a kiosk
# offline while two others edit catches up in one pull, and a pull with nothing new reads no row;
# a gap in a meeting's changes refuses that meeting only; a meeting past its retention is purged
# whether or not the archive has it, and sent purged; an archive with a newer schema is said in
# one line and the kiosk works on.
set -u
kiosk=$1; src=$2
tmp=$(mktemp -d); chmod 755 "$tmp"
source "$src/tests/pg.sh"
followers=()
trap 'for p in "${followers[@]}"; do kill "$p" 2>/dev/null; done; pg_stop; [ -n "${KEEP:-}" ] || rm -rf "$tmp"' EXIT
fails=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; fails=$((fails+1)); return 1; fi; }
k() { local db=$1; shift; "$kiosk" --db "$tmp/$db.db" "$@"; }
psql_as() { "$PG_BIN/psql" -X -A -t -q "$@"; }
uid() { echo "$1$1$1$1$1$1$1$1-0000-4000-8000-00000000000$1"; }
# Each kiosk's copy of meeting N, as the session file (the same on every kiosk when they agree).
copy() { k "$1" export --session "$(uid "$2")" --format json --audience internal --out "$tmp/$1-m$2.json" >/dev/null && cat "$tmp/$1-m$2.json"; }
agree() {  # KIOSK KIOSK...: every one has the same three meetings
  local first=$1; shift
  for m in 1 2 3; do for other in "$@"; do [ "$(copy "$first" $m)" = "$(copy "$other" $m)" ] || { echo "  meeting $m differs between $first and $other"; diff <(copy "$first" $m | python3 -m json.tool) <(copy "$other" $m | python3 -m json.tool) | head -20; return 1; }; done; done
}
follow() {  # KIOSK MEETING EDITS EXPECT: in the background, its output in $tmp/KIOSK.out
  k "$1" --archive "$PG_URL" archive follow --session "$(uid "$2")" --edits "$3" --every 100 --expect "$4" --for 300 > "$tmp/$1.out" 2>"$tmp/$1.err" &
  followers+=($!)
}
wait_followers() { local rc=0; for p in "${followers[@]}"; do wait "$p" || rc=1; done; followers=(); return $rc; }

pg_start || exit 1
python3 - "$src/tests/golden/small-internal.json" "$tmp" <<'PY' || exit 1
import copy, json, sys
base = json.load(open(sys.argv[1], encoding="utf-8"))
for n in (1, 2, 3, 4):
    d = copy.deepcopy(base)
    s = d["session"]
    s["uid"], s["date"], s["title"] = f"{n}" * 8 + f"-0000-4000-8000-00000000000{n}", f"202{5 if n == 4 else 6}-0{n}-15", f"Wijktafel Stiphout, kiosk {n}"
    json.dump(d, open(f"{sys.argv[2]}/m{n}.json", "w"))
PY
for n in 1 2 3; do k k$n import "$tmp/m$n.json" >/dev/null && k k$n --archive "$PG_URL" archive push >/dev/null || exit 1; done
for n in 1 2 3; do k k$n --archive "$PG_URL" archive pull >/dev/null || exit 1; done
check "each kiosk has the three meetings before they edit" 'agree k1 k2 k3'

# Three kiosks at once, ten ideas each in their own meeting, each waiting for the other twenty.
for n in 1 2 3; do follow k$n $n 10 20; done
wait_followers; rc=$?
check "three kiosks each send their ten ideas and see the other twenty" '[ $rc -eq 0 ] && for n in 1 2 3; do grep -qx "sent 10" "$tmp/k$n.out" && grep -qx "received 20" "$tmp/k$n.out" || exit 1; done' \
  || for n in 1 2 3; do tail -3 "$tmp/k$n.out" "$tmp/k$n.err"; done
check "they end with the same meetings on every kiosk" 'agree k1 k2 k3'
# Through LISTEN/NOTIFY an idea arrives well within the half minute of the polling besides.
slowest=$(cat "$tmp"/k?.out | awk -F'\t' '/^seen /{ if ($2 > m) m = $2 } END { print m + 0 }')
check "every idea reached the other kiosks within 10 s (slowest: ${slowest} ms)" '[ "$slowest" -lt 10000 ]'

# Kiosk 3 is offline while kiosks 1 and 2 edit; one pull brings it up to date.
follow k1 1 5 5; follow k2 2 5 5
wait_followers; rc=$?
check "kiosks 1 and 2 edit while kiosk 3 is offline" '[ $rc -eq 0 ]'
changes=$(psql_as "$PG_URL" -c "SELECT count(*) FROM changes")
st=$(k k3 --archive "$PG_URL" archive status)
check "archive status at kiosk 3 says its copies of meetings 1 and 2 are behind, and who holds them" '[ "$(echo "$st" | grep -c "held by another kiosk.*this copy at change [0-9]* of [0-9]*")" -eq 2 ] && echo "$st" | grep "^$(uid 3)" | grep -q "held by this kiosk"' || echo "$st"
pull=$(k k3 --archive "$PG_URL" archive pull)
check "kiosk 3 catches up in one pull: two meetings, from $changes change(s) in the archive" '[[ "$pull" == *"brought 2 meeting(s) up to date"* ]] && [[ "$pull" == *"read 2 row(s)"* ]] && agree k1 k3 && agree k2 k3'
check "after it, archive status says no copy is behind" '! k k3 --archive "$PG_URL" archive status | grep -q "this copy at change"'
check "a pull with nothing new reads no row" 'k k3 --archive "$PG_URL" archive pull | grep -qx "read 0 row(s) from the archive"'

# A gap in meeting 1's changes: kiosk 3 refuses that meeting, says which, keeps its copy; the
# other meeting it follows still comes.
follow k1 1 3 0; follow k2 2 2 0
wait_followers
before=$(copy k3 1)
# The first change kiosk 3 lacks goes missing (kiosk 3's copy is at change $at).
at=$(k k3 --archive "$PG_URL" archive status | grep "^$(uid 1)" | sed -n 's/.*this copy at change \([0-9]*\) of.*/\1/p')
psql_as "$PG_URL" -c "DELETE FROM changes WHERE session = '$(uid 1)' AND position = ${at:-0} + 1"
pull=$(k k3 --archive "$PG_URL" archive pull); rc=$?
check "a gap refuses that meeting, named, and keeps kiosk 3's copy" '[ $rc -eq 1 ] && [[ "$pull" == *"keeps its copy: $(uid 1): change "*" is missing in the archive"* ]] && [ "$(copy k3 1)" = "$before" ]' || echo "$pull"
check "the other meeting still comes" '[[ "$pull" == *"brought 1 meeting(s) up to date"* ]] && [ "$(copy k3 2)" = "$(copy k2 2)" ]'

# Kiosk 3 takes meeting 1 over (its copy comes whole: the take-over also ends the gap) and edits
# it; kiosk 1, which held it and edited it, follows it now: its copy becomes kiosk 3's.
check "kiosk 3 takes meeting 1 over, keeping nothing aside (its copy held nothing of its own)" 'out=$(k k3 --archive "$PG_URL" archive take --session "$(uid 1)" 2>&1); [[ "$out" == "sent 1"* ]] && [[ "$out" != *"kept aside"* ]]' || echo "$out"
follow k3 1 2 0; wait_followers
check "kiosk 1, its former holder, follows it now: the same meeting as kiosk 3" 'k k1 --archive "$PG_URL" archive pull >/dev/null && [ "$(copy k1 1)" = "$(copy k3 1)" ]'
# Kiosk 2 adds an idea to meeting 1 although kiosk 3 holds it: refused, and kept aside at kiosk
# 2, never mixed into its copy; kiosk 3 edits on; kiosk 2's next pull makes its copy kiosk 3's.
follow k2 1 1 0; wait_followers
follow k3 1 1 0; wait_followers
k k2 --archive "$PG_URL" archive pull >/dev/null
site2=$(k k2 --archive "$PG_URL" archive status | sed -n 's/^this kiosk (\([0-9a-f]\{8\}\).*/\1/p')
check "kiosk 2's copy of meeting 1 is kiosk 3's, with nothing of its own mixed in" '[ "$(copy k2 1)" = "$(copy k3 1)" ] && ! copy k2 1 | grep -q "kiosk $site2 nummer"'
check "kiosk 2's own idea is kept aside beside its database" 'grep -q "Idee van kiosk $site2 nummer 1" "$tmp"/wijkkiosk-refused-11111111-*.json'

# A kiosk from before the changes were kept (schema 5) sends meeting 2 as a whole file: the
# archive moves its base, and kiosk 3 takes that file instead of finding a gap.
psql_as "$PG_URL" -c "UPDATE sessions SET body = jsonb_set(body, '{session,title}', '\"Wijktafel, van een oudere kiosk\"'), revision = revision + 1 WHERE uid = '$(uid 2)'"
pull=$(k k3 --archive "$PG_URL" archive pull); rc=$?
check "a send by an older kiosk reaches the others whole, not as a gap" '[ $rc -eq 0 ] && [[ "$pull" == *"brought 1 meeting(s) up to date"* ]] && copy k3 2 | grep -q "van een oudere kiosk"' || echo "$pull"

# Purge does not wait for the archive: a meeting past its retention whose edits the archive never
# acknowledged is purged at the kiosk all the same, and what it had not sent arrives purged.
k k3 import "$tmp/m4.json" >/dev/null
check "kiosk 3 purges a meeting the archive has not acknowledged" 'k k3 purge --before 2026-01-01 >/dev/null && [ -z "$(psql_as "$PG_URL" -c "SELECT 1 FROM sessions WHERE uid = '"'$(uid 4)'"'")" ]'
k k3 --archive "$PG_URL" archive push >/dev/null
check "its unsent edits reach the archive purged: the ideas, no resident's name" '[ "$(psql_as "$PG_URL" -c "SELECT jsonb_array_length(body->'"'session'->'ideas'"') FROM sessions WHERE uid = '"'$(uid 4)'"'")" = 2 ] && [ -z "$(psql_as "$PG_URL" -c "SELECT 1 FROM sessions WHERE uid = '"'$(uid 4)'"' AND body::text LIKE '"'%Jan Bewoner%'"'")" ]'

# An archive a newer kiosk brought further: one line, and the kiosk works on without it.
psql_as "$PG_URL" -c "INSERT INTO archive_migrations(version) VALUES (99)"
k k3 --archive "$PG_URL" archive pull > "$tmp/newer.out" 2> "$tmp/newer.err"; rc=$?
check "a newer archive schema is said in one line" '[ $rc -eq 1 ] && [ "$(wc -l < "$tmp/newer.err")" -eq 1 ] && grep -q "schema 99, newer than this kiosk knows" "$tmp/newer.err"' || cat "$tmp/newer.err"
check "and the kiosk works on: its meetings are there" '[ "$(k k3 sessions | wc -l)" -eq 4 ]'

echo "$fails failure(s)"
[ $fails -eq 0 ]
