#!/usr/bin/env bash
# Runs the browser tests (axe-core, Nu Html Checker, keyboard, 长者模式,
# print) against the example portal, a generated multi-year portal and
# serve's error page in Debian's chromium.
#
# Needs node/npm, java (17+) and chromium (/usr/bin/chromium, or $CHROMIUM).
# Outside CI a missing chromium skips the tests with a message; in CI
# (CI=true) it is a failure, so the suite can never pass by not running.
# Screenshots go to .artifacts/screenshots/ at the repository root.
set -euo pipefail
cd "$(dirname "$0")"

chromium=${CHROMIUM:-/usr/bin/chromium}
missing=()
[[ -x $chromium ]] && "$chromium" --version >/dev/null 2>&1 || missing+=("chromium ($chromium; Debian: apt-get install chromium)")
command -v java >/dev/null || missing+=("java (Debian: apt-get install default-jre-headless)")
command -v npm >/dev/null || missing+=("node/npm")
if ((${#missing[@]})); then
  if [[ ${CI:-} == true ]]; then
    printf 'tests/browser: FAILED: CI must run the browser tests but this is missing: %s\n' "${missing[@]}" >&2
    exit 1
  fi
  printf 'tests/browser: SKIPPED, missing: %s\n' "${missing[@]}"
  exit 0
fi

# --ignore-scripts: vnu-jar's postinstall would download a Java runtime;
# the machine's java is used instead.
npm ci --ignore-scripts --no-audit --no-fund --loglevel=error
export CHROMIUM=$chromium
rm -rf ../../.artifacts/screenshots
exec node --test --test-concurrency=1 a11y.test.mjs serve.test.mjs
