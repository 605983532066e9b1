#!/usr/bin/env bash
# Fuzzes every reader and the reconciliation with libFuzzer (cargo fuzz), SECONDS each.
#   scripts/fuzz.sh [SECONDS] [TARGET...]     default: 30 s, every target
# Seeds come from the project's fixtures; crashes land in fuzz/artifacts/<target>/.
# Prints the executions per target and exits non-zero if any target found a crash.
# cargo fuzz needs nightly compiler flags; RUSTC_BOOTSTRAP=1 lets the stable toolchain take them.
set -euo pipefail
cd "$(dirname "$0")/.."

SECONDS_EACH="${1:-30}"
shift || true
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
    TARGETS=(read_text read_workbook read_document read_qr reconcile_pair)
fi

if ! cargo fuzz --version >/dev/null 2>&1; then
    echo "installing cargo-fuzz from crates.io" >&2
    cargo install cargo-fuzz --locked
fi
export RUSTC_BOOTSTRAP=1

FIX=crates/fapiao-core/tests/fixtures
BAD=tests/fixtures/bad
seed() { # seed TARGET PATTERN...: copy matching fixtures (under 1 MiB) into the target's corpus
    local target="$1"; shift
    local dir="fuzz/corpus/$target"
    mkdir -p "$dir"
    for pattern in "$@"; do
        find "$FIX" "$BAD" -type f -iname "$pattern" -size -1024k -exec cp -n {} "$dir/" \; 2>/dev/null || true
    done
}
seed read_text '*.csv' '*.tsv' '*.txt'
seed read_workbook '*.xlsx' '*.xls' '*.ods'
seed read_document '*.xml' '*.ofd'
seed read_qr 'qr_*.txt'
# The QR fixture holds one payload a line: one seed each.
grep -hv '^#' "$FIX/qr/qr_payloads.txt" | awk 'NF { print > ("fuzz/corpus/read_qr/line_" NR ".txt") }'
seed reconcile_pair '*.csv'

cargo fuzz build --release

status=0
summary=()
for t in "${TARGETS[@]}"; do
    log="fuzz/artifacts/$t.log"
    mkdir -p "fuzz/artifacts/$t"
    echo "== $t: ${SECONDS_EACH}s" >&2
    if cargo fuzz run --release "$t" "fuzz/corpus/$t" -- \
        -max_total_time="$SECONDS_EACH" -timeout=1 -rss_limit_mb=2048 -max_len=65536 \
        -print_final_stats=1 >"$log" 2>&1; then
        result=ok
    else
        result="CRASH (see $log and fuzz/artifacts/$t/)"
        status=1
    fi
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    summary+=("$(printf '%-16s %12s executions  %s' "$t" "${execs:-?}" "$result")")
done
printf '%s\n' "${summary[@]}"
exit $status
