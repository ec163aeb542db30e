#!/usr/bin/env bash
# Renders every screen of the demo headless, closed and public, at the two kiosk sizes, and
# checks each PNG has the asked size. The files stay in the build folder to be looked at.
set -u
kiosk=$1; out=$2
mkdir -p "$out"
fails=0
for size in 1920x1080 1280x800; do
  w=${size%x*}; h=${size#*x}
  for view in home sliders ideas plan minutes; do
    for phase in closed public; do
      f="$out/$view-$phase-$size.png"
      flag=""; [ $phase = public ] && flag=--public
      if ! "$kiosk" --headless --demo --view $view $flag --screenshot "$f" --size $size; then
        echo "FAIL $f: exit $?"; fails=$((fails+1)); continue
      fi
      read -r pw ph < <(od -An -tu1 -j16 -N8 "$f" | awk '{print $3*256+$4, $7*256+$8}')
      if [ "$pw" = "$w" ] && [ "$ph" = "$h" ]; then echo "ok   $f"; else echo "FAIL $f is ${pw}x${ph}"; fails=$((fails+1)); fi
    done
  done
done
# The same kiosk in English with the high-contrast theme, as a config can set it.
src=$(cd "$(dirname "$0")/.." && pwd)
sed -e 's/^language = "nl"/language = "en"/' -e 's/^high_contrast = false/high_contrast = true/' \
    -e "s|\"\.\./assets/|\"$src/assets/|" "$src/kiosk-config/kiosk.toml" > "$out/en-contrast.toml"
for view in home ideas; do
  f="$out/$view-en-contrast-1280x800.png"
  if "$kiosk" --config "$out/en-contrast.toml" --headless --demo --view $view --screenshot "$f" --size 1280x800; then
    echo "ok   $f"
  else
    echo "FAIL $f"; fails=$((fails+1))
  fi
done
[ $fails -eq 0 ]
