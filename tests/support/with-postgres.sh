#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL cluster on 127.0.0.1, stopped and removed afterwards
# (also on failure). The command sees OMNITILL_HUB_DB=postgresql://postgres@127.0.0.1:PORT/postgres.
#   tests/support/with-postgres.sh COMMAND [ARGS...]
set -euo pipefail
PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)}
[ -x "$PGBIN/initdb" ] || { echo "with-postgres: PostgreSQL server binaries not found (install postgresql-15)"; exit 1; }
PGROOT=$(mktemp -d)
if [ "$(id -u)" = 0 ]; then
  chown postgres: "$PGROOT"
  as_pg() { (cd "$PGROOT" && runuser -u postgres -- "$@"); }
else
  as_pg() { (cd "$PGROOT" && "$@"); }
fi
stop() {
  as_pg "$PGBIN/pg_ctl" -D "$PGROOT/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$PGROOT"
}
trap stop EXIT
as_pg "$PGBIN/initdb" -D "$PGROOT/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >/dev/null
# Functional tests run without fsync; benchmarks set OMNITILL_PG_DURABLE=1 to keep it on.
if [ "${OMNITILL_PG_DURABLE:-0}" = 1 ]; then PGOPTS=""; else PGOPTS="-c fsync=off -c synchronous_commit=off"; fi
started=""
for attempt in 1 2 3 4 5 6 7 8 9 10; do
  PORT=$(( 20000 + (RANDOM % 20000) ))
  if as_pg "$PGBIN/pg_ctl" -D "$PGROOT/data" -l "$PGROOT/log" -w -t 30 \
       -o "-p $PORT -c listen_addresses=127.0.0.1 -k $PGROOT $PGOPTS" start >/dev/null 2>&1; then
    started=yes; break
  fi
done
[ -n "$started" ] || { echo "with-postgres: could not start PostgreSQL"; cat "$PGROOT/log"; exit 1; }
export OMNITILL_HUB_DB="postgresql://postgres@127.0.0.1:$PORT/postgres"
# The hubs' token-signing key, beside the throwaway cluster (never in the database).
export OMNITILL_HUB_KEY_FILE="$PGROOT/hub-key/hub.pem"
"$@"
