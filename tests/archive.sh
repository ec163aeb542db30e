#!/usr/bin/env bash
# The municipal archive on a real PostgreSQL (tests/pg.sh starts it on loopback as an
# unprivileged user and stops it): two kiosks push different meetings of one wijk and a third
# carries over both's open actions; the same push twice; the server SIGKILLed during a push;
# a session held by another kiosk and taken over; the advisor's list and export from the
# archive; the public reader; the kiosk with the archive unreachable, silent, and connected.
set -u
kiosk=$1; src=$2; out=$3
mkdir -p "$out"
tmp=$(mktemp -d); chmod 755 "$tmp"
source "$src/tests/pg.sh"
trap 'pg_stop; rm -rf "$tmp"' EXIT
fails=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; fails=$((fails+1)); return 1; fi; }
k() { local db=$1; shift; "$kiosk" --db "$tmp/$db.db" "$@"; }
replay() { local db=$1 script=$2; shift 2; (cd "$out" && HOME="$tmp" SDL_VIDEODRIVER=offscreen "$kiosk" --headless --script "$src/tests/archive/$script" --db "$tmp/$db.db" "$@"); }
psql_as() { "$PG_BIN/psql" -X -A -t -q "$@"; }
pg_start || exit 1
python3 "$src/tests/archive/make_meetings.py" "$src/tests/golden/small-internal.json" "$tmp" || exit 1

# Two kiosks, a meeting each; the same push twice changes nothing.
k k1 import "$tmp/a.json" >/dev/null && k k2 import "$tmp/b.json" >/dev/null
check "kiosk 1 pushes its meeting" '[ "$(k k1 --archive "$PG_URL" archive push)" = "sent 1 session(s), 0 already in the archive, received 0" ]'
check "kiosk 2 pushes its meeting" 'k k2 --archive "$PG_URL" archive push | grep -q "^sent 1 session"'
before=$(psql_as "$PG_URL" -c "SELECT count(*), sum(edits), max(received) FROM sessions")
check "the same push twice changes nothing" 'k k1 --archive "$PG_URL" archive push | grep -q "^sent 0 session(s), 1 already" && [ "$(psql_as "$PG_URL" -c "SELECT count(*), sum(edits), max(received) FROM sessions")" = "$before" ]'
list=$(k k1 --archive "$PG_URL" sessions)
check "--archive URL sessions lists UUIDs in its id column" '[ "$(echo "$list" | wc -l)" -eq 2 ] && echo "$list" | cut -f1 | grep -qx "aaaaaaaa-0000-4000-8000-00000000000a"'
k k1 --archive "$PG_URL" export --session bbbbbbbb-0000-4000-8000-00000000000b --format md --audience public --out "$tmp/b.md"; rc=$?
check "the advisor exports kiosk 2's meeting from the archive" '[ $rc -eq 0 ] && grep -q "Actie van kiosk twee" "$tmp/b.md" && ! grep -q "VERTROUWELIJK" "$tmp/b.md"'

# A third kiosk takes both and starts the next meeting: both kiosks' open actions come along.
check "kiosk 3 receives both meetings" 'k k3 --archive "$PG_URL" archive pull | grep -q "received 2"'
replay k3 new_meeting.wks > "$tmp/k3.log" 2>&1; rc=$?
check "the third meeting carries over both kiosks' open actions" '[ $rc -eq 0 ]' || cat "$tmp/k3.log"
check "kiosk 3 sends only its own new meeting" 'k k3 --archive "$PG_URL" archive push | grep -q "^sent 1 session(s), 0 already"'

# One kiosk at a time: the same meeting on kiosk 2 is refused until taken over, on purpose.
k k2 import "$tmp/a.json" >/dev/null
out2=$(k k2 --archive "$PG_URL" archive push)
check "a meeting another kiosk holds is not sent, and the kiosk says how to take it" '[[ "$out2" == *"not sent: aaaaaaaa-0000-4000-8000-00000000000a (held by"*"archive take --session"* ]]'
holder1=$(psql_as "$PG_URL" -c "SELECT holder FROM sessions WHERE uid = 'aaaaaaaa-0000-4000-8000-00000000000a'")
check "taking it over makes kiosk 2 its holder" 'k k2 --archive "$PG_URL" archive take --session aaaaaaaa-0000-4000-8000-00000000000a | grep -q "^sent 1" && [ "$(psql_as "$PG_URL" -c "SELECT holder FROM sessions WHERE uid = '"'"'aaaaaaaa-0000-4000-8000-00000000000a'"'"'")" != "$holder1" ]'
check "after that kiosk 1 is refused" 'k k1 --archive "$PG_URL" archive push | grep -q "not sent: aaaaaaaa"'
replay k1 take_over.wks --archive "$PG_URL" > "$tmp/take.log" 2>&1; rc=$?
check "at kiosk 1 the facilitator sees the meeting is held elsewhere and takes it back" '[ $rc -eq 0 ] && [ "$(psql_as "$PG_URL" -c "SELECT holder FROM sessions WHERE uid = '"'"'aaaaaaaa-0000-4000-8000-00000000000a'"'"'")" = "$holder1" ]' || cat "$tmp/take.log"

