#!/usr/bin/env bash
# Fuzzes the native core (tests/fuzz/fuzz_core.cpp: loader, api, queries, linter) with libFuzzer for a
# bounded time: scripts/fuzz.sh [SECONDS] (default 60).
# Builds build/fuzz with clang-14 (-fsanitize=fuzzer,address,undefined), replays tests/fuzz/regressions/,
# then fuzzes a scratch copy of tests/fuzz/corpus/ (nothing is written into the repository).
# Quiet on success (one summary line); on a crash prints the log, keeps the input under
# build/fuzz/artifacts/ and exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
build=build/fuzz
log_dir=$build/logs
mkdir -p "$log_dir" "$build/artifacts"

fail() {
  echo "fuzz: FAILED: $1" >&2
  shift
  for f in "$@"; do [ -f "$f" ] && { echo "---- $f" >&2; tail -n 200 "$f" >&2; }; done
  exit 1
}

export CC=clang-14 CXX=clang++-14
if ! cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBENEFITS_FUZZ=ON >"$log_dir/configure.log" 2>&1; then
  fail "configure" "$log_dir/configure.log"
fi
if ! cmake --build "$build" --target fuzz_core -j"$(nproc)" >"$log_dir/build.log" 2>&1; then
  fail "build" "$log_dir/build.log"
fi
fuzzer=$build/tests/fuzz/fuzz_core

export ASAN_OPTIONS=halt_on_error=1:abort_on_error=1:detect_leaks=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1

# 1. Every input that once crashed must still run clean.
shopt -s nullglob
regressions=()
for f in tests/fuzz/regressions/*; do [ "$(basename "$f")" = README.md ] || regressions+=("$f"); done
if ((${#regressions[@]})); then
  if ! "$fuzzer" -runs=1 "${regressions[@]}" >"$log_dir/regressions.log" 2>&1; then
    fail "a regression input crashes again" "$log_dir/regressions.log"
  fi
fi

# 2. Fuzz a scratch copy of the seed corpus for the given time.
scratch=$(mktemp -d "${TMPDIR:-/tmp}/benefits-fuzz.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
cp tests/fuzz/corpus/* "$scratch"/
seeds=$(find "$scratch" -type f | wc -l)
log=$log_dir/fuzz.log
status=0
"$fuzzer" "$scratch" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
  -dict=tests/fuzz/json.dict -artifact_prefix="$build/artifacts/" -print_final_stats=1 >"$log" 2>&1 || status=$?

if ((status != 0)) || grep -qE '^(==[0-9]+==ERROR|SUMMARY: (Address|Undefined|Leak)|.*runtime error:)' "$log"; then
  crash=$(grep -oE "Test unit written to [^ ]+" "$log" | tail -n 1 | sed 's/Test unit written to //' || true)
  echo "fuzz: libFuzzer $(grep -oE 'Seed: [0-9]+' "$log" | head -n 1)" >&2
  if [ -n "$crash" ]; then
    echo "fuzz: reproduce with: $fuzzer $crash" >&2
    echo "fuzz: once fixed, keep it: cp $crash tests/fuzz/regressions/<what-it-broke>.json (and a line in its README.md)" >&2
  fi
  fail "the fuzzer stopped with status $status" "$log"
fi

runs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo '?')
exec_s=$(grep -oE 'stat::average_exec_per_sec: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo '?')
took=$(grep -oE 'Done [0-9]+ runs in [0-9]+ second' "$log" | grep -oE 'in [0-9]+' | grep -oE '[0-9]+' || echo "$seconds")
corpus=$(grep -E '^#[0-9]+' "$log" | tail -n 1 | grep -oE 'corp: [0-9]+/[0-9A-Za-z]+' | sed 's/corp: //' || echo '?')
cov=$(grep -E '^#[0-9]+' "$log" | tail -n 1 | grep -oE 'cov: [0-9]+' | sed 's/cov: //' || echo '?')
echo "fuzz: passed: $runs runs in ${took}s ($exec_s exec/s), $seeds seeds -> corpus $corpus, cov $cov, ${#regressions[@]} regression inputs, no crash"
