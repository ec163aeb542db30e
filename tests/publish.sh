#!/usr/bin/env bash
# Issue 33's "done when": `publish` writes the public website per wijk (tests/letters/ and
# tests/publish/: closed code words ZWAARDVIS and ZEEKOE, residents with and without consent, with
# contacts); an idea's number page says the answer as the kiosk does; no closed word, no resident's
# name and no contact in any file; a folder with anything but an earlier publication is refused and
# left as it was; a new publication replaces the earlier one whole; axe-core finds nothing in
# Chromium at 1280 and 390 pixels; `--archive URL publish` as the public reader role writes the
# same site, and an archive that role cannot read writes nothing.
set -u
kiosk=$1; src=$2; out=$3
mkdir -p "$out"
tmp=$(mktemp -d)
. "$src/tests/pg.sh"
trap 'pg_stop; rm -rf "$tmp"' EXIT
fails=0
fail() { echo "FAIL $*"; fails=$((fails + 1)); }
config=$src/kiosk-config/kiosk.toml  # Brouwhuis BH (with a map), Stiphout ST
db=$tmp/k.db
run() { "$kiosk" --config "$config" --db "$db" "$@"; }
for f in letters/wijktafel.json letters/vervolg.json publish/stiphout.json; do
  run import "$src/tests/$f" >/dev/null || { echo "FAIL: import $f"; exit 1; }
done
site=$tmp/site
run publish --out "$site" > "$tmp/said" || { echo "FAIL: publish: $(cat "$tmp/said")"; exit 1; }
for f in index.html toegankelijkheid.html brouwhuis/index.html stiphout/index.html idee/BH-1-1.html idee/ST-1-1.html brouwhuis/kaart.png; do
  [ -s "$site/$f" ] || fail "the site lacks $f"
done
# An idea's page says the answer as the kiosk does: the kiosk's own record of it, in its words.
run export --session 1 --format json --audience internal --out "$tmp/s1.json" || fail "export"
python3 - "$tmp/s1.json" "$site/idee/BH-1-1.html" <<'PY' || fail "idea page BH-1-1 does not say the kiosk's answer"
import html, json, re, sys
s = json.load(open(sys.argv[1]))["session"]
idea = next(i for i in s["ideas"] if i.get("number") == "BH-1-1")
r = idea["response"]
months = "januari februari maart april mei juni juli augustus september oktober november december".split()
y, m, d = r["due"].split("-")
page = html.unescape(re.sub(r"<[^>]+>", " ", open(sys.argv[2]).read()))
page = re.sub(r"\s+", " ", page)
want = [idea["text"], {"ooit": "Ooit", "nu": "Nu", "nooit": "Nooit"}[r["value"]], "Toelichting " + r["motivation"],
        "Voorwaarde " + r["condition"], "Definitief antwoord uiterlijk " + f"{int(d)} {months[int(m) - 1]} {y}"]
missing = [w for w in want if w not in page]
if missing: print("missing:", missing, "in", page[:800]); sys.exit(1)
PY
grep -q 'href="\.\./idee/ST-1-1.html"' "$site/stiphout/index.html" || fail "the wijk page does not link its ideas"
grep -q 'class="pin" style="left:30.0%;top:50.0%" href="\.\./idee/BH-2-1.html"' "$site/brouwhuis/index.html" || fail "the idea's pin on the map"
grep -q 'Afgesproken met Afdeling Buitenruimte, klaar in maart 2027' "$site/stiphout/index.html" || fail "the plan's promise in words"
grep -q 'gepland 6 oktober 2026 → lopend 2 november 2026' "$site/stiphout/index.html" || fail "the action's history"
# Nothing closed, no resident's name (with consent or without), no contact, in any file.
leaks=$(grep -rlE 'ZWAARDVIS|ZEEKOE|Anna Jansen|Piet de Boer|Karel|Marie Smit|Johan Visser|Fatma|Henk Willems|Gerda Bakker|Ria Stil|Hans Ambtenaar|@example\.nl|06-12345678|0492 123 456|98765432' "$site")
[ -z "$leaks" ] || fail "closed words, names or contacts in: $leaks"
grep -q '\[naam\] en \[naam\] helpen' "$site"/stiphout/*.html || fail "the residents' names in the note were not replaced"
grep -q 'Namen van bewoners staan hier niet' "$site"/stiphout/2026-*.html || fail "the web minutes do not say they name no resident"
grep -q 'wijkadviseur' "$site"/stiphout/2026-*.html && fail "the web minutes list who was there (a role names the person at a small meeting)"
grep -q 'Staat uw nummer er niet bij?' "$site/index.html" || fail "the home page does not say why a number may be missing"
echo "ok   publish: the site per wijk, the answer as the kiosk says it, nothing closed, no name, no contact"

# Bad input: a folder holding anything else is refused in one line and left as it was.
mkdir -p "$tmp/other" && echo mine > "$tmp/other/notes.txt"
run publish --out "$tmp/other" 2> "$tmp/err"; rc=$?
[ $rc -eq 2 ] && [ "$(wc -l < "$tmp/err")" -eq 1 ] && grep -q "$tmp/other" "$tmp/err" && [ "$(ls "$tmp/other")" = notes.txt ] \
  || fail "a foreign folder was not refused in one line naming it (rc $rc): $(cat "$tmp/err")"
echo stray > "$site/stray.html"
run publish --out "$site" 2> "$tmp/err" && fail "a publication with a stray file was written over"
[ -s "$site/index.html" ] && [ -s "$site/stray.html" ] || fail "the refused folder was changed"
rm "$site/stray.html"
# A new publication replaces the earlier one whole: a page no longer made is gone.
mkdir -p "$site/oud" && echo old > "$site/oud/pagina.html" && echo "oud/pagina.html" >> "$site/.wijkkiosk-publicatie"
run publish --out "$site" >/dev/null || fail "publishing again"
[ -e "$site/oud/pagina.html" ] || [ -d "$site/oud" ] && fail "the earlier publication's page stayed"
[ $fails -eq 0 ] && echo "ok   publish: a foreign folder refused and untouched; the earlier publication replaced whole"

# As the website's reader at the office: the archive's public view only.
pg_start || exit 1
"$kiosk" --config "$config" --archive "$PG_PUBLIC_URL" publish --out "$tmp/nothing" 2> "$tmp/err"; rc=$?
[ $rc -eq 1 ] && [ "$(wc -l < "$tmp/err")" -eq 1 ] && [ ! -e "$tmp/nothing" ] || fail "an archive the public role cannot read (rc $rc): $(cat "$tmp/err")"
run --archive "$PG_URL" archive push >/dev/null || fail "archive push"
"$kiosk" --config "$config" --archive "$PG_PUBLIC_URL" publish --out "$tmp/office" >/dev/null || fail "publish from the archive"
diff -r "$site" "$tmp/office" > "$tmp/diff" || fail "the archive's site differs from the kiosk's: $(head -20 "$tmp/diff")"
[ $fails -eq 0 ] && echo "ok   publish: the archive's public role writes the same site; an archive it cannot read writes nothing"

# WCAG 2.1 AA in Chromium, a desk and a phone.
[ -d "$src/tests/node_modules/playwright-core" ] || { echo "FAIL: run npm ci --prefix tests first"; exit 1; }
(cd "$src/tests" && node export/axe.mjs "$out" "$site/index.html" "$site/brouwhuis/index.html" "$site/idee/BH-1-1.html" \
  "$site/toegankelijkheid.html" "$(ls "$site"/stiphout/2026-*.html | head -1)") || fails=$((fails + 1))
[ $fails -eq 0 ]