# The public reader: the public view only, nothing closed, no resident's contact.
check "the public reader cannot read the sessions table" '! psql_as "$PG_PUBLIC_URL" -c "SELECT count(*) FROM sessions" 2>/dev/null'
check "the public reader cannot read the edit log" '! psql_as "$PG_PUBLIC_URL" -c "SELECT count(*) FROM edits" 2>/dev/null'
pub=$(psql_as "$PG_PUBLIC_URL" -c "SELECT body::text FROM public_sessions")
check "the public view holds the meetings, nothing closed and no contact" '[[ "$pub" == *"Actie van kiosk een"* ]] && [[ "$pub" != *VERTROUWELIJK* ]] && [[ "$pub" != *jan@example.nl* ]]'

# AVG in the archive itself: older meetings lose residents' names and contacts, keep the ideas.
named() { psql_as "$PG_URL" -c "SELECT count(*) FROM sessions WHERE body::text LIKE '%Jan Bewoner%' OR body::text LIKE '%jan@example.nl%'"; }
check "before the purge the archive holds a resident's name and contact (internal)" '[ "$(named)" -gt 0 ]'
check "archive purge takes them out of every older meeting, in one go" 'k k1 --archive "$PG_URL" archive purge --before 2030-01-01 | grep -q "^purged residents" && [ "$(named)" = 0 ]'
k k1 --archive "$PG_URL" archive take --session aaaaaaaa-0000-4000-8000-00000000000a >/dev/null
check "a kiosk sending an older meeting afterwards does not bring the names back" '[ "$(named)" = 0 ]'
check "and keeps the ideas themselves" '[ "$(psql_as "$PG_URL" -c "SELECT count(*) FROM sessions WHERE body::text LIKE '"'"'%Meer bankjes bij de vijver%'"'"'")" -gt 0 ]'

# SIGKILL of the server during a push of 10,000 ideas: nothing partial, the next push completes.
k k4 import "$tmp/big.json" >/dev/null
k k4 --archive "$PG_URL" archive push > "$tmp/push.log" 2>&1 &
pusher=$!
for _ in $(seq 600); do
  [ -n "$(psql_as "$PG_ADMIN_URL" -c "SELECT 1 FROM pg_stat_activity WHERE application_name = 'wijkkiosk'" 2>/dev/null)" ] && break
  kill -0 $pusher 2>/dev/null || break; sleep 0.05
done
pg_kill
wait $pusher; rc=$?
pg_restart || exit 1
partial=$(psql_as "$PG_URL" -c "SELECT count(*) FROM sessions s WHERE uid = 'cccccccc-0000-4000-8000-00000000000c' AND (jsonb_array_length(body->'session'->'ideas') <> 10000 OR edits <> (SELECT count(*) FROM edits WHERE session = s.uid))")
check "after the kill (push exit $rc) the archive holds the big meeting whole or not at all" '[ "$partial" = 0 ]'
check "the kiosk's database is intact and kept everything" 'k k4 check >/dev/null && [ "$(k k4 export --session 1 --format json --audience internal --out "$tmp/big-back.json" && python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))[\"session\"][\"ideas\"]))" "$tmp/big-back.json")" = 10000 ]'
k k4 --archive "$PG_URL" archive push > "$tmp/push2.log" 2>&1
check "the next push completes it" '[ "$(psql_as "$PG_URL" -c "SELECT jsonb_array_length(body->'"'"'session'"'"'->'"'"'ideas'"'"') FROM sessions WHERE uid = '"'"'cccccccc-0000-4000-8000-00000000000c'"'"'")" = 10000 ]'

# The kiosk itself: unreachable (refused), silent (never answers), and connected.
closed=$(pg_free_port)
replay k5 offline.wks --archive "postgresql://kiosk:secret@127.0.0.1:$closed/wijkkiosk" > "$tmp/offline.log" 2>&1; rc=$?
check "an unreachable archive: the kiosk runs and says so in one line (no password shown)" '[ $rc -eq 0 ] && [ "$(grep -c "not reachable" "$tmp/offline.log")" -eq 1 ] && ! grep -q secret "$tmp/offline.log"' || cat "$tmp/offline.log"
silent=$(pg_free_port)
python3 -c 'import socket,sys,time; s=socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(("127.0.0.1", int(sys.argv[1]))); s.listen(8); time.sleep(600)' "$silent" &
quiet=$!
for _ in $(seq 100); do (exec 3<>/dev/tcp/127.0.0.1/$silent) 2>/dev/null && break; sleep 0.05; done
replay k5 connecting.wks --archive "postgresql://kiosk@127.0.0.1:$silent/wijkkiosk" > "$tmp/connecting.log" 2>&1; rc=$?
kill $quiet 2>/dev/null
check "a silent archive: the kiosk draws its frames while connecting" '[ $rc -eq 0 ]' || cat "$tmp/connecting.log"
replay k6 connected.wks --archive "$PG_URL" > "$tmp/connected.log" 2>&1; rc=$?
check "connected: the kiosk's replay ran" '[ $rc -eq 0 ]' || cat "$tmp/connected.log"
arrived=""
for _ in $(seq 600); do
  arrived=$(psql_as "$PG_URL" -c "SELECT 1 FROM sessions WHERE body::text LIKE '%Idee dat naar het archief gaat%'")
  [ -n "$arrived" ] && break; sleep 0.1
done
check "an idea added at a connected kiosk reaches the archive by itself" '[ -n "$arrived" ]'
echo "$fails failed"
[ $fails -eq 0 ]
