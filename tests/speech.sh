#!/usr/bin/env bash
# "Lees voor" (espeak-ng, Dutch voice), with the config's [speech] wav so the speech lands in a
# file instead of the speakers: a resident's tap on an idea writes its text as speech whose length
# sox measures; a closed idea asked for in a public part writes nothing; the welcome is read; a
# missing voice hides the button and says why in one line.
set -u
kiosk=$1; src=$2
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
fails=0
check() { if eval "$2"; then echo "ok   $1"; else echo "FAIL $1"; fails=$((fails+1)); fi; }
command -v soxi >/dev/null || { echo "FAIL: sox is not installed (apt-get install sox)"; exit 1; }
config() {  # config FILE VOICE: the kiosk's config, speaking into $tmp/lees.wav with VOICE
  sed -e "s|\"\.\./assets/|\"$src/assets/|" -e "s|^# wav = .*|wav = \"$tmp/lees.wav\"\nvoice = \"$2\"|" "$src/kiosk-config/kiosk.toml" > "$1"
}
config "$tmp/k.toml" nl
seconds() { soxi -D "$1" 2>/dev/null || echo 0; }
louder() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a > b) }'; }

# A resident taps "Lees voor" on the first idea of the wall.
printf 'open-session demo\ntap "Vergrendelen"\ntap "Tik om te beginnen"\ntap "Ideeën"\ntap "Lees voor"\n' > "$tmp/idea.wks"
(cd "$tmp" && "$kiosk" --config "$tmp/k.toml" --db "$tmp/k.db" --headless --script "$tmp/idea.wks" 2>"$tmp/idea.err"); rc=$?
check "the replay ran" '[ $rc -eq 0 ]' || cat "$tmp/idea.err"
len=$(seconds "$tmp/lees.wav")
check "an idea's text is spoken into the WAV file (sox: $len s)" 'louder "$len" 2'
check "the speech is not silence" '[ "$(sox "$tmp/lees.wav" -n stat 2>&1 | awk "/RMS +amplitude/ {print (\$3 > 0.01)}")" = 1 ]'
# Longer text, longer speech: the words were read, not a fixed sound.
printf 'open-session demo\nread-aloud welcome\n' > "$tmp/welcome.wks"
rm -f "$tmp/lees.wav"; (cd "$tmp" && "$kiosk" --config "$tmp/k.toml" --db "$tmp/k.db" --headless --script "$tmp/welcome.wks" 2>/dev/null)
check "the welcome screen is read" '[ -s "$tmp/lees.wav" ]'
# A closed idea in a public part: asked for as a forged or stale button would, nothing is said.
printf 'open-session demo\nphase public\nread-aloud idea i8\n' > "$tmp/closed.wks"
rm -f "$tmp/lees.wav"; (cd "$tmp" && "$kiosk" --config "$tmp/k.toml" --db "$tmp/k.db" --headless --script "$tmp/closed.wks" 2>/dev/null)
check "a closed idea is never read in a public part" '[ ! -e "$tmp/lees.wav" ]'
printf 'open-session demo\nphase public\nread-aloud idea i1\n' > "$tmp/open.wks"
(cd "$tmp" && "$kiosk" --config "$tmp/k.toml" --db "$tmp/k.db" --headless --script "$tmp/open.wks" 2>/dev/null)
check "while a public idea is, in the same part" '[ -s "$tmp/lees.wav" ]'
# No such voice: no button, and one line saying why.
config "$tmp/novoice.toml" xx-geen
printf 'open-session demo\ntap "Ideeën"\nassert-hidden "Lees voor"\n' > "$tmp/novoice.wks"
err=$(cd "$tmp" && "$kiosk" --config "$tmp/novoice.toml" --db "$tmp/k.db" --headless --script "$tmp/novoice.wks" 2>&1); rc=$?
check "a missing voice hides the button and says why in one line" '[ $rc -eq 0 ] && [ "$(grep -c "Lees voor" <<<"$err")" -eq 1 ] && [[ "$err" == *"xx-geen"* ]]' || echo "$err"
[ $fails -eq 0 ]
