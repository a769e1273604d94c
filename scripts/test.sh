#!/usr/bin/env bash
# Installs what is missing, builds URDesk with AddressSanitizer and UndefinedBehaviorSanitizer,
# warnings as errors, and runs every test (GUI tests on the offscreen platform), then every
# kept fuzzer input through the readers (scripts/fuzz.sh --regression).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
cmake -S . -B build-test -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DURDESK_SANITIZE=ON -DURDESK_WERROR=ON -DURDESK_BUILD_TESTS=ON
cmake --build build-test
export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp
ctest --test-dir build-test --output-on-failure --timeout 600 "$@"
# Every input the readers' fuzzers keep, and the real files, once through each harness.
bash scripts/fuzz.sh --regression
