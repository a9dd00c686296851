#!/usr/bin/env bash
# Archive benchmarks: `folio archive add` articles/s with 1 and 2 processes, `verify` MB/s,
# and `search` latency on an archive of COUNT articles (default 10,000).
#
# usage: Benchmarks/archive-bench.sh [COUNT]    (FOLIO=path to use a given binary)
# Prints a Markdown table on stdout; progress on stderr. Release build.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
COUNT=${1:-10000}
SEED=${SHARED:-../shared}/seed/000_04e7b47029bdcbb7.txt
note() { printf 'archive-bench: %s\n' "$*" >&2; }

if [[ -z ${FOLIO:-} ]]; then
    note "building folio (release)"
    scripts/build-release.sh --product folio >&2
    FOLIO=$(scripts/build-release.sh --show-bin-path)/folio
fi
WORK=$(mktemp -d "${TMPDIR:-/tmp}/folio-archive-bench.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
note "generating $COUNT articles"
python3 Benchmarks/gen_batch_corpus.py "$SEED" "$WORK/corpus" "$COUNT" >/dev/null

seconds() { python3 -c 'import sys,time; print(time.perf_counter())'; }
elapsed() { python3 -c "print(f'{$2 - $1:.2f}')"; }

# add, 1 process: the first 200 articles.
mapfile -t first < <(ls "$WORK/corpus"/*.txt | head -200)
start=$(seconds); "$FOLIO" archive add --root "$WORK/one" "${first[@]}" >/dev/null; end=$(seconds)
one=$(python3 -c "print(f'{200 / ($end - $start):.1f}')")
note "add, 1 process: $one articles/s"

# add, 2 processes on one archive: 100 each.
start=$(seconds)
"$FOLIO" archive add --root "$WORK/two" "${first[@]:0:100}" >/dev/null &
"$FOLIO" archive add --root "$WORK/two" "${first[@]:100:100}" >/dev/null &
wait
end=$(seconds)
two=$(python3 -c "print(f'{200 / ($end - $start):.1f}')")
note "add, 2 processes: $two articles/s"

# The large archive for verify and search.
note "filling an archive with $COUNT articles (2 processes)"
mapfile -t all < <(ls "$WORK/corpus"/*.txt)
half=$((COUNT / 2))
start=$(seconds)
"$FOLIO" archive add --root "$WORK/big" "${all[@]:0:$half}" >/dev/null &
"$FOLIO" archive add --root "$WORK/big" "${all[@]:$half}" >/dev/null &
wait
end=$(seconds)
fill=$(python3 -c "print(f'{$COUNT / ($end - $start):.1f}')")
bytes=$(du -sb "$WORK/big/ocfl" | cut -f1)
start=$(seconds); "$FOLIO" archive verify --root "$WORK/big" >/dev/null; end=$(seconds)
verify=$(python3 -c "print(f'{$bytes / 1e6 / ($end - $start):.1f}')")
note "verify: $verify MB/s over $((bytes / 1000000)) MB"

# search latency: whole command (process start included), median of 21 per query.
latency() {
    python3 - "$FOLIO" "$WORK/big" "$@" <<'PY'
import statistics, subprocess, sys, time
folio, root, *words = sys.argv[1:]
times = []
for _ in range(21):
    t = time.perf_counter()
    subprocess.run([folio, "archive", "search", "--root", root, *words], check=True, capture_output=True)
    times.append((time.perf_counter() - t) * 1000)
print(f"{statistics.median(times):.1f}")
PY
}
common=$(latency Internet)
rare=$(latency Kaspersky Neumann)

cat <<TABLE
| measure | value |
|---|--:|
| \`archive add\`, 1 process (200 articles) | $one articles/s |
| \`archive add\`, 2 processes on one archive (200 articles) | $two articles/s |
| \`archive add\`, 2 processes filling $COUNT articles | $fill articles/s |
| \`archive verify\` of $COUNT articles ($((bytes / 1000000)) MB re-read and hashed) | $verify MB/s |
| \`archive search Internet\` on $COUNT articles (whole command, median of 21) | $common ms |
| \`archive search Kaspersky Neumann\` on $COUNT articles | $rare ms |
TABLE
