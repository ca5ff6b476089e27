#!/usr/bin/env bash
# Starts a throw-away PostgreSQL cluster on loopback for the store tests and prints the settings
# to eval:   eval "$(releng/scripts/start-postgres.sh)"   ... then: releng/scripts/start-postgres.sh --stop DIR
# The cluster lives under /tmp (initdb as the postgres user; as root through su), on the first
# free port from 5433, with database and role "egov_test". Needs the Debian package postgresql.
set -u
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
if [ "$(id -u)" -eq 0 ]; then
  run() { su postgres -s /bin/sh -c "$*"; }
else
  run() { sh -c "$*"; } # the postgres user, or an ordinary user owning a private cluster
fi
if [ "${1:-}" = "--stop" ]; then
  dir=${2:?cluster folder}
  case "$dir" in /tmp/egov-pg.*) ;; *) echo "start-postgres: not a test cluster: $dir" >&2; exit 1 ;; esac
  [ -d "$dir/data" ] && run "$bin/pg_ctl -D $dir/data -m immediate stop" >/dev/null 2>&1
  rm -rf "$dir"
  exit 0
fi
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ]; then
  echo "start-postgres: PostgreSQL is not installed (Debian package postgresql)" >&2
  exit 1
fi
dir=$(mktemp -d /tmp/egov-pg.XXXXXX)
chmod 755 "$dir"
[ "$(id -u)" -eq 0 ] && chown postgres "$dir"
port=5433
while (echo >/dev/tcp/127.0.0.1/$port) 2>/dev/null; do port=$((port + 1)); done
password=egov-test-$$
{
  run "$bin/initdb -D $dir/data -U postgres -A trust -E UTF8 --locale=C.UTF-8" &&
  run "$bin/pg_ctl -D $dir/data -l $dir/log -w -t 60 -o \"-p $port -c listen_addresses=127.0.0.1 -k $dir\" start" &&
  run "$bin/psql -h 127.0.0.1 -p $port -U postgres -v ON_ERROR_STOP=1 -c \"CREATE ROLE egov_test LOGIN PASSWORD '$password'\" -c \"CREATE DATABASE egov_test OWNER egov_test ENCODING 'UTF8'\""
} >"$dir/setup.log" 2>&1 || {
  echo "start-postgres: could not start PostgreSQL; see $dir/setup.log and $dir/log:" >&2
  tail -20 "$dir/setup.log" >&2
  exit 1
}
echo "export EGOV_TEST_PG_URL=jdbc:postgresql://127.0.0.1:$port/egov_test"
echo "export EGOV_TEST_PG_USER=egov_test"
echo "export EGOV_TEST_PG_PASSWORD=$password"
echo "export EGOV_TEST_PG_DIR=$dir"
echo "start-postgres: PostgreSQL $(basename "$(dirname "$bin")") on 127.0.0.1:$port, cluster $dir" >&2
