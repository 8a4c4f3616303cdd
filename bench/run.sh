#!/usr/bin/env bash
# The benchmark: builds the release module (scripts/build.sh), measures the first screen against its anchors
# (bench/first-screen.mjs: plain-JS baseline, product, prerendered, static; 1x and 4x CPU; payload; writes
# bench/first-screen.json), then Lighthouse's mobile figures for the demo and those pages served compressed
# (bench/lighthouse.mjs: LCP, FCP, TBT, Speed Index, score; writes bench/lighthouse.json; Lighthouse 12.2.3 is
# installed on first use into build/bench-tools, never into the project), generates the datasets, and runs
# bench/run.mjs (load / search / filter / memory, native core), which prints a table and writes
# bench/results.json (docs/performance.md explains every figure).
#
#   bash bench/run.sh --quick            the first screen only, 5 runs per page and rate (a few minutes)
#   bash bench/run.sh [--render-runs 15] [--lighthouse-runs 3] [--sizes 100,1000,10000,100000] [--out FILE]
#                     [--no-native] [--no-browser] [--no-render] [--no-lighthouse]
#   --no-browser skips every browser measurement (first screen, Lighthouse, bench/run.mjs's own);
#   --no-render the first screen alone; --no-lighthouse Lighthouse alone.
#   BENCH_SKIP_BUILD=1   use the build that is there (build/, dist/) instead of building again
#   BENCH_NO_LIFTED=1    skip the informational module built with a larger size limit
# Takes about 10 minutes on 2 cores when the build is current (a clean build adds a few minutes; Lighthouse,
# 5 pages × 3 runs, about 3 of them, and its first install under a minute).
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs   # Emscripten's optimiser needs Debian's acorn

bash scripts/install-deps.sh   # installs only what is missing (a clean clone needs the npm packages)
if [ "${BENCH_SKIP_BUILD:-0}" != 1 ] || [ ! -f dist/benefits-explorer.css ]; then
  echo "== Release build (scripts/build.sh)"
  bash scripts/build.sh
fi

quick=0
render_runs=15
lighthouse_runs=3
no_render=0
no_lighthouse=0
rest=()
while (($#)); do
  case "$1" in
    --quick) quick=1 ;;
    --render-runs) render_runs="$2"; shift ;;
    --lighthouse-runs) lighthouse_runs="$2"; shift ;;
    --no-render) no_render=1 ;;
    --no-lighthouse) no_lighthouse=1 ;;
    --no-browser) no_render=1; no_lighthouse=1; rest+=("$1") ;;
    *) rest+=("$1") ;;
  esac
  shift
done
if [ "$quick" = 1 ]; then
  mkdir -p build
  node bench/first-screen.mjs --runs 5 --out build/first-screen-quick.json   # bench/first-screen.json is the full run's
  exit 0
fi
if [ "$no_render" = 0 ]; then
  node bench/first-screen.mjs --runs "$render_runs"
fi
if [ "$no_lighthouse" = 0 ]; then
  # Not a project dependency (CI never installs it): a folder of its own, installed only when missing. Pinned:
  # 13 needs Node 22, and locks made with 12.3 to 13.4 break npm ci. It drives Debian's chromium (no download).
  lighthouse_version=12.2.3
  tools=build/bench-tools
  if [ "$(node -p "try { require('./$tools/node_modules/lighthouse/package.json').version } catch { '' }")" != "$lighthouse_version" ]; then
    echo "== Installing Lighthouse $lighthouse_version into $tools (once)"
    mkdir -p "$tools"
    PUPPETEER_SKIP_DOWNLOAD=1 npm install --prefix "$tools" --save-exact --no-audit --no-fund --loglevel=error "lighthouse@$lighthouse_version"
  fi
  node bench/lighthouse.mjs --runs "$lighthouse_runs"
fi
set -- "${rest[@]}" --no-render   # bench/run.mjs's own first render (to be-ready) is superseded by first-screen.mjs
if [ ! -x build/native/bench/bench_core ]; then
  cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build/native -j"$(nproc)" --target bench_core
fi

# Datasets over the shipped size limit (16 MiB) are reported as "over limit". To show what they would cost,
# the same page module is also built with the limit raised to 256 MiB, for this benchmark only: its figures
# are marked as informational in the table and in results.json.
lifted=()
if [ "${BENCH_NO_LIFTED:-0}" != 1 ]; then
  lifted_bytes=$((256 * 1024 * 1024))
  if [ "${BENCH_SKIP_BUILD:-0}" != 1 ] || [ ! -f build/bench-wasm/page/benefits-core.wasm ]; then
    echo "== Informational module with max_bytes = $lifted_bytes (build/bench-wasm, never shipped)"
    emcmake cmake -S . -B build/bench-wasm -DCMAKE_BUILD_TYPE=MinSizeRel -DBENEFITS_BENCH_MAX_BYTES=$lifted_bytes >/dev/null
    cmake --build build/bench-wasm -j"$(nproc)" --target benefits-core-page
  fi
  lifted=(--lifted-core build/bench-wasm/page)
  export BENCH_LIFTED_MAX_BYTES="256 MiB"
fi

echo "== Datasets (bench/generate-dataset.mjs, fixed seed)"
mkdir -p bench/out
for n in 100 1000 10000 100000; do
  out=bench/out/claims-$n.json
  if [ ! -s "$out" ] || [ "$out" -ot bench/generate-dataset.mjs ] || [ "$out" -ot data/claims.json ]; then
    node bench/generate-dataset.mjs "$n" "$out"
  fi
  echo "  $out: $(stat -c %s "$out") bytes"
done

echo "== Measuring"
node bench/run.mjs "${lifted[@]}" "$@"
