#!/bin/sh
# One-shot (temporal-schema service, temporalio/admin-tools image): creates Temporal's persistence
# and visibility databases if missing and brings both schemas to the version this admin-tools
# release ships. Safe to run on every `docker compose up`: setup-schema -v 0.0 leaves an existing
# schema alone and update-schema only applies versions not yet applied.
set -eu
: "${POSTGRES_SEEDS:?}" "${POSTGRES_USER:?}" "${SQL_PASSWORD:?}"
DB_PORT=${DB_PORT:-5432}
DBNAME=${DBNAME:-temporal}
VISIBILITY_DBNAME=${VISIBILITY_DBNAME:-temporal_visibility}
SCHEMA_DIR=${TEMPORAL_SCHEMA_DIR:-/etc/temporal/schema/postgresql/v12}
export PGPASSWORD="$SQL_PASSWORD"

sql_tool() {
  temporal-sql-tool --plugin postgres12 --ep "$POSTGRES_SEEDS" -p "$DB_PORT" -u "$POSTGRES_USER" "$@"
}

attempt=1
until pg_isready -q -h "$POSTGRES_SEEDS" -p "$DB_PORT" -U "$POSTGRES_USER"; do
  [ "$attempt" -ge 30 ] && { echo "temporal-schema: PostgreSQL at $POSTGRES_SEEDS:$DB_PORT is not ready"; exit 1; }
  attempt=$((attempt + 1)); sleep 2
done

for pair in "$DBNAME:temporal" "$VISIBILITY_DBNAME:visibility"; do
  db=${pair%%:*}
  dir=$SCHEMA_DIR/${pair##*:}/versioned
  exists=$(psql -h "$POSTGRES_SEEDS" -p "$DB_PORT" -U "$POSTGRES_USER" -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = '$db'")
  if [ "$exists" = "1" ]; then
    echo "temporal-schema: database $db exists"
  else
    sql_tool --db "$db" create
  fi
  sql_tool --db "$db" setup-schema -v 0.0
  sql_tool --db "$db" update-schema -d "$dir"
done
echo "temporal-schema: $DBNAME and $VISIBILITY_DBNAME are up to date"
