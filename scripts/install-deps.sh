#!/usr/bin/env bash
# Installs the Debian packages Folio builds, runs and tests with, ocfl-py for the archive
# validator and pyphen for the hyphenation checks. As root it installs what is missing;
# otherwise it prints the exact command and fails.
set -euo pipefail

PACKAGES=(
  pkg-config
  libcairo2-dev libharfbuzz-dev libfreetype-dev libfontconfig-dev   # shaping and drawing
  libicu-dev libhyphen-dev libcmark-dev libxml2-dev libsqlite3-dev   # text analysis, readers, index
  libturbojpeg0-dev zlib1g-dev                                        # JPEG figures; zlib for PDF streams
  libpixman-1-dev libpng-dev liblzma-dev                              # static archives Cairo and libxml2 link with
  libexttextcat-dev                                                   # language identification (+ its fingerprints)
  # Hyphenation patterns: every hyphen-* package Debian 12 has (apt-cache search --names-only
  # '^hyphen-'; hyphen-show is a TeX tool, not patterns), and myspell-et, which carries Estonian's.
  hyphen-af hyphen-as hyphen-be hyphen-bg hyphen-bn hyphen-ca hyphen-cs hyphen-da hyphen-de
  hyphen-el hyphen-en-gb hyphen-en-us hyphen-es hyphen-fr hyphen-gl hyphen-gu hyphen-hi hyphen-hr
  hyphen-hu hyphen-id hyphen-is hyphen-it hyphen-kn hyphen-lt hyphen-lv hyphen-ml hyphen-mn
  hyphen-mr hyphen-nl hyphen-no hyphen-or hyphen-pa hyphen-pl hyphen-pt-br hyphen-pt-pt hyphen-ro
  hyphen-ru hyphen-sk hyphen-sl hyphen-sr hyphen-sv hyphen-ta hyphen-te hyphen-th hyphen-uk
  hyphen-zu myspell-et
  fonts-noto-core fonts-noto-cjk                                      # fallback fonts for every script
  poppler-utils qpdf                                                  # PDF checks in tests
  curl                                                                # HTTP requests to a folio-serve process in tests
  python3-pip                                                         # ocfl-py, the OCFL validator
)

missing=()
for package in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then
    echo "Installing: ${missing[*]}"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "Folio needs these Debian packages. Install them with:" >&2
    echo "  sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

if ! command -v ocfl-validate.py >/dev/null 2>&1; then
  python3 -m pip install --quiet ocfl-py 2>/dev/null \
    || python3 -m pip install --quiet --break-system-packages ocfl-py
fi

# pyphen: an independent reading of the same hyphenation patterns, which the language tests use
# to check that every line-end hyphen falls where the article's language allows one.
if ! python3 -c "import pyphen" >/dev/null 2>&1; then
  python3 -m pip install --quiet pyphen 2>/dev/null \
    || python3 -m pip install --quiet --break-system-packages pyphen
fi
