#!/usr/bin/env bash
# Builds the native core and its Catch2 tests with AddressSanitizer and UndefinedBehaviorSanitizer
# (-DBENEFITS_SANITIZE=ON, build/sanitize) and runs them with ctest. Any sanitizer report is fatal: the
# code is compiled with -fno-sanitize-recover=all and run with halt_on_error=1.
# Quiet on success (one summary line); on failure prints the build log or every failing test's output.
set -euo pipefail
cd "$(dirname "$0")/.."

build=build/sanitize
log_dir=$build/logs
mkdir -p "$log_dir"

fail() {
  echo "sanitize: FAILED: $1" >&2
  [ -f "$2" ] && tail -n 300 "$2" >&2
  exit 1
}

if ! cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBENEFITS_SANITIZE=ON >"$log_dir/configure.log" 2>&1; then
  fail "configure" "$log_dir/configure.log"
fi
if ! cmake --build "$build" -j"$(nproc)" >"$log_dir/build.log" 2>&1; then
  fail "build" "$log_dir/build.log"
fi

export ASAN_OPTIONS=halt_on_error=1:abort_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1:check_initialization_order=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
start=$(date +%s)
if ! ctest --test-dir "$build" --output-on-failure -j"$(nproc)" >"$log_dir/ctest.log" 2>&1; then
  fail "ctest (output of the failing tests below)" "$log_dir/ctest.log"
fi
took=$(($(date +%s) - start))
summary=$(grep -E 'tests passed' "$log_dir/ctest.log" | tail -n 1)
echo "sanitize: passed: ${summary:-all tests passed} (ASan+UBSan, halt on error) in ${took}s"
