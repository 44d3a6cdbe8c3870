#!/usr/bin/env bash
# The one test command: formatting, vet, every Go test (the fuzz targets'
# seed corpora and every crasher ever found, in testdata/fuzz/, included),
# then the browser tests (accessibility, HTML validity, keyboard, print)
# in Debian's chromium. Outside CI the browser tests are skipped with a
# message when chromium is missing; in CI they must run.
#   ./test.sh           everything
#   ./test.sh --go      Go tests only (fast, for the edit-test loop)
#   ./test.sh --fuzz    everything, then fuzz every parser for FUZZTIME
#                       (default 30s) each
#
# Fuzzing is a search, not a test: run in the gate, it makes a commit land
# or not by chance (a 10 s search found a new input in one CI run and not
# in the others). So the gate replays the corpora deterministically, and
# fuzzing is run on purpose with --fuzz; what it finds is added to
# testdata/fuzz/ and fixed, and from then on the gate replays it.
set -euo pipefail
cd "$(dirname "$0")"

unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go' -not -path './node_modules/*'))
if [ -n "$unformatted" ]; then
  echo "gofmt would change:" $unformatted >&2
  exit 1
fi
go vet ./...
go test ./...
[ "${1:-}" = "--go" ] && exit 0

bash tests/browser/run.sh

if [ "${1:-}" = "--fuzz" ]; then
  fuzztime=${FUZZTIME:-30s}
  for target in \
    generator/content:FuzzDecodeReport \
    generator/content:FuzzSplitNarrative \
    generator/content:FuzzFastTOML \
    generator/render:FuzzMarkdown \
    generator/render:FuzzPrepareHTML \
    generator/importer/decode:FuzzDecode \
    generator/importer/document:FuzzHTML \
    generator/importer/document:FuzzText \
    generator/importer/document:FuzzDOCX \
    generator/importer:FuzzImportPDFText \
    generator/importer:FuzzImportWebText \
    generator/importer:FuzzImportHTML \
    generator/importer:FuzzReadings \
    generator/opendata:FuzzCSVRecord \
    generator/feed:FuzzClipHTML \
    generator/report:FuzzAmount; do
    pkg=${target%%:*} name=${target##*:}
    echo "fuzz $name ($fuzztime)"
    out=$(go test -run='^$' -fuzz="^$name\$" -fuzztime="$fuzztime" -fuzzminimizetime=5s "./$pkg" 2>&1) || { echo "$out"; exit 1; }
  done
fi
