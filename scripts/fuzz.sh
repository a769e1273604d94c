#!/usr/bin/env bash
# Builds the libFuzzer harnesses (clang, AddressSanitizer, UndefinedBehaviorSanitizer) and runs
# each for SECONDS (default 60), starting from its corpus: the inputs kept in
# tests/fuzz/corpus/<name>/ and the real files it reads (resources/, examples/). Fails on any
# crash, leak, sanitizer report, Qt warning, input slower than 1 s or memory over 512 MB; the
# input is left as build-fuzz/crash-* (or leak-*, timeout-*, oom-*) to add to the corpus.
#
#   scripts/fuzz.sh [SECONDS]      fuzz every harness for SECONDS
#   scripts/fuzz.sh --regression   run every harness once over its corpus (scripts/test.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh

CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=Debug \
    -DURDESK_FUZZ=ON -DURDESK_BUILD_TESTS=OFF >/dev/null
harnesses=(policy facts casefile vocabulary restore options)
cmake --build build-fuzz --target "${harnesses[@]/#/fuzz_}"

seeds() { # the real files each harness starts from
    case "$1" in
        policy) echo resources/policies ;;
        facts) echo resources/facts ;;
        casefile) echo examples/*/ ;;
        vocabulary) echo resources/drugs ;;
        restore) ;; # a database: its corpus holds a new one
        options) ;; # command lines: its corpus holds the README's
    esac
}

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp
export QT_QPA_PLATFORM=offscreen
limits=(-timeout=1 -rss_limit_mb=512 -malloc_limit_mb=512)

for name in "${harnesses[@]}"; do
    corpus=tests/fuzz/corpus/$name
    mkdir -p "$corpus"
    if [ "${1:-}" = "--regression" ]; then
        # Every input once: the kept ones and the real files.
        inputs=$(find "$corpus" $(seeds "$name") -type f -name '*' ! -name '.*' | sort)
        # shellcheck disable=SC2086
        build-fuzz/tests/fuzz/fuzz_$name "${limits[@]}" $inputs 2>build-fuzz/fuzz_$name.log ||
            { tail -40 build-fuzz/fuzz_$name.log; echo "fuzz_$name: failed (see above)"; exit 1; }
        echo "fuzz_$name: $(echo "$inputs" | wc -l) inputs, no crash"
    else
        # New inputs go to a scratch corpus; what crashes lands in build-fuzz/ to be kept.
        work=build-fuzz/corpus-$name
        mkdir -p "$work"
        # shellcheck disable=SC2046
        (cd build-fuzz && tests/fuzz/fuzz_$name "${limits[@]}" -max_total_time="${1:-60}" \
            -print_final_stats=1 -dict=../tests/fuzz/$name.dict "../$work" \
            $(for d in "$corpus" $(seeds "$name"); do echo "../$d"; done)) \
            2>build-fuzz/fuzz_$name.log ||
            { tail -40 build-fuzz/fuzz_$name.log; echo "fuzz_$name: failed (see above)"; exit 1; }
        grep -E "stat::number_of_executed_units|stat::peak_rss_mb" build-fuzz/fuzz_$name.log |
            sed "s/^/fuzz_$name: /"
    fi
done
