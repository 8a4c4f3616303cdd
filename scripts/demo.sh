#!/usr/bin/env bash
# The README's first command: install, build, and serve the demo on localhost.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
exec node scripts/serve.mjs "${PORT:-8080}"
