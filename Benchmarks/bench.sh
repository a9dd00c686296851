#!/usr/bin/env bash
# Whole-process benchmark of `folio render` against the C floor (../shared/bench/floor.c),
# the bare FreeType + HarfBuzz + Cairo pipeline that Folio's cost should approach.
# Prints a Markdown table for BENCHMARKS.md on stdout; progress goes to stderr.
#
# Environment:
#   RUNS=21          paired runs per input (floor and folio alternate)
#   BATCH_RUNS=5     paired runs of the 200-article batch, one process per article
#   BATCH=0          skip the batch
#   FOLIO=path       use this folio binary instead of building one (FOLIO_BENCH likewise)
#   SHARED=../shared where floor.c, gen_corpus.py and the seed live
#   KEEP=1           keep the work directory (corpus and PDFs) and print its path
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
RUNS=${RUNS:-21}
BATCH_RUNS=${BATCH_RUNS:-5}
BATCH=${BATCH:-1}
SHARED=${SHARED:-../shared}
SEED=$SHARED/seed/000_04e7b47029bdcbb7.txt
PAIRED="python3 $ROOT/Benchmarks/paired_runs.py"

note() { printf 'bench: %s\n' "$*" >&2; }
die() { note "$*"; exit 1; }

for tool in gcc pkg-config python3 pdfinfo fc-match; do
    command -v "$tool" >/dev/null || die "needs $tool on PATH"
done
[[ -x /usr/bin/time ]] || die "needs GNU time at /usr/bin/time (apt-get install time)"
[[ -f $SEED ]] || die "seed article not found at $SEED (set SHARED=...)"
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive number, not '$RUNS'"
[[ $BATCH_RUNS =~ ^[1-9][0-9]*$ ]] || die "BATCH_RUNS must be a positive number, not '$BATCH_RUNS'"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/folio-bench.XXXXXX")
if [[ ${KEEP:-0} == 1 ]]; then note "keeping $WORK"; else trap 'rm -rf "$WORK"' EXIT; fi
mkdir -p "$WORK/out"

# --- folio: given, or built in release mode; the floor is measured even if this fails
folio=${FOLIO:-}
folio_bench=${FOLIO_BENCH:-}
if [[ -z $folio ]]; then
    note "building folio and folio-bench (release)"
    if scripts/build-release.sh --product folio >&2 && scripts/build-release.sh --product folio-bench >&2; then
        bin=$(scripts/build-release.sh --show-bin-path)
        folio=$bin/folio
        folio_bench=${folio_bench:-$bin/folio-bench}
    else
        note "swift build failed: measuring the floor only"
    fi
fi
[[ -z $folio_bench && -n $folio ]] && folio_bench=$(dirname "$folio")/folio-bench
if [[ -n $folio && ! -x $folio ]]; then
    note "folio not executable at $folio: measuring the floor only"
    folio=
fi

# --- the floor and the corpus
note "building the floor"
# shellcheck disable=SC2046  # pkg-config output is meant to split into flags
gcc -O2 "$SHARED/bench/floor.c" -o "$WORK/floor" $(pkg-config --cflags --libs cairo harfbuzz freetype2) \
    || die "could not build $SHARED/bench/floor.c"
note "generating the corpus"
# multi needs gettext catalogues and Noto fonts; without them the generator stops after long
python3 "$SHARED/bench/gen_corpus.py" "$SEED" "$WORK/corpus" >&2 \
    || note "gen_corpus.py failed part-way; measuring what it produced"
C=$WORK/corpus

font_arg() {  # fc-match pattern -> "FILE[:INDEX]" for floor's -f
    fc-match -f '%{file}:%{index}' "$1" | sed 's/:0$//'
}
multi_fonts="-f $(font_arg 'DejaVu Serif') -f $(font_arg 'Noto Serif CJK SC')"
multi_fonts+=" -f $(font_arg 'Noto Naskh Arabic') -f $(font_arg 'Noto Serif Devanagari')"

pages() {  # page count of a PDF, or "—" when there is none
    if [[ -s $1 ]]; then pdfinfo "$1" 2>/dev/null | awk '/^Pages:/ {print $2; found=1} END {if (!found) print "—"}'
    else echo "—"; fi
}
peak_rss_mb() {  # peak RSS in MB of one run of the command, or "—" if it fails
    local log=$WORK/time.log
    if /usr/bin/time -v -o "$log" "$@" >/dev/null 2>&1; then
        awk -F: '/Maximum resident set size/ {printf "%.1f", $2 / 1024}' "$log"
    else echo "—"; fi
}
per_page() {  # ms / pages, or "—"
    if [[ $1 != NA && $2 =~ ^[0-9]+$ && $2 -gt 0 ]]; then awk -v a="$1" -v b="$2" 'BEGIN {printf "%.1f", a / b}'
    else echo "—"; fi
}
dash() { [[ $1 == NA ]] && echo "—" || echo "$1"; }

