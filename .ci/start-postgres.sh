#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster for sitrep's PostgreSQL store tests and prints the line
# that points them at it:
#
#   eval "$(.ci/start-postgres.sh)"          # sets SITREP_TEST_PG_URL
#   npm test
#   .ci/start-postgres.sh --stop             # stops this cluster (and nothing else)
#
# The cluster lives in $SITREP_PG_DIR (default: $TMPDIR/sitrep-ci-postgres), listens on 127.0.0.1
# only, on a free port, with trust authentication: it is for tests, never for data. Run again, it
# reuses the running cluster. Everything but the final export line goes to stderr, so eval sees
# only that line. Installs PostgreSQL from Debian when no server binaries are found.
set -euo pipefail

dir="${SITREP_PG_DIR:-${TMPDIR:-/tmp}/sitrep-ci-postgres}"
role=sitrep
database=sitrep

say() { echo "start-postgres: $*" >&2; }

# initdb refuses to run as root, so root runs the server as the postgres user.
as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

find_bin() {
  local initdb
  initdb="$(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -z "$initdb" ]; then initdb="$(command -v initdb || true)"; fi
  if [ -n "$initdb" ]; then dirname "$(readlink -f "$initdb")"; fi
}

bin="$(find_bin)"
if [ -z "$bin" ]; then
  say "no PostgreSQL server found; installing the Debian package"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y postgresql >&2
  bin="$(find_bin)"
  if [ -z "$bin" ]; then say "apt-get installed postgresql but no initdb was found under /usr/lib/postgresql"; exit 1; fi
fi

pg_ctl_status() { as_owner "$bin/pg_ctl" -D "$dir/data" status >/dev/null 2>&1; }

if [ "${1:-}" = "--stop" ]; then
  if [ -d "$dir/data" ] && pg_ctl_status; then
    as_owner "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2
  else
    say "no cluster running in $dir"
  fi
  exit 0
fi

free_port() {
  # Node is on every machine that runs sitrep's tests; port 0 lets the kernel pick a free port.
  if command -v node >/dev/null; then
    node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"
    return
  fi
  local port
  for port in $(seq 54329 54429); do
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
  say "no free port between 54329 and 54429"; exit 1
}

if [ -d "$dir/data" ] && pg_ctl_status; then
  port="$(cat "$dir/port")"
  say "reusing the cluster in $dir on port $port"
else
  mkdir -p "$dir"
  if [ "$(id -u)" -eq 0 ]; then chown postgres: "$dir"; fi
  if [ ! -f "$dir/data/PG_VERSION" ]; then
    rm -rf "$dir/data"
    # C locale: the same sort order and text-search parsing on every machine.
    as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C >&2
  fi
  port="$(free_port)"
  echo "$port" > "$dir/port.tmp" && mv "$dir/port.tmp" "$dir/port"
  # fsync off: a crashed test cluster is thrown away, never recovered.
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
    -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories='$dir' -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >&2
  say "started PostgreSQL ($("$bin/postgres" --version)) in $dir on port $port"
fi

psql_admin() { as_owner "$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtAX "$@"; }
if [ -z "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$role'")" ]; then
  # CREATEDB: the tests make a randomly named database per run and drop it afterwards.
  psql_admin -c "CREATE ROLE $role LOGIN CREATEDB" >&2
fi
# pg_signal_backend: the tests drop their database WITH (FORCE), which must end an autovacuum worker that
# happens to be vacuuming it; without this, that race fails the run after every test has passed.
psql_admin -c "GRANT pg_signal_backend TO $role" >&2
if [ -z "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$database'")" ]; then
  psql_admin -c "CREATE DATABASE $database OWNER $role" >&2
fi

say "stop it with: $0 --stop"
echo "export SITREP_TEST_PG_URL=postgres://$role@127.0.0.1:$port/$database"
