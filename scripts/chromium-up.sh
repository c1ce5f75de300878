#!/usr/bin/env bash
# Make sure Debian's Chromium is installed for the browser tests (no browser downloads).
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium (apt-get)..."
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
else
  echo "Chromium is missing: run 'sudo apt-get install chromium' for the browser tests." >&2
  [ "${CI:-}" = true ] && exit 1
fi
exit 0
