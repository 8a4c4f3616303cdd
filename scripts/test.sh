#!/usr/bin/env bash
# The README's second command: install, build, and run every test layer against the built artefacts.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh

failed=()
passed=0
run() {
  local name=$1; shift
  echo
  echo "== $name"
  if "$@"; then echo "-- $name: passed"; passed=$((passed + 1)); else echo "-- $name: FAILED"; failed+=("$name"); fi
}

run "Web sources (ESLint)" npx --no-install eslint web/src tests scripts bench eslint.config.js
run "Core (Catch2, native)" ctest --test-dir build/native --output-on-failure -j"$(nproc)"
run "Claims linter CLI (node)" node --test tests/cli/
run "Claims linter corpus (precision and recall; fails below tests/lint-corpus/floor.json)" node tests/lint-corpus/run.mjs --quiet
run "WebAssembly module (node)" node --disallow-code-generation-from-strings --test tests/wasm/
run "Default dataset against the evidence (node)" node --test tests/data/
run "Page (headless Chromium)" node --test --test-concurrency=1 tests/browser/
run "npm package (packed tarball, base path, integrity, Vite and React examples installed offline, Chromium)" node --test --test-concurrency=1 tests/package/
run "Three browser engines: Chromium, Firefox ESR, WebKitGTK (core journeys)" node tests/engines/run.mjs
run "Core under AddressSanitizer and UBSan" bash scripts/sanitize.sh
run "Fuzzing the loader, queries, linter and CLI output (${BENEFITS_FUZZ_SECONDS:-60} s)" bash scripts/fuzz.sh "${BENEFITS_FUZZ_SECONDS:-60}"
shared=../shared/tools/check-citations
if [ -x "$shared" ]; then
  run "Citations are all in the evidence file" python3 "$shared" .
fi

echo
if ((${#failed[@]})); then
  echo "FAILED: ${failed[*]}"
  echo "layers: $passed passed, ${#failed[@]} failed"
  exit 1
fi
echo "All test layers passed."
echo "layers: $passed passed, 0 failed"
