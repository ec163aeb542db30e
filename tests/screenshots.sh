#!/usr/bin/env bash
# Renders every screen of the demo headless, closed and public, at the two kiosk sizes, the
# console's and the room's picture of it, and
# checks each PNG has the asked size and is a picture (not blank, not one colour). The files
# stay in the build folder to be looked at.
set -u
kiosk=$1; out=$2; pngcheck=$3
mkdir -p "$out"
fails=0
shot() {  # shot FILE WIDTH HEIGHT ARGS...: renders, then checks the picture
  local f=$1 w=$2 h=$3; shift 3
  "$kiosk" "$@" --screenshot "$f" --size "${w}x$h"
  local rc=$?
  if [ $rc -ne 0 ]; then echo "FAIL $f: the kiosk exited with $rc"; fails=$((fails+1)); return; fi
  if msg=$("$pngcheck" "$f" "$w" "$h"); then echo "ok   $f"; else echo "FAIL $msg"; fails=$((fails+1)); fi
}
for size in 1920x1080 1280x800; do
  w=${size%x*}; h=${size#*x}
  for view in home sliders ideas plan minutes; do
    for phase in closed public; do
      flag=(); [ $phase = public ] && flag=(--public)
      shot "$out/$view-$phase-$size.png" "$w" "$h" --headless --demo --view $view "${flag[@]}"
      shot "$out/room-$view-$phase-$size.png" "$w" "$h" --headless --demo --view $view --room "${flag[@]}"
    done
  done
done
# The same kiosk in English with the high-contrast theme, as a config can set it.
src=$(cd "$(dirname "$0")/.." && pwd)
sed -e 's/^language = "nl"/language = "en"/' -e 's/^high_contrast = false/high_contrast = true/' \
    -e "s|\"\.\./assets/|\"$src/assets/|" "$src/kiosk-config/kiosk.toml" > "$out/en-contrast.toml"
for view in home ideas; do
  shot "$out/$view-en-contrast-1280x800.png" 1280 800 --config "$out/en-contrast.toml" --headless --demo --view $view
done
[ $fails -eq 0 ]
