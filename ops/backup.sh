#!/usr/bin/env bash
# A consistent backup of the coordination database while the application runs: one InnoDB snapshot
# (--single-transaction), so every record and the audit entries that cover it are dumped as of the same instant,
# with BLOBs (attachments, documents) as hex. Written to a temporary name and renamed, so a failed run never
# leaves a half file that looks like a backup.
#
# Usage: ops/backup.sh [file.sql.gz]
# Settings (environment): COORDINATION_DB_HOST (127.0.0.1), COORDINATION_DB_PORT (3306),
#   COORDINATION_DB_NAME (coordination), COORDINATION_DB_USER, COORDINATION_DB_PASSWORD
set -euo pipefail
host=${COORDINATION_DB_HOST:-127.0.0.1}
port=${COORDINATION_DB_PORT:-3306}
name=${COORDINATION_DB_NAME:-coordination}
user=${COORDINATION_DB_USER:?set COORDINATION_DB_USER}
out=${1:-coordination-$(date -u +%Y%m%dT%H%M%SZ).sql.gz}
dump=$(command -v mariadb-dump || command -v mysqldump)

MYSQL_PWD=${COORDINATION_DB_PASSWORD:-} "$dump" --host="$host" --port="$port" --user="$user" \
    --single-transaction --quick --hex-blob --routines --triggers --no-tablespaces \
    --default-character-set=utf8mb4 "$name" | gzip > "$out.partial"
mv "$out.partial" "$out"
echo "backup written: $out ($(du -h "$out" | cut -f1))"
