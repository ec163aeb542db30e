#!/usr/bin/env bash
# Runs one replay script on a fresh database; its screenshots land in the build folder.
set -u
kiosk=$1; script=$2; out=$3
mkdir -p "$out"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# A script with a .toml beside it runs with that config (another answer scheme, say).
config=(); [ -f "${script%.wks}.toml" ] && config=(--config "${script%.wks}.toml")
cd "$out" && SDL_VIDEODRIVER=offscreen "$kiosk" --headless --script "$script" --db "$tmp/k.db" "${config[@]}"
