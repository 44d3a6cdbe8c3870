#!/usr/bin/env bash
# The one test command: formatting, vet, every Go test, short fuzzing of
# the parsers, then the browser tests (accessibility, HTML validity,
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

bash tests/browser/run.sh
