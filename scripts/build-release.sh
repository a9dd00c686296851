#!/usr/bin/env bash
# The one release build of Folio's executables, for setup, the benchmarks and the fuzzer:
#   scripts/build-release.sh --product folio
#   scripts/build-release.sh --show-bin-path
# Extra arguments go to `swift build`.
#
# - `--static-swift-stdlib`: Swift's runtime linked in, so each `folio` process starts about a
#   third faster.
# - `-disable-concrete-type-metadata-mangled-name-accessors` for the dependencies too
#   (ArgumentParser, Yams, GRDB…): Package.swift sets it for Folio's own targets, and only the
#   command line reaches the others. It keeps the Swift runtime from scanning every
#   protocol-conformance record when code first uses a generic type (a `Set` of
#   ArgumentParser's names, a `Dictionary` of YAML nodes); see Package.swift.
#   Every release build must pass the same flags, or SwiftPM rebuilds everything.
# - Links the executables again when a static archive they contain has changed
#   (scripts/relink-if-archives-changed.sh; Package.swift says which libraries are linked in).
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ " $* " != *" --show-bin-path "* ]]; then
    scripts/relink-if-archives-changed.sh
fi
exec swift build -c release --static-swift-stdlib \
    -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors "$@"
