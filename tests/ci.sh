#!/usr/bin/env bash
# Every check CI runs, in one go (the README's test command ends here):
#  1. Release build (-Werror) and the whole ctest suite: units, CLI, screenshots, replays,
#     golden files, LibreOffice, power cuts (50 SIGKILLs), a short monkey.
#  2. The same suite built with clang, AddressSanitizer and UndefinedBehaviorSanitizer (but the
#     tests of other programs: Tesseract, Chromium, LibreOffice, PostgreSQL, dpkg).
#  3. The touch monkey under the sanitizers: 100,000 random taps, drags and key presses.
#  4. libFuzzer on the config parser, the session import, the replay parser and the phone's
#     requests, FUZZ_SECONDS each (default 30), two at a time.
set -euo pipefail
cd "$(dirname "$0")/.."
src=$(pwd)
jobs=$(nproc)
step() { echo; echo "== $* ($(date +%H:%M:%S))"; }

# ccache (when installed, as the README's test command installs it): a clean clone builds what an
# earlier run on this machine built already from the cache. Paths under the tree hash as relative
# ones, so clones at different places share it.
if command -v ccache > /dev/null; then
  export CMAKE_C_COMPILER_LAUNCHER=ccache CMAKE_CXX_COMPILER_LAUNCHER=ccache CCACHE_BASEDIR="$src" CCACHE_NOHASHDIR=1
  ccache --zero-stats > /dev/null
fi

step "browser test modules (playwright-core, axe-core; Debian's chromium is the browser)"
npm ci --prefix tests --no-audit --no-fund

step "Release build and tests"
# Built as the Debian package builds it (Debian's hardening flags and -O2, installed under /usr), so the
# package test packages this tree instead of compiling the program a third time. No -g: the
# package strips it anyway, and debug information only slows the build.
(
  eval "$(DEB_BUILD_MAINT_OPTIONS=hardening=+all dpkg-buildflags --export=sh)"
  export CXXFLAGS="$(echo " $CXXFLAGS $CPPFLAGS " | sed 's/ -g / /')" CFLAGS="$(echo " $CFLAGS $CPPFLAGS " | sed 's/ -g / /')"
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DWK_WERROR=ON \
    -DCMAKE_CXX_FLAGS_RELEASE="-O2 -DNDEBUG" -DCMAKE_INSTALL_PREFIX=/usr -DCMAKE_INSTALL_SYSCONFDIR=/etc -DCMAKE_INSTALL_LOCALSTATEDIR=/var
)
cmake --build build -j"$jobs"
(cd build && ctest --output-on-failure -j"$jobs")

step "ASan + UBSan build (clang), with libFuzzer coverage"
# -O1 with line tables: quick to build, still readable stack traces.
CC=clang CXX=clang++ cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -gline-tables-only" \
  -DWK_SANITIZE=ON -DWK_FUZZ=ON -DWK_WERROR=ON
# What the sanitizer pass runs: the kiosk, both test programs, the monkey, the fuzzers (not the bench).
targets="wijkkiosk wijkkiosk-tests wijkkiosk-ui-tests wijkkiosk-monkey png-check fuzz-Config fuzz-Import fuzz-Replay fuzz-Phone"
grep -q "^X11_FOUND:BOOL=TRUE\|^X11_X11_LIB:FILEPATH=/" build-asan/CMakeCache.txt && targets="$targets x-close"
cmake --build build-asan -j"$jobs" --target $targets
# Mesa and SDL keep driver state for the life of the process; their allocations are not ours.
export LSAN_OPTIONS="suppressions=$src/tests/lsan.supp:print_suppressions=0"
# intercept_tls_get_addr=0: with Debian 12's glibc, LSan (clang 14) reads a bogus range for the
# dynamic TLS of Mesa's dlopen'd driver and its tracer crashes ("Tracer caught signal 11") when a
# leak check runs with the driver loaded; not tracking that TLS can only add reports, not hide one.
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:intercept_tls_get_addr=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
step "the whole suite under the sanitizers"
# Tests of other programs (Tesseract, Chromium, LibreOffice, PostgreSQL, dpkg) and of real timing
# (the power cuts) run in the Release pass only: under the sanitizers they test nothing of ours
# that the units, the replays and the fuzzers do not. The screenshot test's pictures are the
# replays' screens again: under the sanitizers the replays draw every one of them.
(cd build-asan && ctest --output-on-failure -j"$jobs" -E "^(libreoffice|invitation|voice|agree|powercut|phones_powercut|package|room_ocr|languages_ocr|agenda|screenshots|phones|minutes_web|archive|publish|big_meeting|core_tests_link_no_window)$")

step "touch monkey under the sanitizers"
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
HOME=$tmp SDL_VIDEODRIVER=offscreen build-asan/tests/wijkkiosk-monkey --events "${MONKEY_EVENTS:-100000}" --db "$tmp/monkey.db"

step "fuzzing"
bash tests/fuzz.sh build-asan/tests "$src" "${FUZZ_SECONDS:-30}"
command -v ccache > /dev/null && { echo "ccache:"; ccache --show-stats | grep -Ei "hits|misses" || true; }
step "all checks passed"
