#!/usr/bin/env bash
# Installs (if missing), starts and prepares a local PostgreSQL for the store's repository tests.
# Idempotent; works as root in a container without systemd (uses pg_ctlcluster, not systemctl).
# Every message goes to stderr; the LAST line on stdout is the export for the tests:
#   eval "$(bash .ci/postgres.sh | tail -1)"
set -euo pipefail

PG_ROLE=claimgraph
PG_PASSWORD=claimgraph
PG_DB=claimgraph_test
PG_PORT=5432

log() { echo "postgres.sh: $*" >&2; }

if [ "$(id -u)" -ne 0 ]; then
  log "must run as root (installs packages and starts the cluster as user postgres)"
  exit 1
fi

if ! command -v pg_lsclusters >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  log "installing PostgreSQL from Debian packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update >&2
  apt-get install -y postgresql >&2
fi

# The newest installed server version, e.g. 15.
PG_VERSION=$(ls /usr/lib/postgresql | sort -V | tail -1)
PG_CLUSTER=main

# A container image may ship the packages without a cluster (or with it removed).
if ! pg_lsclusters -h | awk '{print $1"/"$2}' | grep -qx "${PG_VERSION}/${PG_CLUSTER}"; then
  log "creating cluster ${PG_VERSION}/${PG_CLUSTER}"
  pg_createcluster --port "${PG_PORT}" "${PG_VERSION}" "${PG_CLUSTER}" >&2
fi

status=$(pg_lsclusters -h | awk -v v="${PG_VERSION}" -v c="${PG_CLUSTER}" '$1==v && $2==c {print $4}')
if [ "${status}" != "online" ]; then
  log "starting cluster ${PG_VERSION}/${PG_CLUSTER}"
  # The socket directory lives on tmpfs in many containers and may be gone after a restart.
  install -d -o postgres -g postgres -m 2775 /var/run/postgresql
  pg_ctlcluster "${PG_VERSION}" "${PG_CLUSTER}" start >&2
fi

# Wait until the server accepts connections over TCP, as the tests will connect.
for i in $(seq 1 60); do
  if pg_isready -q -h 127.0.0.1 -p "${PG_PORT}"; then
    break
  fi
  if [ "$i" -eq 60 ]; then
    log "server did not accept connections on 127.0.0.1:${PG_PORT} within 60 s"
    exit 1
  fi
  sleep 1
done

psql_admin() { runuser -u postgres -- psql -v ON_ERROR_STOP=1 -qAt -p "${PG_PORT}" "$@"; }

if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '${PG_ROLE}'")" != "1" ]; then
  log "creating role ${PG_ROLE}"
  psql_admin -c "CREATE ROLE ${PG_ROLE} LOGIN PASSWORD '${PG_PASSWORD}'" >&2
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '${PG_DB}'")" != "1" ]; then
  log "creating database ${PG_DB}"
  psql_admin -c "CREATE DATABASE ${PG_DB} OWNER ${PG_ROLE} ENCODING 'UTF8' TEMPLATE template0" >&2
fi

# Prove the credentials the tests use actually work (password auth over TCP).
if ! PGPASSWORD="${PG_PASSWORD}" psql -qAt -h 127.0.0.1 -p "${PG_PORT}" -U "${PG_ROLE}" -d "${PG_DB}" -c "SELECT 1" >/dev/null; then
  log "cannot log in as ${PG_ROLE} to ${PG_DB} over TCP; check pg_hba.conf"
  exit 1
fi
log "PostgreSQL ${PG_VERSION} ready on 127.0.0.1:${PG_PORT}, database ${PG_DB}"

echo "export CLAIMGRAPH_TEST_PG='jdbc:postgresql://127.0.0.1:${PG_PORT}/${PG_DB}?user=${PG_ROLE}&password=${PG_PASSWORD}'"
