#!/usr/bin/env bash
# build-aux/merge-po.sh BUILD_DIR: refresh the template, merge it into po/sv.po and take the
# translations waiting in po/pending/*.po for messages sv.po lacks, then drop obsolete ones.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
build=${1:-build}
ninja -C "$build" kompetensplan-pot >/dev/null
tmp=$(mktemp -d)
msgmerge --quiet --no-fuzzy-matching -o "$tmp/merged.po" po/sv.po po/kompetensplan.pot
shopt -s nullglob
pending=(po/pending/*.po)
if [ ${#pending[@]} -gt 0 ]; then
  # sv.po's header and translations come first; pending files fill in the rest.
  msgattrib --translated -o "$tmp/translated.po" "$tmp/merged.po"
  msgcat --use-first -o "$tmp/all.po" "$tmp/translated.po" "${pending[@]}"
else
  cp "$tmp/merged.po" "$tmp/all.po"
fi
msgmerge --quiet --no-fuzzy-matching -o "$tmp/final.po" "$tmp/all.po" po/kompetensplan.pot
msgattrib --no-obsolete --no-fuzzy -o po/sv.po "$tmp/final.po"
rm -rf "$tmp"
msgfmt --check --statistics -o /dev/null po/sv.po
