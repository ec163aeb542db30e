#!/usr/bin/env bash
# Power cuts: the kiosk runs headless through a long replay of edits (notes typed and saved on
# the minutes screen) and is killed with SIGKILL at a random moment, TRIALS times (default 50)
# on the same database. After each kill the database passes PRAGMA integrity_check, the session
# reopens, and every note the replay had confirmed as stored (assert-stored) is there.
set -u
kiosk=$1; src=$2; trials=${3:-50}
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
source "$src/tests/powercut_lib.sh"
db=$tmp/k.db
id=$("$kiosk" --db "$db" import "$src/assets/demo-session.json") || { echo "FAIL: import"; exit 1; }
RANDOM=20261123
expected=$tmp/expected; : > "$expected"
lost=0; confirmed=0
for trial in $(seq 1 "$trials"); do
  # The script, and which line confirms which note.
  script=$tmp/t$trial.wks; map=$tmp/map$trial
  { echo "size 1280 800"; echo "open-session $id"; echo "view minutes"; } > "$script"; : > "$map"
  line=3
  for n in $(seq 1 200); do
    printf 'tap "Tekst van de notitie"\ntype "Stroom %d-%d"\ntap "Toevoegen"\nassert-stored "Stroom %d-%d"\n' $trial $n $trial $n >> "$script"
    line=$((line + 4)); echo "$line Stroom $trial-$n" >> "$map"
  done
  WK_REPLAY_PROGRESS=1 SDL_VIDEODRIVER=offscreen "$kiosk" --headless --script "$script" --db "$db" > "$tmp/progress" 2>"$tmp/err" &
  pid=$!
  # The cut comes at a random moment after the first edit is confirmed (line 7), however long
  # the start takes on a busy machine: waited for, never guessed.
  for _ in $(seq 1200); do
    [ "$(awk '/^done /{n=$2} END{print n+0}' "$tmp/progress")" -ge 7 ] && break
    kill -0 $pid 2>/dev/null || break
    sleep 0.05
  done
  sleep "0.$((RANDOM % 10))$((RANDOM % 10))"   # 0 to 0.99 s more: during later edits
  kill -KILL $pid 2>/dev/null; wait $pid 2>/dev/null
  last=$(awk '/^done /{n=$2} END{print n+0}' "$tmp/progress")
  awk -v last="$last" '$1 <= last {print $2" "$3}' "$map" >> "$expected"
  missing=$(lost_after_cut "$trial" "$expected") || exit 1  # every confirmed note in the reopened session
  if [ -n "$missing" ]; then
    while read -r note; do echo "FAIL trial $trial: $note was confirmed, then lost"; lost=$((lost + 1)); done <<< "$missing"
  fi
done
confirmed=$(wc -l < "$expected")
echo "power cut: $trials trials, $confirmed confirmed edits, $lost lost"
[ "$lost" -eq 0 ] && [ "$confirmed" -gt 0 ]
