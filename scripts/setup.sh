#!/usr/bin/env bash
# The README's first command: install what is missing, build, render the samples, and store
# them in the archive ($FOLIO_ARCHIVE, else ./archive).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
# `folio serve` execs `folio-serve`, built next to it.
scripts/build-release.sh --product folio
scripts/build-release.sh --product folio-serve
FOLIO=.build/release/folio

mkdir -p out
status=0
while IFS= read -r -d '' article; do
  name=$(printf '%s' "${article#samples/}" | tr '/.' '--')   # formats/wic-plenary.html → formats-wic-plenary-html
  if ! "$FOLIO" render "$article" -o "out/$name.pdf"; then status=1; fi
done < <(find samples -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' -o -name '*.json' \) \
           ! -name 'README.md' -print0 | sort -z)
echo "Rendered samples into out/"

# The conference coverage as one bound volume (cover, contents, bookmarks).
if ! "$FOLIO" batch samples/wic2018 --collection "5th World Internet Conference" -o out/wic2018-volume.pdf; then
  status=1
fi

mapfile -d '' articles < <(find samples -type f \( -name '*.txt' -o -name '*.md' -o -name '*.html' -o -name '*.json' \) \
           ! -name 'README.md' -print0 | sort -z)
if "$FOLIO" archive add "${articles[@]}" && "$FOLIO" archive verify; then
  echo "Archived samples into ${FOLIO_ARCHIVE:-archive}/"
else
  status=1
fi
exit $status
