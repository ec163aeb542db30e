#!/usr/bin/env bash
# The Debian package as municipal IT installs it: dpkg-buildpackage builds it from a copy of the
# source, lintian finds no error, dpkg -i installs it here, and the installed kiosk answers
# --version and takes a headless screenshot with no --config (its /etc config, its /var/lib
# data), exports a PDF, an ODT and an XLSX through its documents module and reaches for an
# archive through its postgres module; the desktop entry
# and AppStream metadata validate, the systemd unit passes
# systemd-analyze verify, the config is a conffile without a PIN. The package is purged again at
# the end, so later tests never pick up installed files. Needs root (dpkg -i).
set -u
src=$1; out=$2; pngcheck=$3; tree=${4:-}
mkdir -p "$out"
[ "$(id -u)" -eq 0 ] || { echo "FAIL: the package test installs a package and needs root"; exit 1; }
tmp=$(mktemp -d); chmod 755 "$tmp"
trap 'dpkg --purge wijkkiosk >/dev/null 2>&1; rm -rf "$tmp"' EXIT
fails=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; fails=$((fails+1)); return 1; fi; }
mkdir "$tmp/wijkkiosk"
(cd "$src" && tar --exclude=./build --exclude='./build-*' --exclude=./tests/node_modules --exclude=./.git --exclude='./obj-*' -cf - .) | tar -xf - -C "$tmp/wijkkiosk"
# A build tree configured for /usr (CI's Release tree, with Debian's flags) is packaged as it
# is; otherwise dpkg-buildpackage builds the program (noopt: a test of the packaging).
prebuilt=()
if [ -n "$tree" ] && grep -q "^CMAKE_INSTALL_PREFIX:PATH=/usr$" "$tree/CMakeCache.txt" 2>/dev/null && [ -x "$tree/wijkkiosk" ]; then
  prebuilt=(WK_BUILD_DIR="$tree"); echo "     packaging the build tree $tree"
fi
(cd "$tmp/wijkkiosk" && env "${prebuilt[@]}" DEB_BUILD_OPTIONS="noopt nocheck parallel=$(nproc)" dpkg-buildpackage -b -us -uc) > "$tmp/build.log" 2>&1
deb=$(ls "$tmp"/wijkkiosk_*_amd64.deb 2>/dev/null | head -1)
check "dpkg-buildpackage builds wijkkiosk_VERSION_amd64.deb" '[ -n "$deb" ]' || { tail -30 "$tmp/build.log"; exit 1; }
lint=$(lintian --fail-on error "$deb" 2>&1); rc=$?
check "lintian finds no error" '[ $rc -eq 0 ] && ! echo "$lint" | grep -q "^E:"' || echo "$lint"
echo "$lint" | grep "^[WI]:" | sed 's/^/     lintian: /'
check "dpkg -i installs it" 'dpkg -i "$deb" > "$tmp/install.log" 2>&1' || cat "$tmp/install.log"
check "the binary is in /usr/bin, the config in /etc, the assets in /usr/share" '[ -x /usr/bin/wijkkiosk ] && [ -f /etc/wijkkiosk/kiosk.toml ] && [ -f /usr/share/wijkkiosk/assets/logo.png ]'
check "the config is a conffile, without a known PIN" 'dpkg-query -W -f="\${Conffiles}" wijkkiosk | grep -q /etc/wijkkiosk/kiosk.toml && ! grep -q "^pin_hash" /etc/wijkkiosk/kiosk.toml'
check "a system user owns the data folder" 'id wijkkiosk >/dev/null && [ "$(stat -c %U /var/lib/wijkkiosk)" = wijkkiosk ]'
check "wijkkiosk --version works from the installed files" '[ "$(cd / && /usr/bin/wijkkiosk --version)" = "wijkkiosk $(dpkg-query -W -f="\${Version}" wijkkiosk)" ]'
check "--help says it uses the installed config and data" '/usr/bin/wijkkiosk --help | grep -q "installed, config /etc/wijkkiosk/kiosk.toml, data /var/lib/wijkkiosk/wijkkiosk.db"'
(cd "$tmp" && SDL_VIDEODRIVER=offscreen /usr/bin/wijkkiosk --headless --demo --view home --screenshot "$out/installed-home.png") > "$tmp/shot.log" 2>&1; rc=$?
check "a headless screenshot from the installed files, with no --config" '[ $rc -eq 0 ] && "$pngcheck" "$out/installed-home.png" 1920 1080 >/dev/null' || cat "$tmp/shot.log"
# The documents module, loaded when a document is first made: from its installed place, while
# the program itself links none of the writers' libraries (and the package still depends on them).
"/usr/bin/wijkkiosk" --db "$tmp/e.db" import "$src/assets/demo-session.json" > "$tmp/export.log" 2>&1
for f in pdf odt xlsx; do
  /usr/bin/wijkkiosk --db "$tmp/e.db" export --session 1 --format $f --audience public --out "$tmp/demo.$f" >> "$tmp/export.log" 2>&1
