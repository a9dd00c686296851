#!/usr/bin/env bash
# Makes the next `swift build` link Folio's executables and test bundle again when a static
# archive they contain has changed:
#   scripts/relink-if-archives-changed.sh
#
# Cairo, libxml2, ICU and the other libraries whose module maps say `link ":libcairo.a"` are
# copied into every executable at link time (Package.swift says why). SwiftPM does not notice
# when `apt-get upgrade` replaces one of those archives, so a security update would never reach
# an already linked `folio`. This script keeps each archive's name, size and date in
# .build/static-archives.list and, when the list differs, deletes the linked products of every
# configuration; SwiftPM then links them again. `scripts/build-release.sh` and `make test` run it.
set -euo pipefail
shopt -s inherit_errexit
cd "$(dirname "$0")/.."

fail() { printf 'relink-if-archives-changed: %s\n' "$*" >&2; exit 1; }

compiler=$(command -v cc || command -v clang) \
    || fail "needs cc or clang on PATH to ask where the linker finds the static archives"

archives() {  # "name size mtime" of every static archive a module map links
    local name path
    for name in $(sed -n 's/^ *link ":\(lib[^"]*\.a\)"$/\1/p' Sources/*/module.modulemap | sort -u); do
        path=$("$compiler" -print-file-name="$name")
        # The compiler echoes a bare name back when it finds no such file.
        [[ $path == /* && -f $path ]] \
            || fail "$name not found (Sources/*/module.modulemap links it; scripts/install-deps.sh installs it)"
        printf '%s %s\n' "$name" "$(stat -L -c '%s %Y' "$path")"
    done
}

list=.build/static-archives.list
current=$(archives)
if [[ -f $list && $(<"$list") == "$current" ]]; then exit 0; fi

# Every linked product (executables, the test bundle, dynamic libraries) is a file with the
# execute bit directly in its configuration's folder; object files and modules live below it.
for configuration in .build/*/release .build/*/debug; do
    [[ -d $configuration ]] || continue
    find "$configuration" -maxdepth 1 -type f -perm -u=x -delete
done
mkdir -p .build
printf '%s\n' "$current" > "$list"
