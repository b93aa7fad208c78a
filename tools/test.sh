#!/usr/bin/env bash
# `npm test`: set-up, then unit, integration (real Kafka and store) and end-to-end tests.
# Prints one closing line "N passed, N failed" over all three suites.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash tools/setup.sh || exit 1

results="$(mktemp -d)"
status=0
run_suite() {
  local name="$1" config="$2"
  shift 2
  echo "[test] $name tests" >&2
  npx jest --config "$config" --json --outputFile="$results/$name.json" "$@" || status=1
}
run_suite unit jest.config.cjs
run_suite integration jest.int.config.cjs --runInBand
run_suite e2e jest.e2e.config.cjs --runInBand

node -e '
  const fs = require("node:fs"), path = require("node:path");
  let passed = 0, failed = 0;
  for (const file of fs.readdirSync(process.argv[1])) {
    const r = JSON.parse(fs.readFileSync(path.join(process.argv[1], file), "utf8"));
    passed += r.numPassedTests; failed += r.numFailedTests + r.numRuntimeErrorTestSuites;
  }
  console.log(`${passed} passed, ${failed} failed`);
' "$results"
exit "$status"
