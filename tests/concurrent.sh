#!/usr/bin/env bash
# Two kiosk processes write one session at once, each adding IDEAS ideas (default 200) through
# the real UI. Every new id is taken in the write transaction, so none is given twice: all
# 2 x IDEAS ideas are stored, under distinct ids, and every one a kiosk confirmed is there.
# A barrier (each waits until the other's first note is on its own screen) makes sure both run
# at the same time, and shows each kiosk picks up the other's edits.
set -u
kiosk=$1; src=$2; ideas=${3:-200}
tmp=$(mktemp -d); [ -n "${KEEP:-}" ] || trap 'rm -rf "$tmp"' EXIT; echo "$tmp"
db=$tmp/k.db
id=$("$kiosk" --db "$db" import "$src/assets/demo-session.json") || { echo "FAIL: import"; exit 1; }
for me in A B; do
  other=$([ $me = A ] && echo B || echo A)
  {
    echo "size 1920 1080"; echo "open-session $id"
    echo "view minutes"
    printf 'tap "Tekst van de notitie"\ntype "Start %s"\ntap "Toevoegen"\nassert-stored "Start %s"\n' $me $me
    printf 'wait-for "Start %s" 120\n' "$other"
    echo "view ideas"
    for n in $(seq 1 "$ideas"); do
      printf 'tap "Idee toevoegen"\ntype "Gelijktijdig %s-%d"\ntap "Opslaan"\nassert-stored "Gelijktijdig %s-%d"\n' $me $n $me $n
    done
  } > "$tmp/$me.wks"
done
SDL_VIDEODRIVER=offscreen "$kiosk" --headless --script "$tmp/A.wks" --db "$db" > "$tmp/A.out" 2>&1 &
a=$!
SDL_VIDEODRIVER=offscreen "$kiosk" --headless --script "$tmp/B.wks" --db "$db" > "$tmp/B.out" 2>&1 &
b=$!
wait $a; ra=$?
wait $b; rb=$?
fails=0
fail() { echo "FAIL: $*"; fails=$((fails + 1)); }
[ $ra -eq 0 ] || fail "kiosk A: $(cat "$tmp/A.out")"
[ $rb -eq 0 ] || fail "kiosk B: $(cat "$tmp/B.out")"
"$kiosk" --db "$db" export --session "$id" --format json --audience internal --out "$tmp/s.json" || fail "export"
# Each stored idea as "id text", one a line.
grep -A1 '"id": "i' "$tmp/s.json" | paste - - - | sed -n 's/.*"id": "\(i[0-9]*\)".*"text": "\(Gelijktijdig [AB]-[0-9]*\)".*/\1 \2/p' > "$tmp/stored"
total=$(wc -l < "$tmp/stored")
distinctIds=$(cut -d' ' -f1 "$tmp/stored" | sort -u | wc -l)
distinctTexts=$(cut -d' ' -f2- "$tmp/stored" | sort -u | wc -l)
[ "$total" -eq $((2 * ideas)) ] || fail "$total ideas stored, not $((2 * ideas))"
[ "$distinctIds" -eq "$total" ] || fail "only $distinctIds distinct ids for $total ideas"
[ "$distinctTexts" -eq $((2 * ideas)) ] || fail "only $distinctTexts of the $((2 * ideas)) ideas are there"
# The two really wrote at the same time: their ideas interleave in the edit log.
switches=$("$kiosk" --db "$db" log --session "$id" | sed -n 's/.*\tsubmit\t.*"Gelijktijdig \([AB]\)-.*/\1/p' | uniq | wc -l)
[ "$switches" -gt 2 ] || fail "the two kiosks did not write at the same time (their edits do not interleave)"
[ "$("$kiosk" --db "$db" check)" = ok ] || fail "integrity_check"
echo "two kiosks, $ideas ideas each: $total stored, $distinctIds distinct ids, writers alternated $switches times"
[ $fails -eq 0 ]
