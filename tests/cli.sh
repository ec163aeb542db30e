#!/usr/bin/env bash
# The command line as other tools use it (INTERFACES.md): exit codes, messages, nothing lost.
set -u
kiosk=$1; src=$2/..
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fails=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; fails=$((fails+1)); return 1; fi; }
db=$tmp/k.db

id=$("$kiosk" --db "$db" import "$src/assets/demo-session.json"); rc=$?
check "import prints the new id" '[ $rc -eq 0 ] && [ "$id" = 1 ]'
out=$("$kiosk" --db "$db" sessions)
check "sessions lists id, date, type, wijk, title tab-separated" '[ "$(echo "$out" | cut -f1-5)" = "$(printf "1\t2026-11-19\twijktafel\tBrouwhuis\tWijktafel Brouwhuis 2026")" ]'
uid=$(echo "$out" | cut -f6)
check "and the session's uid after them" '[[ "$uid" =~ ^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$ ]]'

"$kiosk" --db "$db" export --session 1 --format json --audience internal --out "$tmp/a.json"
"$kiosk" --db "$tmp/other.db" import "$tmp/a.json" >/dev/null
"$kiosk" --db "$tmp/other.db" export --session "$uid" --format json --audience internal --out "$tmp/b.json"
check "json export, import elsewhere, export is the same file, uid and all" 'cmp -s "$tmp/a.json" "$tmp/b.json" && grep -q "\"uid\": \"$uid\"" "$tmp/b.json"'
id2=$("$kiosk" --db "$db" import "$tmp/a.json" 2>"$tmp/copy.err")
"$kiosk" --db "$db" export --session "$id2" --format json --audience internal --out "$tmp/c.json"
check "importing a session the database holds makes a copy with a new uid and says so" '[[ "$(cat "$tmp/copy.err")" == *"$uid"*"copy"* ]] && ! grep -q "$uid" "$tmp/c.json" && diff <(grep -v "\"uid\"" "$tmp/a.json") <(grep -v "\"uid\"" "$tmp/c.json") >/dev/null'
log=$("$kiosk" --db "$db" log --session "$uid")
check "log lists the import, tab-separated: time, role, command, summary" '[ "$(echo "$log" | head -1 | cut -f2-3)" = "$(printf "system\timport")" ]'
printf '{"format": "wijkkiosk-session", "version": 1, "session": {"type": "wijktafel", "title": "Met\\ttab"}}' > "$tmp/tab.json"
err=$("$kiosk" --db "$db" import "$tmp/tab.json" 2>&1 >/dev/null); rc=$?
check "a title with a tab is refused with exit 2, naming the path" '[ $rc -eq 2 ] && [[ "$err" == *"session.title"*"control"* ]]'
printf '{"format": "wijkkiosk-session", "version": 1, "session": {"type": "wijktafel", "title": "T", "ideas": [{"text": "zonder zichtbaarheid"}]}}' > "$tmp/novis.json"
"$kiosk" --db "$tmp/novis.db" import "$tmp/novis.json" >/dev/null
"$kiosk" --db "$tmp/novis.db" export --session 1 --format json --audience public --out "$tmp/novis-public.json"
check "an item without a visibility is closed: not in public" '! grep -q "zonder zichtbaarheid" "$tmp/novis-public.json"'
check "internal export keeps closed content" 'grep -q "Molenstraat" "$tmp/a.json"'
check "Dutch diacritics survive" 'grep -q "Anneke Brüggemann" "$tmp/a.json" && grep -q "energiecoöperatie" "$tmp/a.json"'

"$kiosk" --db "$db" export --session 1 --format json --audience public --out "$tmp/p.json"
check "public export has no closed content" '! grep -qi "vertrouwelijk\|Molenstraat" "$tmp/p.json"'
check "public export has no resident name without consent" '! grep -q "Brüggemann\|06-12345678" "$tmp/p.json"'

"$kiosk" --db "$db" export --session 1 --format png --audience public --out "$tmp/chart.png"; rc=$?
check "the slider chart exports as a PNG" '[ $rc -eq 0 ] && [ "$(head -c 4 "$tmp/chart.png" | tail -c 3)" = PNG ]'

for f in md html csv; do
  "$kiosk" --db "$db" export --session 1 --format $f --audience public --out "$tmp/minutes.$f"; rc=$?
  check "export $f writes a public file with no closed content" '[ $rc -eq 0 ] && [ -s "$tmp/minutes.$f" ] && ! grep -qi "vertrouwelijk\|Molenstraat\|Brüggemann" "$tmp/minutes.$f"'
