#!/usr/bin/env bash
# `folio batch` benchmark: pages per second with 1 and 2 jobs on 300 generated articles (best of
# RUNS), and peak memory (maximum resident set) at 300 and 1,000 articles.
# Usage: Benchmarks/batch-bench.sh [RUNS]   (needs a release build: scripts/build-release.sh --product folio)
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-3}
FOLIO=$PWD/.build/release/folio
SEED=${SEED:-../shared/seed/000_04e7b47029bdcbb7.txt}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
python3 Benchmarks/gen_batch_corpus.py "$SEED" "$WORK/c300" 300
python3 Benchmarks/gen_batch_corpus.py "$SEED" "$WORK/c1000" 1000

# One run: prints "seconds pages maxrss_kb".
run() {
  local corpus=$1 jobs=$2
  rm -rf "$WORK/out"
  /usr/bin/time -f '%M' -o "$WORK/rss" "$FOLIO" batch "$WORK/$corpus" --collection Bench -o "$WORK/v.pdf" \
    --out-dir "$WORK/out" --jobs "$jobs" --json --quiet > "$WORK/summary.json"
  python3 -c 'import json,sys; s=json.load(open(sys.argv[1])); print(s["seconds"], s["pages"], open(sys.argv[2]).read().strip())' \
    "$WORK/summary.json" "$WORK/rss"
}

echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for jobs in 1 2; do
  best=""
  for _ in $(seq "$RUNS"); do
    read -r seconds pages rss < <(run c300 "$jobs")
    if [ -z "$best" ] || python3 -c "import sys; sys.exit(0 if $seconds < $best else 1)"; then best=$seconds; fi
  done
  python3 -c "print(f'300 articles, {$jobs} job(s): {$pages} pages in {$best:.2f} s = {$pages/$best:.1f} pages/s (best of $RUNS)')"
done
for corpus in c300 c1000; do
  read -r seconds pages rss < <(run "$corpus" 2)
  echo "${corpus#c} articles, 2 jobs: $pages pages in $(printf %.1f "$seconds") s, peak memory $((rss / 1024)) MB"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
