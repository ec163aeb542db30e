#!/usr/bin/env bash
# Issue 35: a meeting's archive package as an archivist receives it. Every MDTO file validates
# against the Nationaal Archief's schema (../shared/standards, never copied into the project);
# the manifest holds for sha256sum and for `wijkkiosk verify`, which names a changed, a missing
# and an added file; a full folder is refused; a config without an archive key names it and
# writes nothing; no package holds a contact, a public one nothing closed and no name without
# consent.
set -u
kiosk=$1; src=$2; out=$3
mkdir -p "$out"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fail() { echo "FAIL: $*"; exit 1; }
# The shared standards folder beside the project's checkout, or where WK_STANDARDS says.
schema="${WK_STANDARDS:-$src/../shared/standards}/MDTO-XML1.0.1.xsd"
[ -f "$schema" ] || fail "the MDTO schema is not at $schema (the shared standards folder beside the checkout, or set WK_STANDARDS)"
command -v xmllint >/dev/null || fail "xmllint is not installed (apt-get install libxml2-utils)"
id=$("$kiosk" --db "$tmp/k.db" import "$src/tests/export/tricky-session.json") || fail "import"
for a in public internal; do
  "$kiosk" --db "$tmp/k.db" export --session "$id" --format archief --audience $a --out "$tmp/$a" >/dev/null || fail "export archief $a"
  n=0
  for x in "$tmp/$a"/*.mdto.xml; do
    xmllint --noout --schema "$schema" "$x" 2>"$tmp/err" || fail "$(basename "$x") ($a) does not validate: $(cat "$tmp/err")"
    n=$((n+1))
  done
  [ "$n" -eq 7 ] || fail "$a: $n MDTO files, not one per file and one for the meeting (7)"
  grep -q "Dit is het leidende bestand" "$tmp/$a/leesmij.txt" || fail "$a: no leesmij.txt saying which file leads"
  (cd "$tmp/$a" && sha256sum --quiet -c manifest-sha256.txt) || fail "$a: sha256sum disagrees with the manifest"
  "$kiosk" verify "$tmp/$a" >/dev/null || fail "$a: verify finds a fresh package changed"
  pdftotext "$tmp/$a/verslag.pdf" "$tmp/$a.pdf.txt" || fail "$a: poppler cannot read the minutes"
  unzip -p "$tmp/$a/verslag.odt" content.xml > "$tmp/$a.odt.txt" || fail "$a: the ODT is no package"
  # Everything a person could read in it, in one place.
  cat "$tmp/$a"/*.csv "$tmp/$a"/*.json "$tmp/$a"/*.xml "$tmp/$a"/*.txt "$tmp/$a.pdf.txt" "$tmp/$a.odt.txt" > "$tmp/$a.all"
  ! grep -q "ria@example.nl" "$tmp/$a.all" || fail "$a: a contact in the package"
done
! grep -q "GEHEIM-MARKER" "$tmp/public.all" || fail "public: a closed word in the package"
! grep -q "Ria Smit" "$tmp/public.all" || fail "public: a name without consent in the package"
grep -q "GEHEIM-MARKER" "$tmp/internal.all" || fail "internal: the closed part is missing"
grep -q "<begripLabel>Openbaar</begripLabel>" "$tmp/public/bijeenkomst.informatieobject.mdto.xml" || fail "public: beperkingGebruik is not Openbaar"
grep -q "<begripLabel>Intern</begripLabel>" "$tmp/internal/bijeenkomst.informatieobject.mdto.xml" || fail "internal: beperkingGebruik is not Intern"
grep -q "<identificatieKenmerk>gm0794</identificatieKenmerk>" "$tmp/public/bijeenkomst.informatieobject.mdto.xml" || fail "no archiefvormer by its TOOI code"
grep -Eq "<checksumDatum>[0-9-]{10}T[0-9:]{8}([+-][0-9]{2}:[0-9]{2}|Z)</checksumDatum>" "$tmp/public/verslag.pdf.bestand.mdto.xml" \
  || fail "the checksum's date has no offset from UTC: $(grep -o '<checksumDatum>[^<]*' "$tmp/public/verslag.pdf.bestand.mdto.xml")"
[ "$(stat -c %a "$tmp/internal/sessie.json")" = 600 ] || fail "the internal package's files are not the owner's only"
cp -r "$tmp/public" "$out/archief-openbaar"

# A byte changed, a file gone, a file added: verify names each, exit 1.
cp -r "$tmp/public" "$tmp/changed"
printf 'X' | dd of="$tmp/changed/verslag.odt" bs=1 seek=100 conv=notrunc 2>/dev/null
rm "$tmp/changed/ideeen.csv"
echo extra > "$tmp/changed/extra.txt"
"$kiosk" verify "$tmp/changed" > "$tmp/verify" && fail "verify passed a changed package"
[ $? -eq 1 ] || fail "verify's exit is not 1"
grep -q "^verslag.odt: changed" "$tmp/verify" || fail "verify does not name the changed file: $(cat "$tmp/verify")"
grep -q "^ideeen.csv: missing" "$tmp/verify" || fail "verify does not name the missing file: $(cat "$tmp/verify")"
grep -q "^extra.txt: not in the manifest" "$tmp/verify" || fail "verify does not name the added file: $(cat "$tmp/verify")"
"$kiosk" verify "$tmp" >/dev/null 2>&1; [ $? -eq 2 ] || fail "a folder without a manifest is not refused as no package"

# Into a folder that holds something: refused, nothing in it changed.
"$kiosk" --db "$tmp/k.db" export --session "$id" --format archief --audience public --out "$tmp/changed" 2>"$tmp/err" && fail "a full folder was written to"
grep -q "not empty" "$tmp/err" || fail "the refusal does not say why: $(cat "$tmp/err")"
[ -f "$tmp/changed/extra.txt" ] && [ ! -f "$tmp/changed/ideeen.csv" ] || fail "the full folder was changed"

# A config without the archive's keys: the package names the key and writes nothing; the minutes still go.
sed -e "s#\.\./assets/#$src/assets/#" -e '/^archiefvormer/d' "$src/kiosk-config/kiosk.toml" > "$tmp/no-archief.toml"
"$kiosk" --config "$tmp/no-archief.toml" --db "$tmp/k.db" export --session "$id" --format archief --audience public --out "$tmp/none" 2>"$tmp/err" &&
  fail "a package without archiefvormer"
grep -q "gemeente.archiefvormer" "$tmp/err" || fail "the missing key is not named: $(cat "$tmp/err")"
[ ! -e "$tmp/none" ] || fail "a folder was made without the package"
"$kiosk" --config "$tmp/no-archief.toml" --db "$tmp/k.db" export --session "$id" --format md --audience public --out "$tmp/v.md" || fail "the minutes fail without the archive's keys"
awk '/^\[meetings.wijkwerkoverleg\]/ {print; skip=1; next} skip && /^waardering/ {next} {print}' "$src/kiosk-config/kiosk.toml" |
  sed -e "s#\.\./assets/#$src/assets/#" > "$tmp/no-waardering.toml"
"$kiosk" --config "$tmp/no-waardering.toml" --db "$tmp/k.db" export --session "$id" --format archief --audience public --out "$tmp/none" 2>"$tmp/err" &&
  fail "a package without waardering"
grep -q "meetings.wijkwerkoverleg.waardering" "$tmp/err" || fail "the missing waardering is not named: $(cat "$tmp/err")"
# The minutes adopted at the kiosk: the next package says so, the earlier one said concept.
grep -q "<begripLabel>Concept</begripLabel>" "$tmp/public/bijeenkomst.informatieobject.mdto.xml" || fail "a package before adoption is not a concept"
cat > "$tmp/adopt.wks" <<'WKS'
size 1280 800
open-session 1
view minutes
assert-visible "Dit verslag is nog een concept."
tap "Verslag vaststellen"
assert-visible "Terug naar concept"
WKS
(cd "$tmp" && SDL_VIDEODRIVER=offscreen "$kiosk" --headless --script "$tmp/adopt.wks" --db "$tmp/k.db") || fail "adopting the minutes at the kiosk"
"$kiosk" --db "$tmp/k.db" export --session "$id" --format archief --audience public --out "$tmp/adopted" >/dev/null || fail "export after adoption"
grep -q "<begripLabel>Vastgesteld</begripLabel>" "$tmp/adopted/bijeenkomst.informatieobject.mdto.xml" || fail "the adopted minutes' package does not say Vastgesteld"
xmllint --noout --schema "$schema" "$tmp/adopted/bijeenkomst.informatieobject.mdto.xml" 2>/dev/null || fail "the adopted informatieobject does not validate"
pdftotext "$tmp/adopted/verslag.pdf" - | grep -q "Verslag: vastgesteld op" || fail "the adopted minutes do not say so"
"$kiosk" --db "$tmp/k.db" log --session "$id" | grep -q $'\tadopt-minutes\t' || fail "the adoption is not in the edit log"
echo "ok   archive packages: MDTO valid, manifest holds, verify names changes, nothing closed or unconsented in public"
