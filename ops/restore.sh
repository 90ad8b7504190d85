#!/usr/bin/env bash
# Restores a backup of ops/backup.sh into an empty database (created if missing; refused if it holds tables, so a
# restore never mixes with live data). Start the application on it afterwards; GET /api/audit/verification then
# proves the restored audit chain is the one that was backed up.
#
# Usage: ops/restore.sh file.sql.gz database
# Settings (environment): COORDINATION_DB_HOST, COORDINATION_DB_PORT, COORDINATION_DB_USER, COORDINATION_DB_PASSWORD
set -euo pipefail
file=${1:?usage: ops/restore.sh file.sql.gz database}
name=${2:?usage: ops/restore.sh file.sql.gz database}
host=${COORDINATION_DB_HOST:-127.0.0.1}
port=${COORDINATION_DB_PORT:-3306}
user=${COORDINATION_DB_USER:?set COORDINATION_DB_USER}
client=$(command -v mariadb || command -v mysql)
run() { MYSQL_PWD=${COORDINATION_DB_PASSWORD:-} "$client" --host="$host" --port="$port" --user="$user" "$@"; }

[[ "$name" =~ ^[A-Za-z0-9_]+$ ]] || { echo "not a database name: $name" >&2; exit 2; }
run -e "CREATE DATABASE IF NOT EXISTS \`$name\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
tables=$(run -N -e "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '$name'")
[ "$tables" = "0" ] || { echo "$name is not empty ($tables tables): restore into an empty database" >&2; exit 3; }
gunzip -c "$file" | run --default-character-set=utf8mb4 "$name"
echo "restored $file into $name"
