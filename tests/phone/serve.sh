# Sourced by the tests that need the phone server: start_serve CONFIG DB PORT starts `wijkkiosk
# serve` for session 1 on loopback (PORT 0: any free one) and sets `server` (its pid, for the
# test to end it) and `url` (the join address), waiting for its first line, never a fixed time.
# Needs `kiosk` and `tmp` set.
start_serve() {
  "$kiosk" --config "$1" --db "$2" serve --session 1 --port "$3" --bind 127.0.0.1 > "$tmp/serve.out" 2> "$tmp/serve.err" &
  server=$!
  url=""
  for _ in $(seq 600); do
    url=$(head -1 "$tmp/serve.out" 2>/dev/null)
    [ -n "$url" ] && break
    kill -0 "$server" 2>/dev/null || { echo "FAIL: serve stopped: $(cat "$tmp/serve.err")"; exit 1; }
    sleep 0.05
  done
  [[ "$url" =~ ^http://127\.0\.0\.1:[0-9]+/j/[0-9a-f]{16}$ ]] || { echo "FAIL: the first line is not a join address: $url"; exit 1; }
}
