#!/usr/bin/env bash
# Installs PostgreSQL from Debian if it is missing, starts it on loopback, and prints a DATABASE_URL for a
# throwaway test database (emptied first with --fresh). Safe to run twice. Used by .ci/run; run it yourself to test against PostgreSQL.
set -euo pipefail

if ! command -v pg_ctlcluster >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
    echo "Installing PostgreSQL from Debian…" >&2
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
fi

version=$(ls /usr/lib/postgresql | sort -n | tail -n 1)
if ! pg_lsclusters -h | awk '{print $1" "$2}' | grep -q "^$version main$"; then
    pg_createcluster "$version" main >&2
fi
# Listen on loopback only.
conf="/etc/postgresql/$version/main/postgresql.conf"
if ! grep -q "^listen_addresses = '127.0.0.1'" "$conf"; then
    echo "listen_addresses = '127.0.0.1'" >>"$conf"
fi
if ! pg_lsclusters -h | grep -q "^$version *main .* online"; then
    pg_ctlcluster "$version" main start >&2
fi
port=$(pg_lsclusters -h | awk -v v="$version" '$1==v && $2=="main" {print $3}')

for _ in $(seq 1 30); do
    if su postgres -c "psql -p $port -qAtc 'select 1'" >/dev/null 2>&1; then break; fi
    sleep 1
done
su postgres -c "psql -p $port -qc \"ALTER USER postgres PASSWORD 'skillmix'\"" >/dev/null
if [ "${1:-}" = "--fresh" ]; then
    su postgres -c "dropdb -p $port --if-exists skillmix_test"
fi
if ! su postgres -c "psql -p $port -qAtc \"SELECT 1 FROM pg_database WHERE datname='skillmix_test'\"" | grep -q 1; then
    su postgres -c "createdb -p $port skillmix_test"
fi
echo "postgres://postgres:skillmix@127.0.0.1:$port/skillmix_test?sslmode=disable"
