#!/usr/bin/env bash
# Runs the test suite against a local PostgreSQL instead of the embedded H2 (issue 6: "passes on PostgreSQL as well as H2").
#  - installs Debian's postgresql with apt-get when it is missing (needs root);
#  - starts the 15/main cluster (listening on 127.0.0.1:5432);
#  - (re)creates role ${VFM_PG_USER:-vfm} and a fresh database ${VFM_PG_DB:-vfm_test};
#  - runs ./mvnw verify with the test and pg profiles (pg last, so its datasource wins; %test keeps drop-and-create).
# Extra arguments go to Maven, e.g. scripts/test-on-postgres.sh -Dtest=SignInTest
set -euo pipefail
cd "$(dirname "$0")/.."

PG_USER="${VFM_PG_USER:-vfm}"
PG_PASSWORD="${VFM_PG_PASSWORD:-vfm-test-only}"
PG_DB="${VFM_PG_DB:-vfm_test}"

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  if [ "$(id -u)" != "0" ]; then
    echo "PostgreSQL is not installed and this script is not root: apt-get install -y postgresql first." >&2
    exit 2
  fi
  echo "Installing PostgreSQL (Debian package postgresql)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi

VERSION="$(ls /etc/postgresql | sort -n | tail -1)"
if ! pg_lsclusters -h | awk -v v="$VERSION" '$1==v && $2=="main" && $4=="online"' | grep -q .; then
  echo "Starting PostgreSQL $VERSION/main"
  pg_ctlcluster "$VERSION" main start
fi

as_postgres() { if [ "$(id -u)" = "0" ]; then su postgres -c "$1"; else sudo -u postgres sh -c "$1"; fi; }
as_postgres "psql -v ON_ERROR_STOP=1 -q -d postgres" <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${PG_USER}') THEN CREATE ROLE ${PG_USER} LOGIN PASSWORD '${PG_PASSWORD}';
  ELSE ALTER ROLE ${PG_USER} LOGIN PASSWORD '${PG_PASSWORD}'; END IF;
END \$\$;
DROP DATABASE IF EXISTS ${PG_DB};
CREATE DATABASE ${PG_DB} OWNER ${PG_USER};
SQL

export VFM_PG_URL="jdbc:postgresql://127.0.0.1:5432/${PG_DB}"
export VFM_PG_USER="${PG_USER}"
export VFM_PG_PASSWORD="${PG_PASSWORD}"
echo "Running the tests on ${VFM_PG_URL}"
./mvnw verify -Dquarkus.test.profile=test,pg "$@"
