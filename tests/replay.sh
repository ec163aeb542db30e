#!/usr/bin/env bash
# Runs one replay script on a fresh database; its screenshots land in the build folder.
set -u
kiosk=$1; script=$2; out=$3
mkdir -p "$out"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
# A script with a .toml beside it runs with that config (another answer scheme, say).
config=(); [ -f "${script%.wks}.toml" ] && config=(--config "${script%.wks}.toml")
# HOME is the temporary folder: an export from the kiosk lands there, not in the real home.
cd "$out" && HOME="$tmp" SDL_VIDEODRIVER=offscreen "$kiosk" --headless --script "$script" --db "$tmp/k.db" "${config[@]}"
