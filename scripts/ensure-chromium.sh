#!/usr/bin/env bash
# Before `npm test`: the sandbox's browser test (test/sandbox-browser.test.ts) drives Debian's Chromium, never a
# downloaded browser. Installed here when missing and this machine can (root with apt-get); otherwise the test says how.
set -euo pipefail
if [ -n "${LIAISON_CHROMIUM:-}" ] || [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing Debian's chromium for the sandbox's browser test (apt-get)" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
else
  echo "note: no /usr/bin/chromium; install Debian's chromium or set LIAISON_CHROMIUM for the sandbox's browser test" >&2
fi
