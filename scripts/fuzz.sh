#!/usr/bin/env bash
# Fuzzes the native core with libFuzzer for a bounded time: scripts/fuzz.sh [SECONDS] [TARGET…] (default 60 s,
# every target). The targets (tests/fuzz/): fuzz_core (loader, api, queries over loaded datasets, linter),
# fuzz_query (the query parser and the search), fuzz_cli (the claims-lint command's output).
# SECONDS is shared out: half to fuzz_core, the rest evenly.
#
# Builds build/fuzz with clang-14 (-fsanitize=fuzzer,address,undefined), replays tests/fuzz/regressions/ on
# every target, then fuzzes each from scratch folders (nothing is written into the repository). The dataset
# targets run twice: from the large seeds that tests/fuzz/make_large_seeds.py writes (megabytes, at the size
# and count limits; runs of 600 s or more also get a 16 MiB dataset that loads) with -max_len the size limit and
# a little more, so that the custom mutator (tests/fuzz/grow_mutator.cpp) grows inputs past it; and from
# tests/fuzz/corpus/ with -max_len 64 KiB. fuzz_query runs once, from tests/fuzz/corpus-query/ and large
# queries, up to the query limit.
# Prints one line per libFuzzer run (runs, exec/s, corpus, coverage, the largest input run and kept, the limits
# reached); on a crash prints the log, keeps the input under build/fuzz/artifacts/ and exits non-zero. Fails too
# when a run from the large seeds never ran an input over its size limit, or fuzz_core never reached a limit.
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

# One libFuzzer run: fuzz TARGET PHASE SECONDS LIMIT MAX_LEN CORPUS; prints its line, fails on a crash.
fuzz() {
  local target=$1 phase=$2 time=$3 limit=$4 max_len=$5 corpus=$6
  local fuzzer=$build/tests/fuzz/$target log=$log_dir/$target-$phase.log status=0
  local seeds
  seeds=$(find "$corpus" -type f | wc -l)
  # A 16 MiB dataset that loads takes over a minute under the sanitizers on a busy machine (load 16 on 2 cores):
  # the timeout is five. -len_control=0: inputs may grow to max_len at once (not a few bytes at a time).
  # -entropic_scale_per_exec_time=1: fast inputs are mutated more often than slow ones (up to 30 times).
  "$fuzzer" "$corpus" -max_total_time="$time" -timeout=300 -rss_limit_mb=4096 -max_len="$max_len" -len_control=0 \
    -entropic_scale_per_exec_time=1 -dict=tests/fuzz/json.dict -artifact_prefix="$build/artifacts/$target-" \
    -print_final_stats=1 >"$log" 2>&1 || status=$?

  if ((status != 0)) || grep -qE '^(==[0-9]+==ERROR|SUMMARY: (Address|Undefined|Leak)|.*runtime error:)' "$log"; then
    local crash
    crash=$(grep -oE "Test unit written to [^ ]+" "$log" | tail -n 1 | sed 's/Test unit written to //' || true)
    echo "fuzz: $target ($phase): libFuzzer $(grep -oE 'Seed: [0-9]+' "$log" | head -n 1)" >&2
    if [ -n "$crash" ]; then
      echo "fuzz: reproduce with: $fuzzer $crash" >&2
      echo "fuzz: once fixed, keep it: cp $crash tests/fuzz/regressions/<what-it-broke>.json (and a line in its README.md)" >&2
    fi
    fail "$target ($phase): the fuzzer stopped with status $status" "$log"
  fi

  stat_of() { grep -oE "stat::$1: *[0-9]+" "$log" | grep -oE '[0-9]+$' || echo '?'; }
  local last took corp cov ft largest_run largest_kept reached mb_kept
  last=$(grep -E '^#[0-9]+' "$log" | tail -n 1)
  took=$(grep -oE 'Done [0-9]+ runs in [0-9]+ second' "$log" | grep -oE 'in [0-9]+' | grep -oE '[0-9]+' || echo '?')
  corp=$(grep -oE 'corp: [0-9]+/[0-9A-Za-z]+' <<<"$last" | sed 's/corp: //' || echo '?')
  cov=$(grep -oE 'cov: [0-9]+' <<<"$last" | sed 's/cov: //' || echo '?')
  ft=$(grep -oE 'ft: [0-9]+' <<<"$last" | sed 's/ft: //' || echo '?')
  largest_run=$(grep -oE 'largest input run: [0-9]+' "$log" | grep -oE '[0-9]+$' | tail -n 1 || echo '?')
  largest_kept=$(find "$corpus" -type f -printf '%s\n' | sort -n | tail -n 1)
  mb_kept=$(find "$corpus" -type f -size +1000k | wc -l)
  reached=$(grep -oE 'limits reached: .*' "$log" | tail -n 1 || true)
  # The limits were reached (the runs that start from the large seeds): an input over the size limit ran, and
  # (fuzz_core) each limit refused one.
  if [ -n "$limit" ]; then
    if [ "$largest_run" = '?' ] || ((largest_run <= limit)); then
      fail "$target ($phase): no input over the size limit of $limit bytes ran (largest: $largest_run)" "$log"
    fi
    if [ "$target" = fuzz_core ] && { [ -z "$reached" ] || grep -qE ' 0(,|$)' <<<"$reached"; }; then
      fail "$target ($phase): a limit was never reached (${reached:-no count printed})" "$log"
    fi
  else
    reached=
  fi
  echo "fuzz: $target ($phase) passed: $(stat_of number_of_executed_units) runs in ${took}s" \
    "($(stat_of average_exec_per_sec) exec/s), $seeds seeds -> corpus $corp ($mb_kept inputs over 1 MB), cov $cov," \
    "ft $ft, largest input run $largest_run bytes, largest kept $largest_kept bytes,${reached:+ $reached,}" \
    "peak RSS $(stat_of peak_rss_mb) MB, no crash"
}

