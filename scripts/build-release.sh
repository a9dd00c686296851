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
# - Relinks when a static archive changed: Cairo, libxml2, ICU and the other libraries whose
#   module maps say `link ":libcairo.a"` are copied into the executables (see Package.swift), and
#   SwiftPM does not notice when `apt-get upgrade` replaces an archive. So this script keeps the
#   archives' sizes and dates in .build/static-archives.list and, when they differ, deletes the
#   linked executables so that `swift build` links them again with the updated code.
set -euo pipefail
cd "$(dirname "$0")/.."

archives() {  # "path size mtime" of every static archive a module map links
    local name path compiler
    compiler=$(command -v cc || command -v clang)  # only asked where the linker finds each archive
    for name in $(sed -n 's/^ *link ":\(lib[^"]*\.a\)"$/\1/p' Sources/*/module.modulemap | sort -u); do
        path=$("$compiler" -print-file-name="$name")
        stat -L -c '%n %s %Y' "$path" 2>/dev/null || echo "$name missing"
    done
}
list=.build/static-archives.list
current=$(archives)
if [[ ! -f $list || $(cat "$list") != "$current" ]]; then
    rm -f .build/release/folio .build/release/folio-serve .build/release/folio-bench .build/release/folio-fuzz
fi
swift build -c release --static-swift-stdlib \
    -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors "$@"
if [[ " $* " != *" --show-bin-path "* ]]; then
    mkdir -p .build && printf '%s\n' "$current" > "$list"
fi
