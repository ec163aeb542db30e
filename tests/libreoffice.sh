#!/usr/bin/env bash
# The advisor's check: the action plan CSV opens in LibreOffice with its columns intact and no
# formula run, and the HTML minutes print (to PDF) on A4. The public export holds no closed part.
set -u
kiosk=$1; src=$2; out=$3
mkdir -p "$out"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
export HOME=$tmp  # LibreOffice keeps a profile in $HOME
fail() { echo "FAIL: $*"; exit 1; }
id=$("$kiosk" --db "$tmp/k.db" import "$src/tests/export/tricky-session.json") || fail "import"
for a in public internal; do
  for f in md html csv json; do
    "$kiosk" --db "$tmp/k.db" export --session "$id" --format $f --audience $a --out "$tmp/$a.$f" || fail "export $f $a"
  done
done
for f in md html csv json; do
  ! grep -q "GEHEIM-MARKER" "$tmp/public.$f" || fail "public.$f holds closed content"
  ! grep -q "Ria Smit\|ria@example.nl" "$tmp/public.$f" || fail "public.$f names a resident without consent"
done
grep -q "GEHEIM-MARKER" "$tmp/internal.html" || fail "internal.html lacks the closed part"

# CSV as a double click would open it: ';', '"', UTF-8; then written back as plain CSV.
cd "$tmp"
soffice --headless --infilter="CSV:59,34,76,1" --convert-to xlsx internal.csv >/dev/null 2>&1 || fail "LibreOffice cannot open the CSV"
soffice --headless --convert-to "csv:Text - txt - csv (StarCalc):59,34,76,1" --outdir back internal.xlsx >/dev/null 2>&1 || fail "xlsx back to csv"
back=back/internal.csv
[ -f "$back" ] || fail "no $back"
records=$(grep -c '^' "$back")
# Header, three actions; the second has a line break inside its quoted "what".
[ "$records" -eq 5 ] || fail "expected 4 records on 5 lines, got $records lines: $(cat "$back")"
plain=back/plain.csv  # LibreOffice quotes every text cell; the checks below look past that
tr -d '"' < "$back" > "$plain"
head -1 "$plain" | grep -q '^Nr\.;Opgave;Wat;' || fail "header: $(head -1 "$back")"
cols=$(head -1 "$plain" | tr -cd ';' | wc -c)
[ "$cols" -eq 15 ] || fail "header has $((cols+1)) columns"
grep -q "^1;Schoon & heel;'=HYPERLINK(http://evil.example;klik)" "$plain" || fail "the formula-like text was not kept as text: $(sed -n 2p "$back")"
grep -q ";'+1 per week;" "$plain" || fail "+ not neutralised: $(sed -n 2p "$back")"
grep -q "Café’s geteld: één" "$plain" || fail "diacritics did not survive"
grep -q ";2026-12-31;" "$plain" || fail "ISO date not kept"

# The plan as XLSX (libxlsxwriter): LibreOffice reads deadlines as date cells and amounts as
# numbers, formula-like text stays text, the header is frozen with a filter; the public one holds
# nothing closed.
for a in public internal; do
  "$kiosk" --db "$tmp/k.db" export --session "$id" --format xlsx --audience $a --out "$tmp/plan-$a.xlsx" || fail "export xlsx $a"
  soffice --headless --convert-to fods --outdir xlsxback "plan-$a.xlsx" >/dev/null 2>&1 || fail "LibreOffice cannot open the $a XLSX"
  [ -s "xlsxback/plan-$a.fods" ] || fail "no xlsxback/plan-$a.fods"
done
grep -q 'office:value-type="date" office:date-value="2026-12-31"' xlsxback/plan-internal.fods || fail "the deadline is not a date cell in the XLSX"
! grep -q "table:formula" xlsxback/plan-internal.fods || fail "the XLSX plan holds a formula"
grep -q "=HYPERLINK" xlsxback/plan-internal.fods || fail "the formula-like text was not kept as text in the XLSX"
grep -q "Café’s geteld: één" xlsxback/plan-internal.fods || fail "diacritics did not survive the XLSX"
grep -q 'table:display-filter-buttons="true"' xlsxback/plan-internal.fods || fail "the XLSX header has no filter"
unzip -p plan-internal.xlsx xl/worksheets/sheet1.xml | grep -q 'state="frozen"' || fail "the XLSX header is not frozen"
grep -q "GEHEIM-MARKER" xlsxback/plan-internal.fods || fail "the internal XLSX lacks the closed action"
! grep -q "GEHEIM-MARKER" xlsxback/plan-public.fods || fail "the public XLSX holds a closed action"

# The HTML minutes print to PDF on A4 through Writer, as opening them in Writer would (the default
# Writer/Web import puts a blank page before any HTML, ours or not), page 1 opens with the title,
# and page 1 is kept as PNG to be looked at.
soffice --headless --infilter="HTML (StarWriter)" --convert-to pdf:writer_pdf_Export internal.html >/dev/null 2>&1 \
  || fail "LibreOffice cannot print the HTML"
