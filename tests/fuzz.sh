#!/usr/bin/env bash
# Runs each libFuzzer target for SECONDS (default 60) on a seed corpus of the tree's real files.
# A crash, an escaped exception, a hang or a sanitizer report fails the run and keeps the input.
set -u
bin=$1; src=$2; seconds=${3:-60}
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
# Two targets at a time, one per core: each is a single process.
run() {
  local name=$1; shift
  local seeds=(); for d in "$@"; do [ -d "$d" ] && seeds+=("$d"); done
  set -- "${seeds[@]}"
  mkdir -p "$work/$name"
  {
    echo "fuzz-$name: ${seconds}s, seeds: $*"
    if ! "$bin/fuzz-$name" "$work/$name" "$@" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
         -artifact_prefix="$bin/fuzz-$name-" -print_final_stats=1 2>"$work/$name.log"; then
      echo "FAIL fuzz-$name:"; tail -40 "$work/$name.log"; touch "$work/$name.failed"
    else
      grep -E "stat::number_of_executed_units|stat::new_units_added" "$work/$name.log" | sed "s/^/  /"
    fi
  } > "$work/$name.out"
}
run Config "$src/kiosk-config" "$src/tests/replay" "$src/tests/fuzz/found/Config" &
run Import "$src/assets" "$src/tests/export" "$src/tests/golden" "$src/tests/fuzz/found/Import" &
wait
run Replay "$src/tests/replay" "$src/tests/fuzz/found/Replay" &
run Phone "$src/tests/fuzz/phone" "$src/tests/fuzz/found/Phone" &
wait
cat "$work"/*.out
! ls "$work"/*.failed >/dev/null 2>&1
