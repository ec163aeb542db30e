#!/usr/bin/env bash
# The layers of src/, each a folder, dependencies pointing down only:
#   domain   plain C++: no other layer, no ImGui, SDL, SQLite, clock or file system
#   store    SQLite only, over the domain
#   io       config, files, the session file, the words, over the domain
#   export   documents and their writers, over io
#   net      HTTP plumbing and the archive's PostgreSQL client, over io; knows no service
#   service  the use cases every door calls, headless (no ImGui, SDL, GL), over all of those
#   ui       screens, over service, export, io and domain (never the store: views run no SQL)
#   platform window and GL, over export, io and domain
#   app      the doors: everything
# Also: screens send intents, never storage changes (no Put< or Remove< in src/ui); the domain
# reads no clock; the UI scans no folders.
set -u
src=$1
fails=0
fail() { echo "FAIL $*"; fails=$((fails+1)); }
allowed() {
  case $1 in
    domain) echo "domain" ;;
    store) echo "store domain" ;;
    io) echo "io domain" ;;
    export) echo "export io domain" ;;
    net) echo "net io domain" ;;
    service) echo "service net export io store domain" ;;
    ui) echo "ui service export io domain" ;;
    platform) echo "platform export io domain" ;;
    app) echo "app platform ui service net export io store domain" ;;
  esac
}
for layer in domain store io export net service ui platform app; do
  ok=$(allowed $layer)
  while IFS= read -r line; do
    file=${line%%:*}; header=$(echo "$line" | sed -n 's/.*#include "\([a-z]*\)\/.*/\1/p')
    [ -z "$header" ] && continue
    [[ " $ok " == *" $header "* ]] || fail "$file includes $header/, a layer above or beside $layer: ${line#*:}"
  done < <(grep -rn '#include "' "$src/$layer" --include=*.h --include=*.cpp)
done
# Third-party headers each layer may not use.
grep -rnE '#include <(imgui|SDL|sqlite3|GL/|backends/)' "$src/domain" && fail "the domain includes a library of another layer"
grep -rnE '#include <(imgui|SDL|GL/|backends/)' "$src/store" "$src/io" "$src/export" "$src/net" "$src/service" && fail "store, io, export, net or service includes ImGui, SDL or GL"
grep -rnE '#include <(sqlite3|libpq|postgresql/|microhttpd)' "$src/ui" "$src/platform" && fail "a view or the platform includes a database or the HTTP server"
grep -rnE '#include <(sqlite3|SDL)' "$src/ui" && fail "the UI includes SQLite or SDL"
grep -rnE '\b(Put|Remove)<' "$src/ui" && fail "a screen builds storage changes (Put<, Remove<) instead of sending an intent"
grep -rnE 'std::time\(|localtime|system_clock|steady_clock|<ctime>|<chrono>|gettimeofday' "$src/domain" && fail "the domain reads the clock"
grep -rnE '<filesystem>|<fstream>|fopen|directory_iterator' "$src/domain" && fail "the domain touches the file system"
grep -rnE 'directory_iterator|exportFolders\(\)|<filesystem>|opendir' "$src/ui" && fail "the UI scans folders (io does, the app hands the list over)"
# Only the store and the service touch the Repository: every door calls a service.
grep -rnwE 'Repository' "$src" --include=*.h --include=*.cpp | grep -vE "^$src/(store|service)/" && fail "a door uses the Repository instead of a service"
# The command-line verbs link no window: no command file includes the kiosk's app.
grep -lE '#include "app/KioskApp.h"' "$src"/app/*Command*.cpp "$src"/app/Commands.cpp 2>/dev/null && fail "a command file includes KioskApp.h (the whole GUI)"
[ $fails -eq 0 ] && echo "ok   layers: every include points down; screens send intents; no clock in the domain"
[ $fails -eq 0 ]
