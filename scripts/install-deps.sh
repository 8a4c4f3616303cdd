#!/usr/bin/env bash
# Installs what the build and the tests need on Debian 12: Debian packages and the npm packages in package-lock.json
# (esbuild, Playwright, puppeteer-core, selenium-webdriver, axe-core, Ajv, ESLint, …).
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(cmake g++ make emscripten nlohmann-json3-dev catch2 chromium chromium-driver brotli clang python3
          unicode-data python3-confusable-homoglyphs  # these two: Unicode data for the text tables
          poppler-utils  # pdfinfo, pdftotext, pdftoppm: tests/browser/print.test.mjs reads the printed PDFs
          firefox-esr webkit2gtk-driver xvfb)  # tests/engines/: the journeys in Firefox ESR and WebKitGTK (MiniBrowser under Xvfb)
command -v node >/dev/null 2>&1 || packages+=(nodejs npm)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "== Installing Debian packages: ${missing[*]}"
  sudo_cmd=""
  [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "== Installing npm packages (package-lock.json)"
  npm ci --no-audit --no-fund --loglevel=error
fi