rows=()
batch_note=""
measure() {  # name, input, floor font args
    local name=$1 in=$2 fonts=$3
    local fpdf=$WORK/out/$name.floor.pdf opdf=$WORK/out/$name.folio.pdf
    local floor_cmd folio_cmd=""
    floor_cmd=$(printf '%q ' "$WORK/floor")$fonts$(printf ' %q' "$in" "$fpdf")
    [[ -n $folio ]] && folio_cmd=$(printf '%q ' "$folio" render "$in" -o "$opdf")
    note "$name: $RUNS paired runs"
    local fm om ratio
    read -r fm om ratio < <($PAIRED "$RUNS" "$floor_cmd" "$folio_cmd") || true
    [[ -n ${fm:-} ]] || die "$name: the floor failed"
    if [[ $om != NA && ! -s $opdf ]]; then
        note "$name: folio exited 0 but wrote no PDF at $opdf: not counted"
        om=NA ratio=NA
    fi
    local fp op frss orss="—"
    fp=$(pages "$fpdf")
    op=$(pages "$opdf")
    # shellcheck disable=SC2086  # $fonts is a list of flags
    frss=$(peak_rss_mb "$WORK/floor" $fonts "$in" "$fpdf")
    [[ $om != NA ]] && orss=$(peak_rss_mb "$folio" render "$in" -o "$opdf")
    [[ $om == NA && -n $folio ]] && note "$name: folio render failed (see above); row shows the floor only"
    rows+=("| $name | $fp | $op | $fm | $(dash "$om") | $(dash "$ratio") | $(per_page "$fm" "$fp") \
| $(per_page "$om" "$op") | $frss | $orss |")
}

measure_batch() {  # one process per article, as a newsroom script would call it
    local list=$C/batch/list.txt n
    n=$(wc -l <"$list")
    {
        echo 'set -e'
        while read -r stem; do
            printf '%q %q %q\n' "$WORK/floor" "$C/batch/$stem.txt" "$WORK/out/batch-$stem.floor.pdf"
        done <"$list"
    } >"$WORK/batch-floor.sh"
    local folio_cmd=""
    if [[ -n $folio ]]; then
        {
            echo 'set -e'
            while read -r stem; do
                printf '%q render %q -o %q\n' "$folio" "$C/batch/$stem.txt" "$WORK/out/batch-$stem.folio.pdf"
            done <"$list"
        } >"$WORK/batch-folio.sh"
        folio_cmd="bash $(printf '%q' "$WORK/batch-folio.sh")"
    fi
    note "batch: $BATCH_RUNS paired runs of $n processes each"
    local fm om ratio
    read -r fm om ratio < <($PAIRED "$BATCH_RUNS" "bash $(printf '%q' "$WORK/batch-floor.sh")" "$folio_cmd") || true
    [[ -n ${fm:-} ]] || die "batch: the floor failed"
    local fp=0 op=0 p stem
    while read -r stem; do
        p=$(pages "$WORK/out/batch-$stem.floor.pdf"); [[ $p =~ ^[0-9]+$ ]] && fp=$((fp + p))
        p=$(pages "$WORK/out/batch-$stem.folio.pdf"); [[ $p =~ ^[0-9]+$ ]] && op=$((op + p))
    done <"$list"
    if [[ $op -eq 0 ]]; then
        [[ $om != NA ]] && note "batch: folio exited 0 but wrote no PDFs: not counted"
        op="—" om=NA ratio=NA
    fi
    batch_note=" (batch: $BATCH_RUNS, each a shell loop of one \`folio render\` per article)"
    rows+=("| batch ($n processes) | $fp | $op | $fm | $(dash "$om") | $(dash "$ratio") | $(per_page "$fm" "$fp") \
| $(per_page "$om" "$op") | — | — |")
}

[[ -s $C/seed.txt ]] || die "the corpus has no seed.txt"
measure seed "$C/seed.txt" ""
[[ -s $C/long.txt ]] && measure long "$C/long.txt" ""
if [[ -s $C/multi.txt ]]; then measure multi "$C/multi.txt" "$multi_fonts"
else note "no multi.txt in the corpus (gettext catalogues or Noto fonts missing): skipped"; fi
if [[ $BATCH != 0 && -s $C/batch/list.txt ]]; then measure_batch; fi

# --- the table
cpu=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || true)
rev=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
echo "### Whole process: \`folio render\` against the C floor"
echo
echo "$(date -u +%Y-%m-%d), commit $rev, ${cpu:-unknown CPU} ($(nproc) cores), $(uname -sr)."
echo "Median of $RUNS paired runs$batch_note, each after one warm-up run; ratio = median of"
echo "the per-pair folio/floor ratios. Floor: DejaVu Serif 11 pt, greedy lines (multi: + Noto CJK,"
echo "Naskh, Devanagari). Peak RSS from \`/usr/bin/time -v\`. — = not measured or failed."
echo
echo "| input | floor pages | folio pages | floor ms | folio ms | folio ÷ floor | floor ms/page | folio ms/page | floor peak RSS MB | folio peak RSS MB |"
echo "|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|"
printf '%s\n' "${rows[@]}"

# --- in-process typesetting timing (the lead's folio-bench prints its own lines)
if [[ -n $folio_bench && -x $folio_bench ]]; then
    echo
    echo "### In process: typesetting (\`folio-bench\`)"
    echo
    inputs=("$C/seed.txt")
    [[ -s $C/long.txt ]] && inputs+=("$C/long.txt")
    [[ -s $C/multi.txt ]] && inputs+=("$C/multi.txt")
    "$folio_bench" "${inputs[@]}" || note "folio-bench failed (exit $?)"
else
    note "no folio-bench binary: in-process timing skipped"
fi
