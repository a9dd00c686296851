#!/usr/bin/env bash
# Load test of `folio serve` with wrk, loopback only: the archived-PDF endpoint and POST /render
# of the seed, DURATION each. Prints a Markdown table for BENCHMARKS.md ("Service") on stdout;
# progress and wrk's own report go to stderr. Fails if any request errs or gets a non-2xx.
#
# Environment:
#   DURATION=30s   per endpoint          CONNECTIONS=8 (PDF)   RENDER_CONNECTIONS=2 (render)
#   THREADS=2      wrk threads           PORT=18080
#   FOLIO=path     use this folio binary (with folio-serve next to it) instead of building release ones
#   KEEP=1         keep the work directory (archive, logs) and print its path
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
DURATION=${DURATION:-30s}
CONNECTIONS=${CONNECTIONS:-8}
RENDER_CONNECTIONS=${RENDER_CONNECTIONS:-2}
THREADS=${THREADS:-2}
PORT=${PORT:-18080}
SEED=samples/wic2018/wic-plenary.txt

note() { printf 'service-load: %s\n' "$*" >&2; }
die() { note "$*"; exit 1; }
command -v wrk >/dev/null || die "needs wrk on PATH (apt-get install wrk)"
command -v curl >/dev/null || die "needs curl on PATH"

if [[ -z "${FOLIO:-}" ]]; then
    note "building folio and folio-serve (release)"
    scripts/build-release.sh --product folio >&2
    scripts/build-release.sh --product folio-serve >&2
    FOLIO=$(scripts/build-release.sh --show-bin-path)/folio
fi
[[ -x "$FOLIO" ]] || die "no folio binary at $FOLIO"

WORK=$(mktemp -d "${TMPDIR:-/tmp}/folio-service-load.XXXXXX")
SERVER_PID=
cleanup() {
    if [[ -n "$SERVER_PID" ]]; then kill -TERM "$SERVER_PID" 2>/dev/null || true; wait "$SERVER_PID" 2>/dev/null || true; fi
    if [[ "${KEEP:-0}" == 1 ]]; then note "kept $WORK"; else rm -rf "$WORK"; fi
}
trap cleanup EXIT

TOKEN=stress-$RANDOM$RANDOM
FOLIO_TOKEN=$TOKEN "$FOLIO" serve --host 127.0.0.1 --port "$PORT" --root "$WORK/archive" 2>"$WORK/server.log" &
SERVER_PID=$!
for _ in $(seq 1 100); do curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null || die "server did not start (see $WORK/server.log)"

ID=$(curl -fsS -X POST -H "Authorization: Bearer $TOKEN" --data-binary "@$SEED" \
    "http://127.0.0.1:$PORT/archive?name=seed.txt" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
note "archived the seed as $ID"

cat >"$WORK/post-seed.lua" <<LUA
wrk.method = "POST"
local f = assert(io.open("$ROOT/$SEED", "rb"))
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "text/plain"
LUA
cat >"$WORK/report.lua" <<'LUA'
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.stderr:write(string.format("RESULT %.1f %.1f %d %d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(99) / 1000, summary.requests, errors))
end
LUA

run() {  # key name url connections [script]
    local key=$1 name=$2 url=$3 connections=$4 script=${5:-}
    note "$name: wrk -t$THREADS -c$connections -d$DURATION --latency $url"
    local args=(-t"$THREADS" -c"$connections" -d"$DURATION" --latency --timeout 60s)
    local combined="$WORK/$key.lua"
    cat ${script:+"$script"} "$WORK/report.lua" >"$combined"
    wrk "${args[@]}" -s "$combined" "$url" 2>"$WORK/$key.result" | tee "$WORK/$key.wrk" >&2
    read -r _ rps p99 total errors < <(grep '^RESULT' "$WORK/$key.result")
    printf '| %s | %s | %s | %s | %s | %s |\n' "$name" "$connections" "$rps" "$p99" "$total" "$errors"
    [[ "$errors" == 0 ]] || FAILED=1
}

FAILED=0
echo "| endpoint | connections | requests/s | p99 latency (ms) | requests | errors |"
echo "|---|---|---|---|---|---|"
run pdf "GET /archive/…/<slug>.pdf" "http://127.0.0.1:$PORT/archive/$ID.pdf" "$CONNECTIONS"
run render "POST /render (seed)" "http://127.0.0.1:$PORT/render" "$RENDER_CONNECTIONS" "$WORK/post-seed.lua"
curl -fsS "http://127.0.0.1:$PORT/metrics" | grep -E '^folio_renders_total' >&2 || true
[[ "$FAILED" == 0 ]] || die "some requests failed (see wrk's report above)"
