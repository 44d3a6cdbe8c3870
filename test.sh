#!/usr/bin/env bash
# The one test command: formatting, vet, every Go test, short fuzzing of
# every parser, then the browser tests (accessibility, HTML validity,
# keyboard, print) in Debian's chromium. Outside CI the browser tests are
# skipped with a message when chromium is missing; in CI they must run.
#   ./test.sh           everything
#   ./test.sh --go      Go tests only (fast, for the edit-test loop)
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

# Every parser is fuzzed for a short, bounded time on each run; crashers
# land in testdata/fuzz/ and fail the run. FUZZTIME=0 skips this.
fuzztime=${FUZZTIME:-10s}
if [ "$fuzztime" != 0 ]; then
  for target in \
    generator/content:FuzzDecodeReport \
    generator/content:FuzzSplitNarrative \
    generator/render:FuzzMarkdown \
    generator/importer:FuzzImportPDFText \
    generator/importer:FuzzImportWebText \
    generator/importer:FuzzImportHTML \
    generator/importer:FuzzReadings \
    generator/feed:FuzzCSVRecord \
    generator/report:FuzzAmount; do
    pkg=${target%%:*} name=${target##*:}
    echo "fuzz $name ($fuzztime)"
    out=$(go test -run='^$' -fuzz="^$name\$" -fuzztime="$fuzztime" -fuzzminimizetime=1s "./$pkg" 2>&1) || { echo "$out"; exit 1; }
  done
fi

bash tests/browser/run.sh
