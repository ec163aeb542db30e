#!/usr/bin/env bash
# Issue 36's figures for a city: a PostgreSQL of this script's own (tests/pg.sh, loopback, an
# unprivileged user), then `wijkkiosk-bench --kiosks N` against it: N kiosk processes following
# one another, and the office at 1,000 meetings. Not a test: it prints figures.
#   bash tests/city.sh [BUILD_DIR] [N]     (default: build, 20 kiosks)
set -u
src=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$src/build}" && pwd); n=${2:-20}
source "$src/tests/pg.sh"
trap pg_stop EXIT
pg_start || exit 1
"$build/wijkkiosk-bench" --config "$src/kiosk-config/kiosk.toml" --archive "$PG_URL" --kiosks "$n"
