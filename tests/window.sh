#!/usr/bin/env bash
# The kiosk in a real X window (Xvfb, no window manager): a resident cannot close the
# full-screen kiosk with the window's close button, the system can stop it (SIGTERM, as at
# shutdown) at once and cleanly, and a kiosk in a window closes with its close button.
set -u
kiosk=$1; xclose=$2
tmp=$(mktemp -d)
xvfb=""
cleanup() { [ -n "${pid:-}" ] && kill -KILL "$pid" 2>/dev/null; [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
fail() { echo "FAIL: $*"; [ -f "$tmp/kiosk.log" ] && cat "$tmp/kiosk.log"; exit 1; }
command -v Xvfb >/dev/null || fail "Xvfb is not installed (apt-get install xvfb)"
command -v xdotool >/dev/null || fail "xdotool is not installed (apt-get install xdotool)"

# Xvfb picks a free display number and writes it to fd 3.
exec 3>"$tmp/display"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
for _ in $(seq 300); do [ -s "$tmp/display" ] && break; sleep 0.1; done
export DISPLAY=":$(head -1 "$tmp/display")"
[ "$DISPLAY" != ":" ] || fail "Xvfb did not start"
unset SDL_VIDEODRIVER

# Starts the kiosk and waits for its window; sets pid and win.
start() {
  HOME=$tmp "$kiosk" --db "$tmp/k.db" --demo "$@" >"$tmp/kiosk.log" 2>&1 &
  pid=$!
  win=""
  for _ in $(seq 600); do
    win=$(xdotool search --onlyvisible --name '^wijkkiosk$' 2>/dev/null | head -1)
    [ -n "$win" ] && break
    kill -0 "$pid" 2>/dev/null || fail "the kiosk stopped while starting"
    sleep 0.1
  done
  [ -n "$win" ] || fail "no kiosk window appeared"
}
# Waits up to $1 tenths of a second for the kiosk to end; sets rc to its exit code, or "running".
wait_end() {
  rc=running
  for _ in $(seq "$1"); do
    if ! kill -0 "$pid" 2>/dev/null; then wait "$pid"; rc=$?; return; fi
    sleep 0.1
  done
}

start
# The request is sent until the kiosk says it ignored it (it may come before the event loop runs).
for _ in $(seq 300); do
  "$xclose" "$win" || fail "could not send the close request"
  grep -q "close request ignored" "$tmp/kiosk.log" && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.1
done
kill -0 "$pid" 2>/dev/null || fail "a resident closed the full-screen kiosk with the close button"
grep -q "close request ignored" "$tmp/kiosk.log" || fail "the kiosk never saw the close request"
kill -TERM "$pid"
# "At once": well within the 90 s systemd gives a service to stop, even on a busy machine.
wait_end 100
[ "$rc" = 0 ] || fail "after SIGTERM the kiosk did not end cleanly within 10 s (got: $rc)"
[ "$("$kiosk" --db "$tmp/k.db" check)" = ok ] || fail "the database does not pass integrity_check"

start --window 1024x700
"$xclose" "$win" || fail "could not send the close request"
wait_end 100
[ "$rc" = 0 ] || fail "a kiosk in a window did not close with its close button (got: $rc)"
pid=""
# The room's window: a second window (here on the same display, Xvfb has one), which the
# kiosk opens beside the console and closes with it.
start --window 1024x700 --room-display 0
room=""
for _ in $(seq 600); do
  room=$(xdotool search --onlyvisible --name '^wijkkiosk zaal$' 2>/dev/null | head -1)
  [ -n "$room" ] && break
  kill -0 "$pid" 2>/dev/null || fail "the kiosk stopped while opening the room's window"
  sleep 0.1
done
[ -n "$room" ] || fail "no room window appeared"
err=$(HOME=$tmp "$kiosk" --db "$tmp/k2.db" --demo --window 800x600 --room-display 7 2>&1); rc=$?
[ $rc -eq 1 ] && [[ "$err" == *"display 7"* ]] || fail "a room display that is not there is not said clearly (got $rc: $err)"
kill -TERM "$pid"
wait_end 100
[ "$rc" = 0 ] || fail "with a room window, SIGTERM did not end the kiosk cleanly (got: $rc)"
pid=""
echo "ok: resident cannot close full screen; SIGTERM ends it at once; a window closes; the room's window opens beside it"
