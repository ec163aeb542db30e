#!/usr/bin/env bash
# The municipal archive on a real PostgreSQL (tests/pg.sh starts it on loopback as an
# unprivileged user and stops it): two kiosks push different meetings of one wijk and a third
# carries over both's open actions; the same push twice; the server SIGKILLed during a push;
# a session held by another kiosk and taken over; the advisor's list and export from the
# archive; the public reader; the kiosk with the archive unreachable, silent, connected, and gone
# and back (it connects again by itself and sends what was made meanwhile).
set -u
kiosk=$1; src=$2; out=$3
mkdir -p "$out"
tmp=$(mktemp -d); chmod 755 "$tmp"
source "$src/tests/pg.sh"
other_dir=""
trap 'pg_stop; [ -n "$other_dir" ] && as_pg "$PG_BIN/pg_ctl" -D "$other_dir/data" -m immediate -w stop >/dev/null 2>&1; rm -rf "$tmp" $other_dir' EXIT
fails=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; fails=$((fails+1)); return 1; fi; }
k() { local db=$1; shift; "$kiosk" --db "$tmp/$db.db" "$@"; }
replay() { local db=$1 script=$2; shift 2; (cd "$out" && HOME="$tmp" SDL_VIDEODRIVER=offscreen "$kiosk" --headless --script "$src/tests/archive/$script" --db "$tmp/$db.db" "$@"); }
psql_as() { "$PG_BIN/psql" -X -A -t -q "$@"; }
reaches_archive() {  # TEXT: true once a meeting in the archive holds it, within a minute
  for _ in $(seq 600); do
    [ -n "$(psql_as "$PG_URL" -c "SELECT 1 FROM sessions WHERE body::text LIKE '%$1%'")" ] && return 0; sleep 0.1
  done
  return 1
}
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
k k1 --archive "$PG_URL" export --session bbbbbbbb-0000-4000-8000-00000000000b --format archief --audience public --out "$tmp/b-archief" >/dev/null; rc=$?
check "the advisor packages kiosk 2's meeting from the archive (issue 35)" '[ $rc -eq 0 ] && k k1 verify "$tmp/b-archief" >/dev/null && grep -q "Actie van kiosk twee" "$tmp/b-archief/actieplan.csv" && ! grep -rq "VERTROUWELIJK" "$tmp/b-archief"'

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

