#!/usr/bin/env bash
# The room's pictures read back as the back row would: rendered headless, then read by OCR
# (tesseract, Dutch). For an imported wijktafel (tests/room/wijktafel.json) at 1920x1080 and
# 1280x800: all five sliders, every public idea of its seven, every opgave and public action of
# its three-opgave plan in the public part; no control's label in any picture; in the public
# phase nothing closed and no resident named without consent.
set -u
kiosk=$1; src=$2; out=$3
mkdir -p "$out"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
command -v tesseract >/dev/null || { echo "FAIL: tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-nld)"; exit 1; }
"$kiosk" --db "$tmp/k.db" import "$src/tests/room/wijktafel.json" >/dev/null || { echo "FAIL: import"; exit 1; }
fails=0
# Words each picture must hold (every one of them, each a distinctive word of an item).
sliders="positionering intern binnen bewoners bestuur politiek communicatie"
ideas="jeu-de-boulesbaan dorpshuis drempels hardrijders verlichting fietspad ontmoetingsplek sporthal parkeerplaatsen basisschool bloembakken kerkstraat repaircafe bibliotheek"
plan="veilig kern ontmoeten meedoen groene verkeersonderzoek schoolroute jongerenwerker inloop bloembakken boomfeestdag"
controls="beantwoorden vergrendelen ongedaan zaalscherm wijzigen bewaking toevoegen +1"
closed="vertrouwelijk molenweg gerda wouters gerard"
jargon=$(grep -v '^#' "$src/tests/jargon.txt")  # plain Dutch: none of these, and no ISO date
read() {  # read FILE: the words tesseract sees, lower case, one text
  tesseract "$1" - -l nld --dpi 300 2>/dev/null | tr '[:upper:]' '[:lower:]' | tr -s '[:space:]' ' '
}
for size in 1920x1080 1280x800; do
  for phase in public closed; do
    flag=(); [ $phase = public ] && flag=(--public)
    for view in sliders ideas plan; do
      f="$out/room-ocr-$view-$phase-$size.png"
      "$kiosk" --db "$tmp/k.db" --headless --session 1 --view $view --room "${flag[@]}" --size "$size" --screenshot "$f" ||
        { echo "FAIL $f: the kiosk did not render it"; fails=$((fails+1)); continue; }
      text=$(read "$f")
      # A long wall turns its pages ("Pagina 1 / 2" in its bar): the second page's words count too.
      if [ $phase = public ] && [[ "$text" == *"pagina 1"* ]]; then
        f2="$out/room-ocr-$view-$phase-$size-page2.png"
        "$kiosk" --db "$tmp/k.db" --headless --session 1 --view $view --room --page 2 "${flag[@]}" --size "$size" --screenshot "$f2" ||
          { echo "FAIL $f2: the kiosk did not render it"; fails=$((fails+1)); continue; }
        text="$text $(read "$f2")"
      fi
      # In the closed part the plan holds one action more and may turn a page: every word is
      # asked of the public pictures; of all, that they show no control.
      missing=""
      if [ $phase = public ]; then for w in ${!view}; do [[ "$text" == *"$w"* ]] || missing="$missing $w"; done; fi
      shown=""
      for w in $controls; do [[ " $text " == *" $w"* ]] && shown="$shown $w"; done
      for w in $jargon; do [[ " $text" == *" $w"* ]] && shown="$shown $w"; done
      [[ "$text" =~ [0-9]{4}-[0-9]{2}-[0-9]{2} ]] && shown="$shown ${BASH_REMATCH[0]}"
      if [ $phase = public ]; then for w in $closed; do [[ "$text" == *"$w"* ]] && shown="$shown $w"; done; fi
      if [ -z "$missing" ] && [ -z "$shown" ]; then echo "ok   $f"
      else
        echo "FAIL $f:${missing:+ missing$missing}${shown:+ shows$shown}"; echo "     read: $text"; fails=$((fails+1))
      fi
    done
  done
done
[ $fails -eq 0 ]