done
check "the html minutes are one file with no network" '! grep -q "https\?://" "$tmp/minutes.html" && grep -q "data:image/png;base64," "$tmp/minutes.html"'
check "the csv starts with a BOM and ends lines in CRLF" '[ "$(head -c 3 "$tmp/minutes.csv" | od -An -tx1 | tr -d " ")" = efbbbf ] && [ "$(head -1 "$tmp/minutes.csv" | tail -c 2 | od -An -tx1 | tr -d " ")" = 0d0a ]'
err=$("$kiosk" --db "$db" export --session 1 --format docx --audience public --out "$tmp/x.docx" 2>&1); rc=$?
check "an unknown format exits 2 with one line and no file" '[ $rc -eq 2 ] && [ "$(echo "$err" | wc -l)" -eq 1 ] && [ ! -e "$tmp/x.docx" ]'

err=$("$kiosk" --db "$db" purge --before 2999-01-01 2>&1); rc=$?
check "a purge cut-off after today is refused with one line" '[ $rc -eq 2 ] && [ "$(echo "$err" | wc -l)" -eq 1 ] && [[ "$err" == *"after today"* ]]'
"$kiosk" --db "$db" export --session 1 --format json --audience internal --out "$tmp/not-purged.json"
check "and purges nothing" 'grep -q "Brüggemann" "$tmp/not-purged.json"'
out=$("$kiosk" --db "$db" purge --before "$(date +%F)"); rc=$?
check "purge removes residents' personal data and says how much" '[ $rc -eq 0 ] && [[ "$out" == *"idea(s)"* ]]'
"$kiosk" --db "$db" export --session 1 --format json --audience internal --out "$tmp/purged.json"
check "after purge the ideas are kept, their authors not" 'grep -q "bankjes" "$tmp/purged.json" && ! grep -q "Brüggemann\|06-12345678" "$tmp/purged.json"'
err=$("$kiosk" --db "$db" purge --before gisteren 2>&1); rc=$?
check "purge with a bad date exits 2" '[ $rc -eq 2 ] && [[ "$err" == *"--before"* ]]'

printf '{"format": "wijkkiosk-session", "version": 1, "session": {"type": "wijktafel", "title": "X", "ideas": [{"id": "i1", "text": ""}]}}' > "$tmp/bad.json"
err=$("$kiosk" --db "$db" import "$tmp/bad.json" 2>&1 >/dev/null); rc=$?
check "a bad import exits 2" '[ $rc -eq 2 ]'
check "and names the file and the JSON path" '[[ "$err" == *"bad.json"*"\$.session.ideas[0].text"* ]]'
check "and writes nothing" '[ "$("$kiosk" --db "$db" sessions | wc -l)" -eq 2 ]'

err=$("$kiosk" --db "$db" export --session 99 --format json --audience public --out "$tmp/x.json" 2>&1); rc=$?
check "an unknown session exits 2 with one line" '[ $rc -eq 2 ] && [ "$(echo "$err" | wc -l)" -eq 1 ] && [ ! -e "$tmp/x.json" ]'
err=$("$kiosk" --db "$db" export --session 1 --format json --audience public --out "$tmp/no/such/dir/x.json" 2>&1); rc=$?
check "an unwritable path exits 2 and leaves no file" '[ $rc -eq 2 ] && [ -z "$(ls -A "$tmp" | grep tmp-)" ]'

printf '[display]\nfont = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"\nfont_size = "groot"\n' > "$tmp/bad.toml"
err=$("$kiosk" --config "$tmp/bad.toml" --db "$db" sessions 2>&1); rc=$?
check "a bad config exits 2 naming file, line and key" '[ $rc -eq 2 ] && [[ "$err" == *"bad.toml:3: display.font_size"* ]]'

printf 'dit is geen database %.0s' {1..300} > "$tmp/corrupt.db"
cp "$tmp/corrupt.db" "$tmp/corrupt.orig"
err=$("$kiosk" --db "$tmp/corrupt.db" sessions 2>&1); rc=$?
check "a damaged database is reported" '[ $rc -eq 2 ] && [[ "$err" == *"damaged"* ]]'
check "and left as it was" 'cmp -s "$tmp/corrupt.db" "$tmp/corrupt.orig"'

