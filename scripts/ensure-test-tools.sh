#!/usr/bin/env bash
# Before `npm test`: the tools some tests drive, from Debian's packages, never downloaded by hand. Installed here when
# missing and this machine can (root with apt-get); otherwise each test says how to get its tool.
# - chromium: the sandbox's browser test (test/sandbox-browser.test.ts), or LIAISON_CHROMIUM;
# - a PostgreSQL server with pg_basebackup: the read-replica test (test/read-replicas.test.ts), or LIAISON_PG_BIN
#   (the embedded PostgreSQL ships only initdb, pg_ctl and postgres).
set -euo pipefail
missing=()
if [ -z "${LIAISON_CHROMIUM:-}" ] && [ ! -x /usr/bin/chromium ]; then missing+=(chromium); fi
if [ -z "${LIAISON_PG_BIN:-}" ] && ! ls /usr/lib/postgresql/*/bin/pg_basebackup >/dev/null 2>&1; then
  missing+=(postgresql)
fi
if [ ${#missing[@]} = 0 ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "installing Debian's ${missing[*]} for the tests (apt-get)" >&2
  apt-get update -qq
  # Debian's postgresql would create and start a cluster of its own on port 5432: the tests only want its binaries.
  if [[ " ${missing[*]} " == *" postgresql "* ]] && [ ! -e /etc/postgresql-common/createcluster.conf ]; then
    mkdir -p /etc/postgresql-common && echo 'create_main_cluster = false' >/etc/postgresql-common/createcluster.conf
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "note: missing ${missing[*]}: install them from Debian's packages, or set LIAISON_CHROMIUM / LIAISON_PG_BIN" >&2
fi
