# A PostgreSQL server for a test, on loopback only, started and stopped by the test itself:
# sourced, it gives pg_start (sets PG_URL, PG_ADMIN_URL), pg_kill (SIGKILL), pg_restart and
# pg_stop; it ends only its own server's processes. initdb refuses root, so the server runs as an unprivileged user ("nobody" unless
# WK_PG_USER names another) from a folder outside /root.
PG_BIN=$(pg_config --bindir)
PG_USER=${WK_PG_USER:-nobody}
PG_DIR=$(mktemp -d /tmp/wk-pg.XXXXXX)
chmod 755 "$PG_DIR"
as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u "$PG_USER" -- "$@"; else "$@"; fi; }
[ "$(id -u)" -eq 0 ] && chown "$PG_USER" "$PG_DIR"
pg_free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
pg_wait() {  # until it answers, at most a minute
  for _ in $(seq 600); do as_pg "$PG_BIN/pg_isready" -q -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres && return 0; sleep 0.1; done
  echo "FAIL: PostgreSQL did not start: $(tail -5 "$PG_DIR/log")"; return 1
}
pg_launch() {
  as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -c unix_socket_directories=$PG_DIR -c fsync=on" start >/dev/null || return 1
  pg_wait
}
pg_start() {
  PG_PORT=$(pg_free_port)
  as_pg "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$PG_DIR/initdb.log" 2>&1 \
    || { echo "FAIL: initdb: $(tail -3 "$PG_DIR/initdb.log")"; return 1; }
  pg_launch || return 1
  PG_ADMIN_URL="postgresql://postgres@127.0.0.1:$PG_PORT/postgres"
  # As README tells a municipality: a kiosk role that owns the archive, a public reader.
  as_pg "$PG_BIN/psql" -q -v ON_ERROR_STOP=1 "$PG_ADMIN_URL" <<'SQL' >/dev/null || return 1
CREATE ROLE wijkkiosk_kiosk LOGIN;
CREATE ROLE wijkkiosk_public LOGIN;
CREATE DATABASE wijkkiosk OWNER wijkkiosk_kiosk;
SQL
  PG_URL="postgresql://wijkkiosk_kiosk@127.0.0.1:$PG_PORT/wijkkiosk"
  PG_PUBLIC_URL="postgresql://wijkkiosk_public@127.0.0.1:$PG_PORT/wijkkiosk"
}
pg_postmaster() { head -1 "$PG_DIR/data/postmaster.pid" 2>/dev/null; }
alive() {  # a process that runs (a zombie, dead but not yet reaped by a container's init, does not)
  [ -r "/proc/$1/stat" ] && [ "$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null)" != Z ]
}
pg_kill() {  # SIGKILL this server (its postmaster and that one's children), then wait until none runs
  local pid; pid=$(pg_postmaster)
  # Only our own server's processes: the postmaster named in our data folder and its children,
  # never another PostgreSQL of the same user.
  local ours="$pid $( [ -n "$pid" ] && pgrep -P "$pid" 2>/dev/null | tr '\n' ' ')"
  [ -n "$pid" ] && kill -KILL "$pid" 2>/dev/null
  for _ in $(seq 600); do
    local left=0
    for p in $ours; do alive "$p" && { left=1; kill -KILL "$p" 2>/dev/null; }; done
    [ $left -eq 0 ] && break; sleep 0.1
  done
  # Its pid file names a dead postmaster; a zombie's pid would look alive to the next start.
  [ -n "$pid" ] && ! alive "$pid" && rm -f "$PG_DIR/data/postmaster.pid" "$PG_DIR/.s.PGSQL.$PG_PORT" "$PG_DIR/.s.PGSQL.$PG_PORT.lock"
}
pg_restart() { pg_launch; }
pg_stop() {
  [ -n "$(pg_postmaster)" ] && as_pg "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate -w stop >/dev/null 2>&1
  rm -rf "$PG_DIR"
}