# A take-over loses nothing. Kiosk 2 takes the meeting and adds an idea, sent; kiosk 1 adds one
# meanwhile (refused: kept aside beside its database), then takes the meeting back: kiosk 2's idea
# stays in the archive and comes to kiosk 1. Kiosk 2's next edit is refused and kept aside too.
A=aaaaaaaa-0000-4000-8000-00000000000a
add_idea() {  # DB TEXT: an idea added at that kiosk's screen to meeting A (no archive link)
  local id; id=$(k "$1" sessions | awk -F'\t' -v u=$A '$6 == u {print $1}')
  printf 'open-session %s\ntap "Ideeën"\ntap "Idee toevoegen"\ntype "%s"\ntap "groen"\ntap "Opslaan"\nassert-stored "%s"\n' "$id" "$2" "$2" > "$tmp/add.wks"
  (cd "$out" && HOME="$tmp" SDL_VIDEODRIVER=offscreen "$kiosk" --headless --script "$tmp/add.wks" --db "$tmp/$1.db") >/dev/null 2>&1
}
in_archive() { [ -n "$(psql_as "$PG_URL" -c "SELECT 1 FROM sessions WHERE uid = '$A' AND body::text LIKE '%$1%'")" ]; }
k k2 --archive "$PG_URL" archive take --session $A >/dev/null
add_idea k2 "Idee van kiosk twee"
check "kiosk 2 took the meeting, added an idea and sent it" 'k k2 --archive "$PG_URL" archive push | grep -q "^sent 1" && in_archive "Idee van kiosk twee"'
add_idea k1 "Idee van kiosk een"
out1=$(k k1 --archive "$PG_URL" archive push)
aside1=$(echo "$out1" | sed -n 's/^kept aside: .* are in //p')
check "kiosk 1's edit is refused and kept aside beside its database, said so" '[[ "$out1" == *"not sent: $A"* ]] && [ -f "$aside1" ] && [ "$(dirname "$aside1")" = "$tmp" ] && grep -q "Idee van kiosk een" "$aside1"'
st=$(k k1 --archive "$PG_URL" archive status)
check "archive status on kiosk 1 counts that edit as not in the archive, with positions and holder" '[[ "$st" == *"1 session(s) with edits not yet in the archive"* ]] && echo "$st" | grep "^$A" | grep -q "here [0-9]*.archive [0-9]*.held by another kiosk, .*not yet sent"'
taken=$(k k1 --archive "$PG_URL" archive take --session $A)
check "kiosk 1 takes it back, bringing in what kiosk 2 sent" '[[ "$taken" == *"brought in"* ]] && in_archive "Idee van kiosk twee"'
k k1 export --session $A --format json --audience internal --out "$tmp/k1-after-take.json"
check "kiosk 1's copy now holds kiosk 2's idea; its own stays in the file aside" 'grep -q "Idee van kiosk twee" "$tmp/k1-after-take.json" && grep -q "Idee van kiosk een" "$aside1"'
add_idea k2 "Tweede idee van kiosk twee"
out2=$(k k2 --archive "$PG_URL" archive push)
aside2=$(echo "$out2" | sed -n 's/^kept aside: .* are in //p')
check "kiosk 2's later edit is refused and kept in a session file beside its database" '[[ "$out2" == *"not sent: $A"* ]] && [ -f "$aside2" ] && grep -q "Tweede idee van kiosk twee" "$aside2" && k k3 import "$aside2" >/dev/null'
# Its facilitator is told where that edit is kept, and can take the meeting back.
printf 'size 1280 800\nopen-session %s\nwait-for "Uw wijzigingen: wijkkiosk-refused-" 120\nassert-visible "Overnemen"\nscreenshot archive-set-aside.png\n' \
  "$(k k2 sessions | awk -F'\t' -v u=$A '$6 == u {print $1}')" > "$tmp/aside.wks"
(cd "$out" && HOME="$tmp" SDL_VIDEODRIVER=offscreen "$kiosk" --headless --script "$tmp/aside.wks" --db "$tmp/k2.db" --archive "$PG_URL") > "$tmp/aside.log" 2>&1; rc=$?
check "kiosk 2's facilitator sees where its refused edit is kept" '[ $rc -eq 0 ]' || cat "$tmp/aside.log"
st=$(k k1 --archive "$PG_URL" archive status)
check "after the take-back kiosk 1 has nothing unsent and holds the meeting" '[[ "$st" == *"0 session(s) with edits not yet"* ]] && echo "$st" | grep "^$A" | grep -q "held by this kiosk$"'

# A meeting removed at a kiosk (begun by mistake, nothing in it) is removed in the archive too,
# and the archive keeps that it was: a removal, not silence.
printf 'size 1280 800\ntap "Nieuwe bijeenkomst"\ntap "Wijkwerkoverleg"\ntap "Rijpelberg"\ntap "Starten"\n' > "$tmp/begin.wks"
(cd "$out" && HOME="$tmp" SDL_VIDEODRIVER=offscreen "$kiosk" --headless --script "$tmp/begin.wks" --db "$tmp/k7.db") >/dev/null 2>&1
k k7 --archive "$PG_URL" archive push >/dev/null
mistake=$(k k7 sessions | cut -f6)
check "the meeting begun by mistake reached the archive" '[ -n "$(psql_as "$PG_URL" -c "SELECT 1 FROM sessions WHERE uid = '"'"'$mistake'"'"'")" ]'
printf 'size 1280 800\ntap "Bijeenkomst verwijderen"\ntap "Ja, verwijderen"\nassert-visible "Nog geen bijeenkomst"\n' > "$tmp/remove.wks"
(cd "$out" && HOME="$tmp" SDL_VIDEODRIVER=offscreen "$kiosk" --headless --script "$tmp/remove.wks" --db "$tmp/k7.db") >/dev/null 2>&1
told=$(k k7 --archive "$PG_URL" archive push)
check "its removal is sent to the archive as a removal" '[[ "$told" == *"told the archive of 1 meeting(s) removed"* ]] && [ -z "$(psql_as "$PG_URL" -c "SELECT 1 FROM sessions WHERE uid = '"'"'$mistake'"'"'")" ] && [ "$(psql_as "$PG_URL" -c "SELECT count(*) FROM removed_sessions WHERE uid = '"'"'$mistake'"'"'")" = 1 ]'

