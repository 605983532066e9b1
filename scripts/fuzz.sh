#!/usr/bin/env bash
# Fuzzes every reader and the reconciliation with libFuzzer (cargo fuzz), SECONDS each.
#   scripts/fuzz.sh [SECONDS] [TARGET...]     default: 30 s, every target
# SANITIZER=none builds without AddressSanitizer: several times more executions per second,
# for long runs that count executions (panics, hangs and the RSS limit are still caught;
# memory errors in unsafe code are not, so keep the default for short checks).
# MAX_LEN caps the input size (default 65536); a smaller cap runs many more inputs a second.
# TRACE_COMPARES=0 builds and runs with `--no-trace-compares`: libFuzzer no longer records
# every comparison (about half the time of a run), for more executions a second at the cost of
# solving fewer magic values; it builds into fuzz/target-fast so the default build is kept.
# RUNS=N stops each target after N executions in all (libFuzzer -runs, summed across the
# restarts after a slow input), as well as after SECONDS: "10 million each" is
#   SANITIZER=none TRACE_COMPARES=0 RUNS=10000000 scripts/fuzz.sh 100000 TARGET
# Seeds come from the project's fixtures; crashes land in fuzz/artifacts/<target>/.
# Prints the executions per target and exits non-zero if any target found a crash.
# cargo fuzz needs nightly compiler flags; RUSTC_BOOTSTRAP=1 lets the stable toolchain take them.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_EACH="${1:-30}"
shift || true
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
    TARGETS=(read_text read_workbook read_document read_image read_qr reconcile_pair)
fi

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "installing cargo-fuzz from crates.io" >&2
    cargo install cargo-fuzz --locked
fi
export RUSTC_BOOTSTRAP=1

FIX=crates/fapiao-core/tests/fixtures
BAD=tests/fixtures/bad
seed() { # seed TARGET PATTERN...: copy matching fixtures (under $MAX_SEED) into the target's corpus
    local target="$1"; shift
    local dir="fuzz/corpus/$target"
    mkdir -p "$dir"
    for pattern in "$@"; do
        find "$FIX" "$BAD" -type f -iname "$pattern" -size "-${MAX_SEED:-1024k}" -exec cp -n {} "$dir/" \; 2>/dev/null || true
    done
}
seed read_text '*.csv' '*.tsv' '*.txt'
seed read_workbook '*.xlsx' '*.xls' '*.ods'
seed read_document '*.xml' '*.ofd'
# Small pictures only: a 2400 x 3200 page scan takes seconds to search under the sanitizer,
# which is over the 1 s timeout before fuzzing starts.
MAX_SEED=8k seed read_image '*.png' '*.jpg' '*.pdf'
seed read_qr 'qr_*.txt'
# The QR fixture holds one payload a line: one seed each.
grep -hv '^#' "$FIX/qr/qr_payloads.txt" | awk 'NF { print > ("fuzz/corpus/read_qr/line_" NR ".txt") }'
seed reconcile_pair '*.csv'

# Flags for both `cargo fuzz build` and `cargo fuzz run`: run rebuilds when they differ.
FLAGS=(--release --sanitizer "${SANITIZER:-address}")
TARGET_DIR=fuzz/target
if [ "${TRACE_COMPARES:-1}" = 0 ]; then
    TARGET_DIR=fuzz/target-fast
    FLAGS+=(--no-trace-compares --target-dir "$PWD/$TARGET_DIR")
fi
RUNS="${RUNS:-0}" # 0: no limit on executions
cargo fuzz build "${FLAGS[@]}"

# libFuzzer stops at the first crash or timeout. A timeout is re-run alone: on a machine shared
# with other builds a 300 ms input can overrun 1 s, so one that runs alone within 1,000 ms is
# counted ("slow under load") and fuzzing resumes from the corpus until the target's time (or
# RUNS) is spent. Executions are counted from each run's final stats and add up across restarts.
BIN=$TARGET_DIR/x86_64-unknown-linux-gnu/release
# within_1s TARGET FILE: runs FILE alone up to three times (libFuzzer's -timeout counts whole
# seconds, so it is set high and the time libFuzzer prints, "Executed FILE in N ms", is read
# instead); true when one run took 1,000 ms or less.
within_1s() {
    local ms
    for _ in 1 2 3; do
        ms=$("$BIN/$1" -timeout=10 -rss_limit_mb=2048 "$2" 2>&1 | tee -a "$log" |
            sed -n 's/^Executed .* in \([0-9]*\) ms$/\1/p')
        echo "re-run alone: ${ms:+$ms ms}${ms:-no time (crashed or over 10 s)}" >>"$log"
        [ -n "$ms" ] && [ "$ms" -le 1000 ] && return 0
    done
    return 1
}
status=0
summary=()
for t in "${TARGETS[@]}"; do
    log="fuzz/artifacts/$t.log"
    mkdir -p "fuzz/artifacts/$t"
    echo "== $t: ${SECONDS_EACH}s$([ "$RUNS" -gt 0 ] && echo " or $RUNS executions")" >&2
    : >"$log"
    execs=0 crashes=0 slow=0
    started=$SECONDS
    deadline=$((SECONDS + SECONDS_EACH))
    while [ $SECONDS -lt "$deadline" ] && { [ "$RUNS" -eq 0 ] || [ "$execs" -lt "$RUNS" ]; }; do
        before=$(ls "fuzz/artifacts/$t" | wc -l)
        runs=()
        [ "$RUNS" -gt 0 ] && runs=(-runs=$((RUNS - execs)))
        cargo fuzz run "${FLAGS[@]}" "$t" "fuzz/corpus/$t" -- \
            -max_total_time=$((deadline - SECONDS)) "${runs[@]}" -timeout=1 -rss_limit_mb=2048 \
            -max_len="${MAX_LEN:-65536}" -print_final_stats=1 >>"$log" 2>&1 || true
        n=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
        execs=$((execs + ${n:-0}))
        sed -i 's/stat::number_of_executed_units/counted::number_of_executed_units/' "$log"
        [ "$(ls "fuzz/artifacts/$t" | wc -l)" -gt "$before" ] || break
        newest="fuzz/artifacts/$t/$(ls -t "fuzz/artifacts/$t" | head -1)"
        case "$newest" in
            */timeout-*)
                if within_1s "$t" "$newest"; then
                    slow=$((slow + 1)); mv "$newest" "${newest/timeout-/slow-under-load-}"
                else
                    crashes=$((crashes + 1)); break
                fi ;;
            *) crashes=$((crashes + 1)); break ;;
        esac
    done
    if [ "$crashes" -gt 0 ]; then
        result="CRASH (see $log and fuzz/artifacts/$t/)"
        status=1
    else
        result=ok
    fi
    took=$((SECONDS - started))
    summary+=("$(printf '%-16s %12s executions in %6ss (%6s/s)  %s  (%s slow under load)' \
        "$t" "$execs" "$took" "$((execs / (took > 0 ? took : 1)))" "$result" "$slow")")
    echo "${summary[-1]}" >&2
done
printf '%s\n' "${summary[@]}"
exit $status
