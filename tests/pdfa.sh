#!/usr/bin/env bash
# Issue 35: the minutes as PDF/A-2u, checked on the real files the way veraPDF would where Debian
# has the tools (veraPDF is not packaged): qpdf finds no error, the XMP packet says part 2 level U
# and agrees with the Info dictionary (title, author, tool, producer, both dates), the language is
# nl-NL, one output intent carries Debian's sRGB profile, the trailer has an ID, nothing is
# encrypted or runs, every font is embedded with a Unicode map, the structure tags cairo 1.16 can
# write are there (headings, paragraphs, lists, tables), and poppler and LibreOffice open it.
set -u
kiosk=$1; src=$2; out=$3
mkdir -p "$out"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp  # LibreOffice keeps a profile in $HOME
fail() { echo "FAIL: $*"; exit 1; }
profile=/usr/share/color/icc/colord/sRGB.icc
[ -f "$profile" ] || fail "no sRGB profile at $profile (apt-get install colord-data)"
command -v qpdf >/dev/null || fail "qpdf is not installed (apt-get install qpdf)"
id=$("$kiosk" --db "$tmp/k.db" import "$src/tests/export/scripts-session.json") || fail "import"
"$kiosk" --db "$tmp/k.db" export --session "$id" --format pdf --audience public --out "$tmp/public.pdf" || fail "export pdf public"
"$kiosk" --db "$tmp/k.db" export --session "$id" --format pdf --audience internal --out "$tmp/internal.pdf" || fail "export pdf internal"
"$kiosk" --db "$tmp/k.db" export --session "$id" --format archief --audience public --out "$tmp/pakket" >/dev/null || fail "export archief"
for f in public.pdf internal.pdf pakket/verslag.pdf; do
  pdf=$tmp/$f
  qpdf --check "$pdf" > "$tmp/check" 2>&1 || fail "$f: qpdf --check: $(cat "$tmp/check")"
  grep -q "No syntax or stream encoding errors" "$tmp/check" || fail "$f: qpdf --check: $(cat "$tmp/check")"
  head -c 8 "$pdf" | grep -q '^%PDF-1\.[4-7]' || fail "$f: header $(head -c 8 "$pdf"), not PDF 1.4 to 1.7 (PDF/A-2)"
  qpdf --json --json-stream-data=inline "$pdf" > "$tmp/pdf.json" || fail "$f: qpdf --json"
  python3 "$src/tests/pdfa_check.py" "$tmp/pdf.json" "$profile" > "$tmp/problems" || fail "$f: $(cat "$tmp/problems")"
  pdffonts "$pdf" > "$tmp/fonts" || fail "$f: poppler cannot read the fonts"
  [ "$(awk 'NR > 2' "$tmp/fonts" | wc -l)" -ge 1 ] || fail "$f: no fonts listed"
  awk 'NR > 2 && ($(NF-4) != "yes" || $(NF-2) != "yes") { bad = 1 } END { exit bad }' "$tmp/fonts" || fail "$f: a font not embedded or without Unicode: $(cat "$tmp/fonts")"
  pdftotext "$pdf" - | grep -q "Wijktafel Binnenstad" || fail "$f: poppler does not read the title"
  pdfinfo "$pdf" | grep -q "^Metadata Stream: *yes" || fail "$f: poppler sees no metadata stream"
  pdfinfo "$pdf" | grep -q "^Tagged: *yes" || fail "$f: poppler sees no structure tags"
done
cmp -s <(pdftotext "$tmp/public.pdf" -) <(pdftotext "$tmp/pakket/verslag.pdf" -) || fail "the package's minutes read other than the public export"

# LibreOffice opens it (its PDF import, as an advisor would) and reads the same title.
cd "$tmp"
soffice --headless --infilter=writer_pdf_import --convert-to odt --outdir lo public.pdf >/dev/null 2>&1 || fail "LibreOffice cannot open the PDF/A"
[ -s lo/public.odt ] || fail "LibreOffice made nothing of the PDF/A"
unzip -p lo/public.odt content.xml | grep -q "Wijktafel Binnenstad" || fail "LibreOffice does not read the title in the PDF/A"
pdftoppm -png -r 50 -f 1 -l 1 "$tmp/public.pdf" "$out/minutes-pdfa" || fail "pdftoppm"
echo "ok: PDF/A-2u minutes (public, internal, in the package): qpdf clean, XMP = Info, nl-NL, sRGB intent, fonts embedded with Unicode"