done
check "the installed kiosk exports PDF, ODT and XLSX through its documents module" 'head -c 5 "$tmp/demo.pdf" | grep -q "%PDF-" && [ "$(head -c 2 "$tmp/demo.odt")" = PK ] && [ "$(head -c 2 "$tmp/demo.xlsx")" = PK ]' || cat "$tmp/export.log"
# The archive's client likewise: libpq from the installed module answers for the closed port.
archive=$(/usr/bin/wijkkiosk --archive postgresql://127.0.0.1:1/none sessions 2>&1)
check "the installed kiosk reaches for an archive through its postgres module (a closed port: not reachable)" 'echo "$archive" | grep -q "not reachable: connection to server at" && ! echo "$archive" | grep -q "cannot be loaded"' || echo "$archive"
check "the modules are installed in /usr/lib, the program links none of their libraries, the package depends on them" '[ -f /usr/lib/x86_64-linux-gnu/wijkkiosk/wijkkiosk-documents.so ] && [ -f /usr/lib/x86_64-linux-gnu/wijkkiosk/wijkkiosk-postgres.so ] && ! ldd /usr/bin/wijkkiosk | grep -qE "libcairo|libpango|libqpdf|libxlsxwriter|libzip|libpq" && dpkg-query -W -f="\${Depends}" wijkkiosk | grep -q libcairo2 && dpkg-query -W -f="\${Depends}" wijkkiosk | grep -q libqpdf && dpkg-query -W -f="\${Depends}" wijkkiosk | grep -q libpq5'
check "the desktop entry validates" 'desktop-file-validate /usr/share/applications/nl.wijkkiosk.Wijkkiosk.desktop'
check "the AppStream metadata validates" 'appstreamcli validate --no-net /usr/share/metainfo/nl.wijkkiosk.Wijkkiosk.metainfo.xml >/dev/null'
check "systemd-analyze verify accepts the unit (cage installed)" 'systemd-analyze verify /lib/systemd/system/wijkkiosk.service'
check "the unit is hardened" 'grep -q "^ProtectSystem=strict" /lib/systemd/system/wijkkiosk.service && grep -q "^NoNewPrivileges=yes" /lib/systemd/system/wijkkiosk.service'
exposure=$(systemd-analyze security --offline=true /lib/systemd/system/wijkkiosk.service 2>/dev/null | sed -n 's/.*Overall exposure level for wijkkiosk.service: \([0-9.]*\).*/\1/p')
check "systemd-analyze security rates the unit's exposure 3.0 or lower ($exposure)" '[ -n "$exposure" ] && awk -v e="$exposure" "BEGIN { exit !(e <= 3.0) }"'
check "cage runs without -s: no switch to a text console" 'grep -q "^ExecStart=/usr/bin/cage " /lib/systemd/system/wijkkiosk.service && ! grep -q "^ExecStart=.*cage[^-]*-s\b\|^ExecStart=.* -s " /lib/systemd/system/wijkkiosk.service'
dpkg --purge wijkkiosk > "$tmp/purge.log" 2>&1
check "purged again: nothing of it left in /usr or /etc" '[ ! -e /usr/bin/wijkkiosk ] && [ ! -e /etc/wijkkiosk/kiosk.toml ]' || cat "$tmp/purge.log"
echo "$fails failed"
[ $fails -eq 0 ]
