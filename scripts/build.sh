#!/usr/bin/env bash
# Builds everything: the native core and its tests (build/native), the WebAssembly module (build/wasm),
# and the files a host serves (dist/).
set -euo pipefail
cd "$(dirname "$0")/.."
export NODE_PATH=/usr/share/nodejs   # Emscripten's optimiser needs Debian's acorn

jobs=$(nproc)
echo "== Native core and tests"
cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build/native -j"$jobs"

echo "== WebAssembly module"
emcmake cmake -S . -B build/wasm -DCMAKE_BUILD_TYPE=MinSizeRel >/dev/null
cmake --build build/wasm -j"$jobs"

echo "== Web bundle (dist/)"
node scripts/bundle-web.mjs