cp "$db" "$tmp/full.db"; "$kiosk" --db "$tmp/full.db" export --session 1 --format json --audience internal --out "$tmp/full-before.json"
size=$(stat -c %s "$tmp/full.db")
err=$( (ulimit -f $((size / 1024 + 4)); for k in 1 2 3 4 5 6 7 8; do "$kiosk" --db "$tmp/full.db" import "$src/assets/demo-session.json" || exit $?; done) 2>&1); rc=$?
check "a full disk (file-size limit) is a clear error, not a crash" '[ $rc -eq 1 -o $rc -eq 2 ] && [[ "$err" == *"disk"* || "$err" == *"full"* ]]'
"$kiosk" --db "$tmp/full.db" export --session 1 --format json --audience internal --out "$tmp/full-after.json"
check "and what was saved before is all there" 'cmp -s "$tmp/full-before.json" "$tmp/full-after.json" && "$kiosk" --db "$tmp/full.db" check >/dev/null'

err=$(env -u SDL_VIDEODRIVER -u DISPLAY -u WAYLAND_DISPLAY timeout 20 "$kiosk" --db "$db" 2>&1); rc=$?
check "with no display the kiosk says so and points at --headless" '[ $rc -eq 1 ] && [[ "$err" == *"--headless"* ]]'

# The planning overview on an imported wijktafel: every configured area under its gebied, each
# planned meeting type with its last date and when the next is due.
pdb=$tmp/planning.db
"$kiosk" --db "$pdb" import "$src/assets/demo-session.json" >/dev/null
plan=$("$kiosk" --db "$pdb" planning --at 2026-12-01); rc=$?
check "planning lists every area under its gebied, three meeting types each" '[ $rc -eq 0 ] && [ "$(echo "$plan" | cut -f1,2 | uniq | wc -l)" = 7 ] && [ "$(echo "$plan" | wc -l)" = 21 ] && [ "$(echo "$plan" | head -1 | cut -f1,2)" = "$(printf "Helmond-Centrum\tBinnenstad")" ]'
check "the imported wijktafel is Brouwhuis's last, the next due two years on" 'echo "$plan" | grep -qx "$(printf "Helmond-Oost\tBrouwhuis\twijktafel\t2026-11-19\t2028-11-19\t\t")"'
check "an area that never had a wijkwerkoverleg is due at once" 'echo "$plan" | grep -qx "$(printf "Helmond-Noord\tStiphout\twijkwerkoverleg\t\t2026-12-01\t\t")"'
pid=$("$kiosk" --db "$pdb" planning add --area Brouwhuis --kind wijkwerkoverleg --date 2027-04-15 --owner Aafke); rc=$?
plan=$("$kiosk" --db "$pdb" planning --at 2027-01-10)
check "a meeting planned ahead shows as the next one, overdue days beside it" '[ $rc -eq 0 ] && echo "$plan" | grep -qx "$(printf "Helmond-Oost\tBrouwhuis\twijkwerkoverleg\t\t2027-01-10\t2027-04-15\t")"'
"$kiosk" --db "$pdb" planning add --area Brouwhuis --kind relatiebeheer --date 2027-02 >/dev/null
check "the year table has the activity in its month, by its letter" '[ "$("$kiosk" --db "$pdb" planning --year 2027 | grep Brouwhuis | cut -f4,6)" = "$(printf "R\tWWO Aafke")" ]'
"$kiosk" --db "$pdb" planning --year 2027 --out "$tmp/jaar.html"
check "and prints as HTML" 'grep -q "Planning per wijk 2027" "$tmp/jaar.html"'
err=$("$kiosk" --db "$pdb" planning add --area Brouwhuis --kind visie --date 2027-02-30 2>&1); rc=$?
check "a planning date that is not a date is refused, naming the field" '[ $rc -eq 2 ] && [[ "$err" == *"--date"*"2027-02-30"* ]]'
err=$("$kiosk" --db "$pdb" planning --at morgen 2>&1); rc=$?
check "planning --at takes a date" '[ $rc -eq 2 ] && [[ "$err" == *"--at"* ]]'
"$kiosk" --db "$pdb" planning remove "$pid"; rc=$?
check "a planned meeting can be taken out again" '[ $rc -eq 0 ] && ! "$kiosk" --db "$pdb" planning --planned | grep -q wijkwerkoverleg'
printf 'budgets = ["wijkbudget"]\n[display]\nfont = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"\n[kiosk]\npin_hash = "$argon2id$v=19$m=8,t=1,p=1$vckezDTIwOAOZoq0XQ8dRg$QTJY7qRdTrE3sULe917WfDOSOslnq/b1fz8LEqzxJE4"\n[[areas]]\nname = "X"\n[meetings.wijktafel]\nevery_months = "vaak"\n' > "$tmp/freq.toml"
err=$("$kiosk" --config "$tmp/freq.toml" --db "$pdb" planning 2>&1); rc=$?
check "a frequency that is not a number is a config error naming the line and key" '[ $rc -eq 2 ] && [[ "$err" == *"freq.toml:9: meetings.wijktafel.every_months"* ]]'

