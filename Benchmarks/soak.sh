#!/usr/bin/env bash
# `make soak`: folio-serve (release build) under mixed load for SOAK_MINUTES (default 30):
# renders, archived PDF gets, searches and archive posts from SOAK_CLIENTS (default 8) clients.
# Prints a line per minute (requests, errors, 503s, p50/p99, server RSS) and a summary; fails on
# a crash or any error other than a deliberate 503. See Benchmarks/soak.py.
#   FOLIO_SERVE=path   use this folio-serve instead of building the release one
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
if [[ -z "${FOLIO_SERVE:-}" ]]; then
    scripts/build-release.sh --product folio-serve >&2
    FOLIO_SERVE=$(scripts/build-release.sh --show-bin-path)/folio-serve
fi
exec python3 Benchmarks/soak.py --server "$FOLIO_SERVE" --minutes "${SOAK_MINUTES:-30}" \
    --clients "${SOAK_CLIENTS:-8}" --port "${SOAK_PORT:-18090}"