# The public reader: the public view only, nothing closed, no resident's contact.
check "the public reader cannot read the sessions table" '! psql_as "$PG_PUBLIC_URL" -c "SELECT count(*) FROM sessions" 2>/dev/null'
check "the public reader cannot read the edit log" '! psql_as "$PG_PUBLIC_URL" -c "SELECT count(*) FROM edits" 2>/dev/null'
pub=$(psql_as "$PG_PUBLIC_URL" -c "SELECT body::text FROM public_sessions")
check "the public view holds the meetings, nothing closed and no contact" '[[ "$pub" == *"Actie van kiosk een"* ]] && [[ "$pub" != *VERTROUWELIJK* ]] && [[ "$pub" != *jan@example.nl* ]]'

# AVG in the archive itself: older meetings lose residents' names and contacts, keep the ideas.
named() { psql_as "$PG_URL" -c "SELECT count(*) FROM sessions WHERE body::text LIKE '%Jan Bewoner%' OR body::text LIKE '%jan@example.nl%'"; }
check "before the purge the archive holds a resident's name and contact (internal)" '[ "$(named)" -gt 0 ]'
k k1 --archive "$PG_URL" archive purge --before 2999-12-31 >/dev/null 2>&1; rc=$?
check "an archive purge with a cut-off after today is refused, and stores none" '[ $rc -eq 2 ] && [ -z "$(psql_as "$PG_URL" -c "SELECT 1 FROM archive_purges")" ]'
check "archive purge takes them out of every older meeting, in one go" 'k k1 --archive "$PG_URL" archive purge --before "$(date +%F)" | grep -q "^purged residents" && [ "$(named)" = 0 ]'
# A cut-off stored by mistake (an older kiosk took 9999-12-31) is corrected, so later meetings
# keep their consenting residents' names.
psql_as "$PG_URL" -c "INSERT INTO archive_purges(before) VALUES('9999-12-31')"
check "archive purge --correct takes back a cut-off stored by mistake" 'k k1 --archive "$PG_URL" archive purge --before "$(date +%F)" --correct | grep -q "taken back" && [ "$(psql_as "$PG_URL" -c "SELECT max(before) FROM archive_purges")" = "$(date +%F)" ]'
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
# A second PostgreSQL of the same user (another test's, say) beside ours: pg_kill ends ours only.
other=$(source "$src/tests/pg.sh"; pg_start >/dev/null && echo "$PG_DIR $(pg_postmaster)")
other_dir=${other%% *}; other_pid=${other##* }
pg_kill
wait $pusher; rc=$?
check "pg_kill ends only its own server: another PostgreSQL of the same user runs on" '[ -n "$other_pid" ] && alive "$other_pid"'
[ -n "$other_dir" ] && as_pg "$PG_BIN/pg_ctl" -D "$other_dir/data" -m immediate -w stop >/dev/null 2>&1; rm -rf "$other_dir"; other_dir=""
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
check "an idea added at a connected kiosk reaches the archive by itself" 'reaches_archive "Idee dat naar het archief gaat"'

# The archive gone and back (issue 36): a kiosk started while it is down works without it, and
# when it returns the link connects again by itself and sends the idea made meanwhile.
pg_kill
replay k8 retry.wks --archive "$PG_URL" > "$tmp/retry.log" 2>&1 &
retrying=$!
for _ in $(seq 600); do grep -q "not reachable" "$tmp/retry.log" && break; kill -0 $retrying 2>/dev/null || break; sleep 0.1; done
check "with the archive down the kiosk says so and works on" 'grep -q "not reachable" "$tmp/retry.log"'
pg_restart || exit 1
wait $retrying; rc=$?
check "the archive back, the kiosk connects again by itself" '[ $rc -eq 0 ]' || cat "$tmp/retry.log"
check "the idea made while the archive was down reaches it" 'reaches_archive "Idee van toen het archief weg was"'
echo "$fails failed"
[ $fails -eq 0 ]
