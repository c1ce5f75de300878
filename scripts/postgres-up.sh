#!/usr/bin/env bash
# Start (or find) the local PostgreSQL server and create the role and database the tests use.
# Idempotent. Prints nothing on success but one line saying where the server is.
set -euo pipefail

role=${TEST_PG_ROLE:-tracker}
password=${TEST_PG_PASSWORD:-tracker}
database=${TEST_PG_DATABASE:-tracker_test}

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing PostgreSQL (apt-get)..."
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  else
    echo "PostgreSQL is not installed; install it (apt-get install postgresql) to run its tests." >&2
    exit 1
  fi
fi

cluster=$(pg_lsclusters --no-header | awk 'NR==1 {print $1" "$2}')
if [ -z "$cluster" ]; then
  echo "No PostgreSQL cluster exists; create one with pg_createcluster." >&2
  exit 1
fi
if ! pg_lsclusters --no-header | awk 'NR==1 {print $4}' | grep -q online; then
  pg_ctlcluster $cluster start
fi

as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -c "$1"; else sudo -u postgres sh -c "$1"; fi; }
for _ in $(seq 1 30); do
  as_postgres "psql -Atqc 'select 1'" >/dev/null 2>&1 && break
  sleep 1
done

as_postgres "psql -v ON_ERROR_STOP=1 -qAt" <<SQL
DO \$\$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$role') THEN
    CREATE ROLE $role LOGIN CREATEDB PASSWORD '$password';
  ELSE
    ALTER ROLE $role LOGIN CREATEDB PASSWORD '$password';
  END IF;
END
\$\$;
-- lets the tests drop their databases WITH (FORCE) after a crashed run left a connection open
GRANT pg_signal_backend TO $role;
SQL
if ! as_postgres "psql -Atqc \"select 1 from pg_database where datname = '$database'\"" | grep -q 1; then
  as_postgres "createdb -O $role $database"
fi
echo "PostgreSQL is up: postgresql+psycopg://$role:***@127.0.0.1:5432/$database"
