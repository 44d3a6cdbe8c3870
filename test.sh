#!/usr/bin/env bash
# The one test command: formatting, vet, and every Go test.
# Browser tests (accessibility) run too when tests/browser exists.
set -euo pipefail
cd "$(dirname "$0")"

unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go' -not -path './node_modules/*'))
if [ -n "$unformatted" ]; then
  echo "gofmt would change:" $unformatted >&2
  exit 1
fi
go vet ./...
go test ./...
