#!/usr/bin/env bash
# Fuzzes the native core with libFuzzer for a bounded time: scripts/fuzz.sh [SECONDS] [TARGET…] (default 60 s,
# every target). The targets (tests/fuzz/): fuzz_core (loader, api, queries over loaded datasets, linter),
# fuzz_query (the query parser and the search), fuzz_cli (the claims-lint command's output).
# SECONDS is shared out: half to fuzz_core, the rest evenly.
#
# Builds build/fuzz with clang-14 (-fsanitize=fuzzer,address,undefined), replays tests/fuzz/regressions/ on
# every target, then fuzzes each from a scratch folder (nothing is written into the repository) holding its
# seeds: tests/fuzz/corpus*/ and the large seeds that tests/fuzz/make_large_seeds.py writes (megabytes, at the
# size and count limits; runs of 600 s or more also get a 16 MiB dataset that loads). -max_len is the size
# limit and a little more, so that the custom mutator (tests/fuzz/grow_mutator.cpp) can grow inputs past it.
# Prints one line per target (runs, exec/s, corpus, coverage, the largest input run and kept); on a crash
# prints the log, keeps the input under build/fuzz/artifacts/ and exits non-zero.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
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
targets=("$@")
((${#targets[@]})) || targets=(fuzz_core fuzz_query fuzz_cli)
if ! cmake --build "$build" --target "${targets[@]}" -j"$(nproc)" >"$log_dir/build.log" 2>&1; then
  fail "build" "$log_dir/build.log"
fi

export ASAN_OPTIONS=halt_on_error=1:abort_on_error=1:detect_leaks=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1

scratch=$(mktemp -d "${TMPDIR:-/tmp}/benefits-fuzz.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
large_datasets=$scratch/large-datasets
large_dataset_options=()
((seconds >= 600)) && large_dataset_options=(--all)
python3 tests/fuzz/make_large_seeds.py dataset "$large_datasets" "${large_dataset_options[@]}" >/dev/null
shopt -s nullglob
regressions=()
for f in tests/fuzz/regressions/*; do [ "$(basename "$f")" = README.md ] || regressions+=("$f"); done
size_limit=$((16 << 20))

# The time of each target: half to fuzz_core when there are others, the rest evenly.
share() {
  local n=${#targets[@]}
  if ((n == 1)); then echo "$seconds"
  elif [ "$1" = fuzz_core ]; then echo $((seconds / 2))
  elif [[ " ${targets[*]} " == *" fuzz_core "* ]]; then echo $(((seconds - seconds / 2) / (n - 1)))
  else echo $((seconds / n)); fi
}

for target in "${targets[@]}"; do
  fuzzer=$build/tests/fuzz/$target
  log=$log_dir/$target.log

  # 1. Every input that once crashed must still run clean.
  if ((${#regressions[@]})) && ! "$fuzzer" -runs=1 "${regressions[@]}" >"$log_dir/$target-regressions.log" 2>&1; then
    fail "$target: a regression input crashes again" "$log_dir/$target-regressions.log"
  fi

  # 2. Its seeds in a scratch folder; its size limit.
  corpus=$scratch/$target
  mkdir -p "$corpus"
  case $target in
    fuzz_query)
      cp tests/fuzz/corpus-query/* "$corpus"/
      python3 tests/fuzz/make_large_seeds.py query "$corpus" >/dev/null
      limit=65536
      max_len=$((limit + 1024)) ;;
    fuzz_cli)
      # Each input is linted three times here: short runs get the cheaper large seeds only.
      cp tests/fuzz/corpus/* "$corpus"/
      if ((seconds >= 600)); then cp "$large_datasets"/* "$corpus"/
      else cp "$large_datasets"/large-{size-over,string,findings}* "$corpus"/; fi
      limit=$size_limit
      max_len=$((limit + 65536)) ;;
    *)
      cp tests/fuzz/corpus/* "$large_datasets"/* "$corpus"/
      limit=$size_limit
      max_len=$((limit + 65536)) ;;
  esac
  seeds=$(find "$corpus" -type f | wc -l)

  # 3. Fuzz. A 16 MiB dataset that loads takes over a minute under the sanitizers on a busy machine (load 16 on
  # 2 cores): the timeout is five. -len_control=0: inputs may grow to max_len at once (not a few bytes at a time).
  # -entropic_scale_per_exec_time=1: the fast inputs are mutated more often than the ones of megabytes (up to
  # 30 times), which would otherwise take most of the time (3 exec/s instead of tens).
  status=0
  "$fuzzer" "$corpus" -max_total_time="$(share "$target")" -timeout=300 -rss_limit_mb=4096 -max_len="$max_len" \
    -len_control=0 -entropic_scale_per_exec_time=1 -dict=tests/fuzz/json.dict -artifact_prefix="$build/artifacts/$target-" -print_final_stats=1 \
    >"$log" 2>&1 || status=$?

  if ((status != 0)) || grep -qE '^(==[0-9]+==ERROR|SUMMARY: (Address|Undefined|Leak)|.*runtime error:)' "$log"; then
    crash=$(grep -oE "Test unit written to [^ ]+" "$log" | tail -n 1 | sed 's/Test unit written to //' || true)
    echo "fuzz: $target: libFuzzer $(grep -oE 'Seed: [0-9]+' "$log" | head -n 1)" >&2
    if [ -n "$crash" ]; then
      echo "fuzz: reproduce with: $fuzzer $crash" >&2
      echo "fuzz: once fixed, keep it: cp $crash tests/fuzz/regressions/<what-it-broke>.json (and a line in its README.md)" >&2
    fi
    fail "$target: the fuzzer stopped with status $status" "$log"
  fi

  stat_of() { grep -oE "stat::$1: *[0-9]+" "$log" | grep -oE '[0-9]+$' || echo '?'; }
  last=$(grep -E '^#[0-9]+' "$log" | tail -n 1)
  took=$(grep -oE 'Done [0-9]+ runs in [0-9]+ second' "$log" | grep -oE 'in [0-9]+' | grep -oE '[0-9]+' || echo '?')
  corp=$(grep -oE 'corp: [0-9]+/[0-9A-Za-z]+' <<<"$last" | sed 's/corp: //' || echo '?')
  cov=$(grep -oE 'cov: [0-9]+' <<<"$last" | sed 's/cov: //' || echo '?')
  ft=$(grep -oE 'ft: [0-9]+' <<<"$last" | sed 's/ft: //' || echo '?')
  largest_run=$(grep -oE 'largest input run: [0-9]+' "$log" | grep -oE '[0-9]+$' | tail -n 1 || echo '?')
  largest_kept=$(find "$corpus" -type f -printf '%s\n' | sort -n | tail -n 1)
  # 4. The limits were reached: an input over the size limit ran, and (fuzz_core) each limit refused one.
  if [ "$largest_run" = '?' ] || ((largest_run <= limit)); then
    fail "$target: no input over the size limit of $limit bytes ran (largest: $largest_run)" "$log"
  fi
  reached=$(grep -oE 'limits reached: .*' "$log" | tail -n 1 || true)
  if [ "$target" = fuzz_core ] && { [ -z "$reached" ] || grep -qE ' 0(,|$)' <<<"$reached"; }; then
    fail "$target: a limit was never reached (${reached:-no count printed})" "$log"
  fi
  mb_kept=$(find "$corpus" -type f -size +1000k | wc -l)
  echo "fuzz: $target passed: $(stat_of number_of_executed_units) runs in ${took}s ($(stat_of average_exec_per_sec) exec/s)," \
    "$seeds seeds -> corpus $corp ($mb_kept inputs over 1 MB), cov $cov, ft $ft, largest input run $largest_run bytes," \
    "largest kept $largest_kept bytes,${reached:+ $reached,} peak RSS $(stat_of peak_rss_mb) MB, ${#regressions[@]} regression inputs, no crash"
done
