#!/usr/bin/env bash
# `make stress`: the seed rendered STRESS_RENDERS times (default 1,000,000) in one process on
# every core, no HTTP (Benchmarks/folio-stress): first TSAN_RENDERS times (default 2,000) in a
# ThreadSanitizer build, which must report nothing, then in the release build for the figures
# (renders/s and RSS every STRESS_REPORT renders; RSS must stay flat). Fails on any failed
# render, a render of another size, or a ThreadSanitizer report.
#   STRESS_THREADS=n   threads (default: one per core)     SKIP_TSAN=1   release run only
#   SKIP_RELEASE=1     ThreadSanitizer run only
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
SEED=samples/wic2018/wic-plenary.txt
RENDERS=${STRESS_RENDERS:-1000000}
TSAN_RENDERS=${TSAN_RENDERS:-2000}
THREADS=${STRESS_THREADS:-$(nproc)}
REPORT=${STRESS_REPORT:-10000}
note() { printf 'stress: %s\n' "$*" >&2; }

if [[ "${SKIP_TSAN:-0}" != 1 ]]; then
    note "ThreadSanitizer build (.build-tsan)"
    swift build -c debug --sanitize=thread --scratch-path .build-tsan --product folio-stress >&2
    TSAN_BIN=$(swift build -c debug --sanitize=thread --scratch-path .build-tsan --show-bin-path)/folio-stress
    LOG=$(mktemp "${TMPDIR:-/tmp}/folio-stress-tsan.XXXXXX")
    note "ThreadSanitizer run: $TSAN_RENDERS renders on $THREADS threads (report: $LOG)"
    status=0
    TSAN_OPTIONS="halt_on_error=1 exitcode=66 suppressions=$ROOT/Benchmarks/tsan-suppressions.txt ${TSAN_OPTIONS:-}" "$TSAN_BIN" --renders "$TSAN_RENDERS" \
        --threads "$THREADS" --report-every $(( TSAN_RENDERS / 4 > 0 ? TSAN_RENDERS / 4 : 1 )) "$SEED" 2>"$LOG" || status=$?
    if [[ $status != 0 ]] || grep -q "ThreadSanitizer" "$LOG"; then
        head -60 "$LOG" >&2
        note "ThreadSanitizer run failed (exit $status; full report in $LOG)"
        exit 1
    fi
    note "ThreadSanitizer: no report"
    rm -f "$LOG"
fi
if [[ "${SKIP_RELEASE:-0}" != 1 ]]; then
    note "release build"
    scripts/build-release.sh --product folio-stress >&2
    BIN=$(scripts/build-release.sh --show-bin-path)/folio-stress
    "$BIN" --renders "$RENDERS" --threads "$THREADS" --report-every "$REPORT" "$SEED"
fi