for aud in public internal; do
  "$kiosk" --db "$db" export --session 1 --format werkagenda --audience $aud --out "$tmp/werkagenda-$aud.md"; rc1=$?
  "$kiosk" --db "$db" export --session 1 --format voortgang --audience $aud --out "$tmp/voortgang-$aud.html"; rc2=$?
  check "werkagenda and voortgang export ($aud), Markdown and HTML" '[ $rc1 -eq 0 ] && [ $rc2 -eq 0 ] && grep -q "Met wie, hoe en wanneer?" "$tmp/werkagenda-$aud.md" && grep -q "<html" "$tmp/voortgang-$aud.html" && grep -q "Acties die nog lopen" "$tmp/voortgang-$aud.html"'
done
check "the public werkagenda and voortgang hold nothing closed" '! grep -qi "Molenstraat" "$tmp/werkagenda-public.md" "$tmp/voortgang-public.html" && grep -q "Molenstraat" "$tmp/voortgang-internal.html"'

"$kiosk" --bogus >/dev/null 2>&1; rc=$?
check "an unknown option exits 2" '[ $rc -eq 2 ]'

# Export writes a regular file or a new one, never over a device, a folder or a link.
mkfifo "$tmp/fifo"; mkdir "$tmp/folder"; echo keep > "$tmp/real.md"; ln -s "$tmp/real.md" "$tmp/link.md"
for target in /dev/full "$tmp/fifo" "$tmp/folder" "$tmp/link.md"; do
  err=$("$kiosk" --db "$db" export --session 1 --format md --audience public --out "$target" 2>&1); rc=$?
  check "export --out $target is refused with one line" '[ $rc -eq 2 ] && [ "$(echo "$err" | wc -l)" -eq 1 ] && [[ "$err" == *"$target"* ]]'
done
check "and each is as it was" '[ -c /dev/full ] && [ -p "$tmp/fifo" ] && [ -d "$tmp/folder" ] && [ -L "$tmp/link.md" ] && [ "$(cat "$tmp/real.md")" = keep ]'

# The PIN: never one anyone would guess first, set with set-pin (read twice, never an argument).
for weak in 1111 1234 4321 0123; do
  err=$(printf '%s\n%s\n' $weak $weak | "$kiosk" --db "$tmp/pinset.db" set-pin 2>&1); rc=$?
  check "set-pin refuses $weak with one line" '[ $rc -eq 2 ] && [ "$(echo "$err" | wc -l)" -eq 1 ]'
  "$kiosk" hash-pin $weak >/dev/null 2>&1; rc=$?
  check "hash-pin refuses $weak" '[ $rc -eq 2 ]'
done
err=$(printf '2468\n2469\n' | "$kiosk" --db "$tmp/pinset.db" set-pin 2>&1); rc=$?
check "set-pin refuses two PINs that differ" '[ $rc -eq 2 ] && [[ "$err" == *differ* ]]'
printf '2468\n2468\n' | "$kiosk" --db "$tmp/pinset.db" set-pin >/dev/null 2>&1; rc=$?
stored=$(python3 -c 'import sqlite3,sys; r=sqlite3.connect(sys.argv[1]).execute("SELECT value FROM kiosk_state WHERE key = ?", ("pin_hash",)).fetchone(); print(r[0] if r else "")' "$tmp/pinset.db")
check "set-pin accepts 2468, typed twice, and keeps its Argon2id hash in the database" '[ $rc -eq 0 ] && [[ "$stored" == "\$argon2id\$"* ]]'

