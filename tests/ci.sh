#!/usr/bin/env bash
# Every check CI runs, in one go (the README's test command ends here):
#  1. Release build (-Werror) and the whole ctest suite: units, CLI, screenshots, replays,
#     golden files, LibreOffice, power cuts (50 SIGKILLs), a short monkey.
#  2. The same suite built with clang, AddressSanitizer and UndefinedBehaviorSanitizer.
#  3. The touch monkey under the sanitizers: 100,000 random taps, drags and key presses.
#  4. libFuzzer on the config parser, the session import and the replay parser, FUZZ_SECONDS
#     each (default 60).
set -euo pipefail
cd "$(dirname "$0")/.."
src=$(pwd)
jobs=$(nproc)
step() { echo; echo "== $* ($(date +%H:%M:%S))"; }

step "browser test modules (playwright-core, axe-core; Debian's chromium is the browser)"
npm ci --prefix tests --no-audit --no-fund

step "Release build and tests"
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DWK_WERROR=ON
cmake --build build -j"$jobs"
(cd build && ctest --output-on-failure -j"$jobs")

step "ASan + UBSan build (clang), with libFuzzer coverage"
# -O1 with line tables: quick to build, still readable stack traces.
CC=clang CXX=clang++ cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
  -DWK_SANITIZE=ON -DWK_FUZZ=ON -DWK_WERROR=ON
cmake --build build-asan -j"$jobs"
# Mesa and SDL keep driver state for the life of the process; their allocations are not ours.
export LSAN_OPTIONS="suppressions=$src/tests/lsan.supp:print_suppressions=0"
# intercept_tls_get_addr=0: with Debian 12's glibc, LSan (clang 14) reads a bogus range for the
# dynamic TLS of Mesa's dlopen'd driver and its tracer crashes ("Tracer caught signal 11") when a
# leak check runs with the driver loaded; not tracking that TLS can only add reports, not hide one.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:intercept_tls_get_addr=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
step "the whole suite under the sanitizers"
# LibreOffice and the power cut test other programs' behaviour and real timing: Release only.
(cd build-asan && ctest --output-on-failure -j"$jobs" -E "^(libreoffice|powercut|package)$")

step "touch monkey under the sanitizers"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
HOME=$tmp SDL_VIDEODRIVER=offscreen build-asan/tests/wijkkiosk-monkey --events "${MONKEY_EVENTS:-100000}" --db "$tmp/monkey.db"

step "fuzzing"
bash tests/fuzz.sh build-asan/tests "$src" "${FUZZ_SECONDS:-60}"
step "all checks passed"