[ -s internal.pdf ] || fail "no PDF"
pdfinfo internal.pdf | grep -q "^Page size:.*(A4)" || fail "not A4: $(pdfinfo internal.pdf | grep 'Page size')"
pdftotext -f 1 -l 1 internal.pdf - | tr -s "\n " "  " | grep -q "Wijkwerkoverleg Binnenstad <b>2026</b> & co" \
  || fail "page 1 does not open with the title: $(pdftotext -f 1 -l 1 internal.pdf - | head -3)"
pdftoppm -png -r 60 -f 1 -l 1 internal.pdf "$out/minutes-print" || fail "pdftoppm"

# The ODT minutes, the editable master copy: a valid package (mimetype first, stored), nothing
# closed or unconsented in the public one and no contact in either; LibreOffice opens it and
# prints it to A4 PDF with every heading of the minutes, and reads its headings as heading
# styles (its HTML has the same h1-h3 as ours), its tables as tables and its chart as an image.
chart=$("$kiosk" --db "$tmp/k.db" import "$src/tests/golden/small-internal.json") || fail "import small"
for a in public internal; do
  for sid in "$id" "$chart"; do
    "$kiosk" --db "$tmp/k.db" export --session "$sid" --format odt --audience $a --out "$tmp/odt-$sid-$a.odt" || fail "export odt $a"
    "$kiosk" --db "$tmp/k.db" export --session "$sid" --format html --audience $a --out "$tmp/odt-$sid-$a.html" || fail "export html $a"
    [ "$(unzip -Z1 "$tmp/odt-$sid-$a.odt" | head -1)" = mimetype ] || fail "the ODT's first entry is not mimetype"
    unzip -Zv "$tmp/odt-$sid-$a.odt" mimetype | grep -q "compression method:.*none (stored)" || fail "the ODT's mimetype is compressed"
    [ "$(unzip -p "$tmp/odt-$sid-$a.odt" mimetype)" = application/vnd.oasis.opendocument.text ] || fail "the ODT's mimetype"
    unzip -p "$tmp/odt-$sid-$a.odt" content.xml styles.xml meta.xml > "$tmp/odt-$sid-$a.xml"
    ! grep -q "ria@example.nl\|jan@example.nl" "$tmp/odt-$sid-$a.xml" || fail "the $a ODT holds a resident's contact"
  done
done
! grep -q "GEHEIM-MARKER\|Ria Smit" "$tmp/odt-$id-public.xml" || fail "the public ODT holds closed content or an unconsented name"
grep -q "GEHEIM-MARKER" "$tmp/odt-$id-internal.xml" || fail "the internal ODT lacks the closed part"
grep -q '<dc:title>Wijkwerkoverleg Binnenstad &lt;b&gt;2026&lt;/b&gt; &amp; co</dc:title>' "$tmp/odt-$id-public.xml" || fail "the ODT's title"
headings() {  # the h1-h3 texts of an HTML file, one a line, tags and spacing taken out
  python3 - "$1" <<'PY'
import html.parser, sys
class H(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(); self.depth = 0; self.text = ""
    def handle_starttag(self, tag, attrs):
        if tag in ("h1", "h2", "h3"): self.depth += 1; self.text = ""
    def handle_endtag(self, tag):
        if tag in ("h1", "h2", "h3") and self.depth:
            self.depth -= 1; print(tag, " ".join(self.text.split()))
    def handle_data(self, data):
        if self.depth: self.text += data
H().feed(open(sys.argv[1], encoding="utf-8").read())
PY
}
for sid in "$id" "$chart"; do
  for a in public internal; do
    base=odt-$sid-$a
    soffice --headless --convert-to pdf --outdir odtpdf "$base.odt" >/dev/null 2>&1 || fail "LibreOffice cannot print the $a ODT"
    pdfinfo "odtpdf/$base.pdf" | grep -q "^Page size:.*(A4)" || fail "the ODT does not print on A4"
    soffice --headless --convert-to "html:XHTML Writer File:UTF8" --outdir odthtml "$base.odt" >/dev/null 2>&1 || fail "LibreOffice cannot read the $a ODT"
    headings "$base.html" > "$base.ours"
    headings "odthtml/$base.html" > "$base.theirs"
    [ -s "$base.ours" ] && diff "$base.ours" "$base.theirs" >&2 || fail "the $a ODT's headings are not the minutes' heading styles (diff above)"
    text=$(pdftotext "odtpdf/$base.pdf" - | tr -s "\n " "  ")
    while read -r level heading; do
      [[ "$text" == *"$heading"* ]] || fail "the ODT's PDF lacks the heading \"$heading\""
    done < "$base.ours"
    grep -q "<table" "odthtml/$base.html" || fail "the ODT's tables are not tables"
  done
done
grep -q "<img" "odthtml/odt-$chart-internal.html" || fail "the ODT's chart is not an image"
unzip -p "odt-$chart-internal.odt" content.xml | grep -q "<svg:desc>" || fail "the ODT's chart has no alternative text"
pdftoppm -png -r 60 -f 1 -l 1 "odtpdf/odt-$chart-internal.pdf" "$out/minutes-odt" || fail "pdftoppm"
echo "ok: csv columns intact in LibreOffice, the xlsx plan with date cells, html printed to PDF, the ODT with its headings"