# Files as private as their content: the contact list (and the internal session file, which holds
# contacts) is its owner's alone whatever the umask; other exports get what the umask allows.
(umask 022; "$kiosk" --db "$db" export --session 1 --format contacts --audience internal --out "$tmp/contacten.csv")
(umask 022; "$kiosk" --db "$db" export --session 1 --format json --audience internal --out "$tmp/intern.json")
(umask 027; "$kiosk" --db "$db" export --session 1 --format md --audience public --out "$tmp/umask027.md")
(umask 022; "$kiosk" --db "$db" export --session 1 --format md --audience public --out "$tmp/umask022.md")
check "the contact list is 0600 under umask 022" '[ "$(stat -c %a "$tmp/contacten.csv")" = 600 ]'
check "the internal session file too" '[ "$(stat -c %a "$tmp/intern.json")" = 600 ]'
check "public minutes follow the umask: 0640 under 027, 0644 under 022, never widened" '[ "$(stat -c %a "$tmp/umask027.md")" = 640 ] && [ "$(stat -c %a "$tmp/umask022.md")" = 644 ]'

# Bad input at the door: one clear line, exit 2, nothing made or read for ever.
mkdir "$tmp/adir"
err=$("$kiosk" --db "$tmp/adir" sessions 2>&1); rc=$?
check "a folder as --db exits 2 with one line saying so" '[ $rc -eq 2 ] && [ "$(echo "$err" | wc -l)" -eq 1 ] && [[ "$err" == *folder* ]]'
err=$("$kiosk" --db "$tmp/mistyped.db" serve --session 1 --port 0 --bind 127.0.0.1 2>&1); rc=$?
check "serve with a mistyped --db refuses, and makes no empty database" '[ $rc -eq 2 ] && [ ! -e "$tmp/mistyped.db" ] && [[ "$err" == *"no database"* ]]'
timeout 20 "$kiosk" --config /dev/zero sessions >/dev/null 2>"$tmp/zero.err"; rc=$?
check "--config /dev/zero is refused at once, not read (exit 2)" '[ $rc -eq 2 ] && grep -q "not a regular file" "$tmp/zero.err"'
head -c 2000000 /dev/zero | tr "\0" "a" > "$tmp/huge.toml"
"$kiosk" --config "$tmp/huge.toml" sessions >/dev/null 2>"$tmp/huge.err"; rc=$?
check "a config over its size limit is refused" '[ $rc -eq 2 ] && grep -q "larger than" "$tmp/huge.err"'
mkdir "$tmp/langs"; mkfifo "$tmp/langs/tr.toml"
sed -e "s|\"\.\./assets/|\"$src/assets/|" "$src/kiosk-config/kiosk.toml" > "$tmp/fifo.toml"
printf '\n[phones]\nlanguages = "%s"\n' "$tmp/langs" >> "$tmp/fifo.toml"
timeout 20 "$kiosk" --config "$tmp/fifo.toml" --db "$db" serve --session 1 --port 0 --bind 127.0.0.1 >/dev/null 2>"$tmp/fifo.err"; rc=$?
check "a pipe among the phone's language files is refused at once, not waited on" '[ $rc -eq 2 ] && grep -q "tr.toml" "$tmp/fifo.err"'
mkdir "$tmp/langs2"; printf 'name = "Polski"\n[strings]\nvotes = "{n} osoby popieraja"\nvotes_zero = "Nikt jeszcze"\n' > "$tmp/langs2/pl.toml"
sed -e "s|languages = \"$tmp/langs\"|languages = \"$tmp/langs2\"|" "$tmp/fifo.toml" > "$tmp/plural.toml"
err=$("$kiosk" --config "$tmp/plural.toml" --db "$tmp/plural.db" --headless --demo --view home --screenshot "$tmp/plural.png" 2>&1); rc=$?
check "a translation table without its singular stops the start, naming file, line and key" '[ $rc -eq 2 ] && [[ "$err" == *"pl.toml:3"*"votes_one"* ]] && [ ! -e "$tmp/plural.png" ]' || echo "$err"
printf '{"format": "wijkkiosk-session", "version": 1, "session": {"type": "wijktafel", "title": "T", "uid": "%s"}}' "$(printf 'x%.0s' $(seq 64))" > "$tmp/baduid.json"
err=$("$kiosk" --db "$tmp/uid.db" import "$tmp/baduid.json" 2>&1); rc=$?
check "a session uid that is no UUID is refused at import, naming session.uid" '[ $rc -eq 2 ] && [[ "$err" == *"session.uid"* ]]'
chmod 755 "$tmp"; mkdir "$tmp/rodir"; cp "$db" "$tmp/rodir/k.db"; chmod 444 "$tmp/rodir/k.db"; chmod 555 "$tmp/rodir"
listed=$(runuser -u nobody -- "$kiosk" --db "$tmp/rodir/k.db" sessions 2>&1); rc=$?
chmod 755 "$tmp/rodir"
check "a read-only database in a read-only folder can be listed" '[ $rc -eq 0 ] && [[ "$listed" == *"Wijktafel Brouwhuis 2026"* ]]' || echo "$listed"
cp "$db" "$tmp/broken.db"; dd if=/dev/urandom of="$tmp/broken.db" bs=1 count=3000 seek=4096 conv=notrunc status=none
err=$("$kiosk" --db "$tmp/broken.db" sessions 2>&1); rc=$?
check "a damaged database is said in one line" '[ $rc -eq 2 ] && [ "$(echo "$err" | wc -l)" -eq 1 ]' || echo "$err"

