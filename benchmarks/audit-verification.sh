#!/usr/bin/env bash
# Benchmark (not a test): the cost of the audit trail. First what the audit hook adds to a simple update (JDBC level,
# AuditWriteCost); then the audit chain verification of the running application on a chain of N entries.
# Starts the application on MariaDB (127.0.0.1:3306, the test account of .ci/run) with a database of its own,
# appends N valid entries with AuditChainGenerator, then calls GET /api/audit/verification and prints the figures.
# Usage: benchmarks/audit-verification.sh [entries]   (default 1000000; build first: mvn -B -DskipTests install)
set -euo pipefail
cd "$(dirname "$0")/.."
ENTRIES=${1:-1000000}
DB=coordination_it_bench
PORT=8097
PASSWORD=Bench-Panama-Passphrase-2026
URL="jdbc:mysql://127.0.0.1:3306/$DB"

mariadb -uroot -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
COORDINATION_DB_URL=$URL COORDINATION_DB_USER=coordination_it COORDINATION_DB_PASSWORD=coordination_it \
COORDINATION_ADMIN_PASSWORD=$PASSWORD COORDINATION_HTTP_PORT=$PORT COORDINATION_COOKIES_SECURE=false \
    java -jar coordination-launcher/target/coordination-launcher.jar coordination-launcher/target/coordination.war \
    > target-bench-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 180); do curl -sf -o /dev/null "http://localhost:$PORT/health/ready" && break; sleep 1; done

curl -s -o /dev/null -u "admin:$PASSWORD" -H 'Content-Type: application/json' \
    -d '{"country":"PA","membershipStatus":"MEMBER_STATE"}' "http://localhost:$PORT/api/governments"
mvn -q -o -pl coordination-micro exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=org.iom.americas.benchmark.AuditWriteCost \
    -Dexec.args="$URL coordination_it coordination_it 3000"

mvn -q -o -pl coordination-micro exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=org.iom.americas.benchmark.AuditChainGenerator \
    -Dexec.args="$URL coordination_it coordination_it $ENTRIES"

curl -s -o /dev/null -u "admin:$PASSWORD" "http://localhost:$PORT/api/audit/verification"   # warm-up
START=$(date +%s.%N)
RESULT=$(curl -s -u "admin:$PASSWORD" "http://localhost:$PORT/api/audit/verification")
END=$(date +%s.%N)
echo "verification: $RESULT"
python3 - "$RESULT" "$START" "$END" <<'PY'
import json, sys
result = json.loads(sys.argv[1]); seconds = float(sys.argv[3]) - float(sys.argv[2])
print(f"entries checked: {result['checked']:,}  intact: {result['intact']}  time: {seconds:.1f} s  "
      f"speed: {result['checked'] / seconds:,.0f} entries/s")
PY
