#!/bin/bash
# Runs once, when the postgres volume is first initialised (docker-entrypoint-initdb.d).
# The app and Temporal get their own login roles; Temporal's two databases are created by the
# temporal-schema job (deploy/temporal/schema.sh), so its role may create databases.
set -euo pipefail
: "${CALLHOOKS_DB_PASSWORD:?CALLHOOKS_DB_PASSWORD is required}"
: "${TEMPORAL_DB_PASSWORD:?TEMPORAL_DB_PASSWORD is required}"

psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -v app_password="$CALLHOOKS_DB_PASSWORD" -v temporal_password="$TEMPORAL_DB_PASSWORD" <<'SQL'
CREATE ROLE callhooks LOGIN PASSWORD :'app_password';
CREATE DATABASE callhooks OWNER callhooks;
CREATE ROLE temporal LOGIN CREATEDB PASSWORD :'temporal_password';
SQL
