#!/usr/bin/env bash
# Runs one replay script on a fresh database; its screenshots land in the build folder.
set -u
kiosk=$1; script=$2; out=$3
mkdir -p "$out"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
cd "$out" && SDL_VIDEODRIVER=offscreen "$kiosk" --headless --script "$script" --db "$tmp/k.db"