# A meeting begun by mistake is removed at the kiosk: gone, and `log --removed` says so.
printf 'size 1280 800\ntap "Nieuwe bijeenkomst"\ntap "Wijkwerkoverleg"\ntap "Rijpelberg"\ntap "Starten"\ntap "Bijeenkomst verwijderen"\ntap "Ja, verwijderen"\nassert-visible "Nog geen bijeenkomst"\n' > "$tmp/remove.wks"
(cd "$tmp" && HOME="$tmp" "$kiosk" --headless --script "$tmp/remove.wks" --db "$tmp/removed.db" >/dev/null 2>&1); rc=$?
removed=$("$kiosk" --db "$tmp/removed.db" log --removed)
check "log --removed lists the removed meeting: when, by whom, uid, date, type, wijk, title" '[ $rc -eq 0 ] && [ "$(echo "$removed" | wc -l)" -eq 1 ] && [ "$(echo "$removed" | cut -f2,5,6)" = "$(printf "facilitator\twijkwerkoverleg\tRijpelberg")" ] && [ -z "$("$kiosk" --db "$tmp/removed.db" sessions)" ]'

# A first start makes no meeting: the kiosk waits on its start screen, and the database holds none.
printf 'size 1280 800\nassert-visible "Nog geen bijeenkomst"\nassert-visible "Nieuwe bijeenkomst"\nscreenshot %s\n' "$tmp/fresh.png" > "$tmp/fresh.wks"
(cd "$tmp" && HOME="$tmp" "$kiosk" --headless --script "$tmp/fresh.wks" --db "$tmp/fresh.db" >/dev/null 2>&1); rc=$?
check "a fresh database holds no meeting after the kiosk's first start" '[ $rc -eq 0 ] && [ -f "$tmp/fresh.db" ] && [ -z "$("$kiosk" --db "$tmp/fresh.db" sessions)" ]'
check "and the planning counts none as held" '[ -z "$("$kiosk" --db "$tmp/fresh.db" planning | awk -F"\t" "\$4 != \"\"")" ]'

# Never over the open database or what belongs to it, whatever the name (its path, ./, a link,
# its -wal and -shm), nor the config; an existing file only when an export of this kiosk wrote it.
cp "$db" "$tmp/guard.db"; ln -s "$tmp/guard.db" "$tmp/guard-link.db"
sed -e "s|\"\.\./assets/|\"$src/assets/|" "$src/kiosk-config/kiosk.toml" > "$tmp/guard.toml"
"$kiosk" --db "$tmp/guard.db" export --session 1 --format json --audience internal --out "$tmp/guard-before.json"
for target in "$tmp/guard.db" ./guard.db "$tmp/guard-link.db" "$tmp/guard.db-wal" ./guard.db-shm; do
  err=$(cd "$tmp" && "$kiosk" --config "$tmp/guard.toml" --db "$tmp/guard.db" export --session 1 --format md --audience public --out "$target" 2>&1); rc=$?
  check "export --out $target onto the open database is refused, naming it" '[ $rc -eq 2 ] && [ "$(echo "$err" | wc -l)" -eq 1 ] && [[ "$err" == *"$target"*"database"* ]]'