for target in "${targets[@]}"; do
  # 1. Every input that once crashed must still run clean.
  if ((${#regressions[@]})) &&
    ! "$build/tests/fuzz/$target" -runs=1 "${regressions[@]}" >"$log_dir/$target-regressions.log" 2>&1; then
    fail "$target: a regression input crashes again" "$log_dir/$target-regressions.log"
  fi

  # 2. Fuzz from scratch copies of its seeds. Datasets: two runs, because an input of megabytes takes seconds
  # and one of kilobytes milliseconds: a third of the time from the large seeds (with -max_len past the size
  # limit), the rest from the small ones with -max_len 64 KiB, as fast as before the large seeds.
  time=$(share "$target")
  small=$scratch/$target-small large=$scratch/$target-large
  mkdir -p "$small" "$large"
  case $target in
    fuzz_query)
      cp tests/fuzz/corpus-query/* "$small"/
      python3 tests/fuzz/make_large_seeds.py query "$small" >/dev/null
      fuzz "$target" "queries" "$time" 65536 $((65536 + 1024)) "$small" ;;
    *)
      cp tests/fuzz/corpus/* "$small"/
      cp tests/fuzz/corpus/* "$large"/
      # fuzz_cli lints each input three times: short runs give it the cheaper large seeds only.
      if [ "$target" = fuzz_core ] || ((seconds >= 600)); then cp "$large_datasets"/* "$large"/
      else cp "$large_datasets"/large-{size-over,string,findings}* "$large"/; fi
      fuzz "$target" "large inputs" $((time / 3)) "$size_limit" $((size_limit + 65536)) "$large"
      fuzz "$target" "small inputs" $((time - time / 3)) "" 65536 "$small" ;;
  esac
done
echo "fuzz: ${#targets[@]} targets passed, ${#regressions[@]} regression inputs replayed on each"