done
err=$("$kiosk" --config "$tmp/guard.toml" --db "$tmp/guard.db" export --session 1 --format md --audience public --out "$tmp/guard.toml" 2>&1); rc=$?
check "export --out onto the config is refused" '[ $rc -eq 2 ] && [[ "$err" == *"config"* ]] && grep -q "^\[gemeente\]" "$tmp/guard.toml"'
"$kiosk" --db "$tmp/guard.db" export --session 1 --format json --audience internal --out "$tmp/guard-after.json"
check "and the database is intact, every meeting in it" '[ "$("$kiosk" --db "$tmp/guard.db" check)" = ok ] && cmp -s "$tmp/guard-before.json" "$tmp/guard-after.json" && [ "$("$kiosk" --db "$tmp/guard.db" sessions | wc -l)" = "$("$kiosk" --db "$db" sessions | wc -l)" ]'
echo "mijn eigen aantekeningen" > "$tmp/notes.md"
err=$("$kiosk" --db "$tmp/guard.db" export --session 1 --format md --audience public --out "$tmp/notes.md" 2>&1); rc=$?
check "an existing file no export wrote is left alone (exit 2, one line)" '[ $rc -eq 2 ] && [ "$(echo "$err" | wc -l)" -eq 1 ] && [ "$(cat "$tmp/notes.md")" = "mijn eigen aantekeningen" ]'
"$kiosk" --db "$tmp/guard.db" export --session 1 --format md --audience public --out "$tmp/again.md"
"$kiosk" --db "$tmp/guard.db" export --session 1 --format html --audience public --out "$tmp/again.md"; rc=$?
check "an earlier export's file is replaced by the next export" '[ $rc -eq 0 ] && grep -q "<html" "$tmp/again.md"'

# The wrong-PIN wait survives a restart: wrong PINs in one run, the pad still waits in the next.
wrong='tap "1"
tap "1"
tap "1"
tap "1"
tap "OK"'
open='tap "Tik om te beginnen"
tap "Beheer"'
printf 'size 1280 800\ntap "Vergrendelen"\n%s\n%s\n%s\n%s\nassert-visible "Te vaak een onjuiste pincode"\nidle 31\n%s\nidle 61\n%s\nassert-visible "Te vaak een onjuiste pincode"\n' \
  "$open" "$wrong" "$wrong" "$wrong" "$wrong" "$wrong" > "$tmp/wrong.wks"
printf 'size 1280 800\ntap "Vergrendelen"\n%s\nassert-visible "Te vaak een onjuiste pincode"\n' "$open" > "$tmp/later.wks"
SDL_VIDEODRIVER=offscreen "$kiosk" --headless --script "$tmp/wrong.wks" --db "$tmp/pin.db" >"$tmp/pin1.log" 2>&1; rc1=$?
SDL_VIDEODRIVER=offscreen "$kiosk" --headless --script "$tmp/later.wks" --db "$tmp/pin.db" >"$tmp/pin2.log" 2>&1; rc2=$?
check "wrong PINs make the pad wait, and after a restart it still waits" '[ $rc1 -eq 0 ] && [ $rc2 -eq 0 ]' || cat "$tmp/pin1.log" "$tmp/pin2.log"
check "hash-pin prints an Argon2id hash" '[[ "$("$kiosk" hash-pin 2468)" == "\$argon2id\$v=19\$m=65536,t=2,p=1\$"* ]]'

# A replay script with a negative or absurd number, or an assertion of nothing, is refused
# before it runs: exit 2, one line naming the file and line.
n=0
while IFS= read -r bad; do
  n=$((n+1)); printf 'size 1280 800\n%s\n' "$bad" > "$tmp/bad$n.wks"
  err=$(SDL_VIDEODRIVER=offscreen "$kiosk" --headless --script "$tmp/bad$n.wks" --db "$tmp/replay.db" 2>&1); rc=$?
  check "the replay refuses: $bad" '[ $rc -eq 2 ] && [ "$(echo "$err" | wc -l)" -eq 1 ] && [[ "$err" == *"bad$n.wks:2:"* ]]'
done <<'BAD'
idle -100
idle 1e9
wait -5
drag 10 10 -20 40
tap -5 10
finger-down 0 -1 100
assert-visible ""
assert-hidden "   "
assert-stored ""
wait-for "" 5
tap ""
screenshot ""
open-session -1
BAD

echo "$((fails == 0 ? 1 : 0)) passed, $fails failed" >/dev/null
[ $fails -eq 0 ]
