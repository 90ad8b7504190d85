#!/usr/bin/env bash
# The benchmark suite (on demand, never in CI): the application against the limits of its own database, as ratios
# measured in one run on one machine. Prints the README's "Performance" table and keeps it, with the raw outputs,
# in target/benchmark/.
#
#   benchmarks/performance.sh            # the data set at 10x the region (about 25 min on 2 cores)
#   SCALE=0.05 benchmarks/performance.sh # a quick look at a smaller data set
#   REUSE=1 benchmarks/performance.sh    # measure again on the data sets of an earlier run
#   PREPARE_ONLY=1 benchmarks/performance.sh  # build the data sets and stop (measure later with REUSE=1)
#
# Needs: the build (mvn -B -DskipTests install), MariaDB on 127.0.0.1:3306 with root over its socket (as .ci/run
# leaves it), and wrk and sysbench from Debian (installed here when missing). Databases: coordination_it_perf (the
# data set), coordination_it_perf10 (a tenth of it, for R5) and coordination_it_sysbench.
set -euo pipefail
cd "$(dirname "$0")/.."

SEED=${SEED:-2026}
SCALE=${SCALE:-1.0}
DURATION=${DURATION:-20}
# a p99 needs many answers: 60 s at 20 req/s is 1,200, so the 99th percentile is not the 4th-slowest of 400
LATENCY_DURATION=${LATENCY_DURATION:-60}
CONNECTIONS=${CONNECTIONS:-16}
PORT=${PORT:-8097}
BASELINE_PORT=${BASELINE_PORT:-8098}
RATE=${RATE:-20}
PASSWORD=Bench-Panama-Passphrase-2026
OUT=target/benchmark
mkdir -p "$OUT"
RESULTS=$OUT/results.md
APP=

log() { printf '\n==> %s\n' "$*" >&2; }
cleanup() { [ -n "$APP" ] && kill "$APP" 2>/dev/null || true; [ -n "${BASELINE:-}" ] && kill "$BASELINE" 2>/dev/null || true; }
trap cleanup EXIT

for tool in wrk sysbench; do
    command -v $tool >/dev/null || { log "installing $tool"; DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $tool >/dev/null; }
done
# the application's account, as .ci/run creates it (a fresh machine that never ran the tests has none)
mariadb -uroot <<'SQL'
CREATE USER IF NOT EXISTS 'coordination_it'@'%' IDENTIFIED BY 'coordination_it';
CREATE USER IF NOT EXISTS 'coordination_it'@'localhost' IDENTIFIED BY 'coordination_it';
GRANT ALL PRIVILEGES ON `coordination\_it%`.* TO 'coordination_it'@'%';
GRANT ALL PRIVILEGES ON `coordination\_it%`.* TO 'coordination_it'@'localhost';
FLUSH PRIVILEGES;
SQL
[ -f coordination-launcher/target/coordination-launcher.jar ] || { echo "build first: mvn -B -DskipTests install" >&2; exit 1; }

mvn_java() {  # a benchmark class of coordination-micro's test sources
    local main=$1; shift
    mvn -q -o -pl coordination-micro exec:java -Dexec.classpathScope=test -Dexec.mainClass="org.iom.americas.benchmark.$main" \
        -Dexec.args="$*" 2>&1
}

start_app() {  # database; sets APP and STARTUP_SECONDS
    local db=$1
    local started
    started=$(date +%s.%N)
    COORDINATION_DB_URL="jdbc:mysql://127.0.0.1:3306/$db" COORDINATION_DB_USER=coordination_it \
    COORDINATION_DB_PASSWORD=coordination_it COORDINATION_ADMIN_PASSWORD=$PASSWORD COORDINATION_HTTP_PORT=$PORT \
    COORDINATION_COOKIES_SECURE=false \
        java -Xmx768m -jar coordination-launcher/target/coordination-launcher.jar \
        coordination-launcher/target/coordination.war > "$OUT/app-$db.log" 2>&1 &
    APP=$!
    for _ in $(seq 1 300); do
        curl -sf -o /dev/null "http://127.0.0.1:$PORT/health/ready" && break
        kill -0 $APP 2>/dev/null || { echo "the application stopped; see $OUT/app-$db.log" >&2; exit 1; }
        sleep 0.2
    done
    STARTUP_SECONDS=$(python3 -c "import time; print(f'{time.time() - $started:.1f}')")
}

stop_app() { kill $APP; wait $APP 2>/dev/null || true; APP=; }

api() { curl -s -u "$1" -H 'Content-Type: application/json' "${@:2}"; }

prepare() {  # database, scale: schema by the application, then the data set and the audit chain
    local db=$1 scale=$2
    if [ "${REUSE:-0}" = 1 ] && mariadb -uroot -N -e "SELECT 1 FROM information_schema.tables WHERE table_schema = '$db' AND table_name = 'scheduled_run'" | grep -q 1; then
        log "reusing $db (REUSE=1)"
        return
    fi
    log "preparing $db at scale $scale (seed $SEED)"
    mariadb -uroot -e "DROP DATABASE IF EXISTS $db; CREATE DATABASE $db CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
    start_app "$db"
    { echo "SET @seed = $SEED, @scale = $scale;"; cat benchmarks/dataset.sql; } | mariadb -uroot "$db" > "$OUT/dataset-$db.log"
    local mx
    mx=$(mariadb -uroot -N "$db" -e "SELECT id FROM partner_government WHERE country = 'MX'")
    api "admin:$PASSWORD" -o /dev/null -d "{\"username\":\"bench.coordinator\",\"displayName\":\"Benchmark coordinator\",\"email\":\"c@example.org\",\"role\":\"COORDINATOR\",\"preferredLanguage\":\"en\",\"password\":\"$PASSWORD\"}" "http://127.0.0.1:$PORT/api/accounts"
    api "admin:$PASSWORD" -o /dev/null -d "{\"username\":\"bench.mx\",\"displayName\":\"Benchmark liaison\",\"email\":\"l@example.org\",\"role\":\"LIAISON\",\"governmentId\":$mx,\"preferredLanguage\":\"es\",\"password\":\"$PASSWORD\"}" "http://127.0.0.1:$PORT/api/accounts"
    local entries
    entries=$(python3 -c "print(max(10000, round(5000000 * $scale)))")
    log "appending $entries audit entries"
    mvn_java AuditChainGenerator "jdbc:mysql://127.0.0.1:3306/$db?rewriteBatchedStatements=true" coordination_it coordination_it "$entries" > "$OUT/audit-$db.log"
    stop_app
}

wrk_rps() { grep 'Requests/sec' | awk '{print $2}'; }
wrk_p99() { grep -E '^ +99%' | awk '{print $2}'; }
non_2xx() { grep -o 'Non-2xx or 3xx responses: [0-9]*' | sed 's/.*: / (not 200: /; s/$/)/' || true; }
questions() { mariadb -uroot -N -e "SHOW GLOBAL STATUS LIKE 'Questions'" | awk '{print $2}'; }

fixed_rate() {  # url -> "p50 p99" in ms
    mvn_java FixedRateProbe "$1" "bench.coordinator:$PASSWORD" "$RATE" "$LATENCY_DURATION" \
        | grep -o 'p50_ms=[0-9.]* p99_ms=[0-9.]*' | sed 's/p50_ms=//; s/p99_ms=//'
}

AUTH="Authorization: Basic $(printf 'bench.coordinator:%s' "$PASSWORD" | base64 -w0)"
LIST="/api/projects?country=MX&status=ACTIVE&limit=50"
SEARCH="/api/agencies?q=agency%2012&limit=50"

# R5 first, on a tenth of the data set
TENTH=$(python3 -c "print($SCALE / 10)")
prepare coordination_it_perf10 "$TENTH"
if [ "${PREPARE_ONLY:-0}" = 1 ]; then
    prepare coordination_it_perf "$SCALE"
    log "data sets ready; measure with REUSE=1"
    exit 0
fi
start_app coordination_it_perf10
for _ in 1 2 3; do wrk -t2 -c4 -d5s -H "$AUTH" "http://127.0.0.1:$PORT$LIST" > /dev/null; done
read -r LIST10_P50 LIST10_P99 < <(fixed_rate "http://127.0.0.1:$PORT$LIST")
read -r SEARCH10_P50 SEARCH10_P99 < <(fixed_rate "http://127.0.0.1:$PORT$SEARCH")
stop_app

prepare coordination_it_perf "$SCALE"
log "starting on the full data set"
start_app coordination_it_perf
FULL_STARTUP=$STARTUP_SECONDS
log "warming up"
# a minute and a half: on two cores the JIT needs more than a minute under load to compile the list's path
# (a 45 s warm-up measured R1 at 0.59, the same build warmed three minutes at 0.76)
for _ in 1 2 3 4 5 6; do
    wrk -t2 -c$CONNECTIONS -d10s -H "$AUTH" "http://127.0.0.1:$PORT$LIST" > /dev/null
    wrk -t2 -c$CONNECTIONS -d5s -H "$AUTH" "http://127.0.0.1:$PORT/api/projects/1" > /dev/null
done

log "R1: the project list"
R1_APP=$(wrk -t2 -c$CONNECTIONS -d${DURATION}s -H "$AUTH" "http://127.0.0.1:$PORT$LIST" | tee "$OUT/r1-app.txt" | wrk_rps)
mvn -q -o -pl coordination-micro exec:java -Dexec.classpathScope=test -Dexec.mainClass=org.iom.americas.benchmark.BaselineServer \
    -Dexec.args="$BASELINE_PORT jdbc:mysql://127.0.0.1:3306/coordination_it_perf coordination_it coordination_it" > "$OUT/baseline.log" 2>&1 &
BASELINE=$!
for _ in $(seq 1 120); do curl -sf -o /dev/null "http://127.0.0.1:$BASELINE_PORT/projects/1" && break; sleep 0.5; done
wrk -t2 -c$CONNECTIONS -d10s "http://127.0.0.1:$BASELINE_PORT/projects?country=MX&status=ACTIVE&limit=50" > /dev/null
R1_BASE=$(wrk -t2 -c$CONNECTIONS -d${DURATION}s "http://127.0.0.1:$BASELINE_PORT/projects?country=MX&status=ACTIVE&limit=50" | tee "$OUT/r1-baseline.txt" | wrk_rps)
kill $BASELINE; BASELINE=

log "R2: one project"
PROJECT=$(mariadb -uroot -N coordination_it_perf -e "SELECT MIN(id) + (MAX(id) - MIN(id)) DIV 2 FROM joint_project")
R2_APP=$(wrk -t2 -c$CONNECTIONS -d${DURATION}s -H "$AUTH" "http://127.0.0.1:$PORT/api/projects/$PROJECT" | tee "$OUT/r2-app.txt" | wrk_rps)
mariadb -uroot -e "DROP DATABASE IF EXISTS coordination_it_sysbench; CREATE DATABASE coordination_it_sysbench"
SB="sysbench oltp_point_select --db-driver=mysql --mysql-host=127.0.0.1 --mysql-port=3306 --mysql-user=coordination_it --mysql-password=coordination_it --mysql-db=coordination_it_sysbench --tables=1 --table-size=100000"
$SB prepare > /dev/null
R2_SYSBENCH=$($SB --threads=$CONNECTIONS --time=$DURATION run | tee "$OUT/r2-sysbench.txt" | grep 'queries:' | sed 's/.*(\([0-9.]*\) per sec.)/\1/')

log "the platform's own ceiling"
# an answer that touches neither the database nor authentication: what Payara Micro, JAX-RS and the filters cost alone
CEILING=$(wrk -t2 -c$CONNECTIONS -d${DURATION}s "http://127.0.0.1:$PORT/health/live" | tee "$OUT/ceiling.txt" | wrk_rps)

log "R4: statements per list request"
R4=""
for size in 10 50 200; do
    curl -s -o /dev/null -H "$AUTH" "http://127.0.0.1:$PORT/api/projects?country=MX&status=ACTIVE&limit=$size"
    before=$(questions)
    for _ in $(seq 1 20); do curl -s -o /dev/null -H "$AUTH" "http://127.0.0.1:$PORT/api/projects?country=MX&status=ACTIVE&limit=$size"; done
    after=$(questions)
    R4="$R4 $size:$(python3 -c "print(round(($after - $before - 1) / 20, 1))")"
done

log "R5: fixed-rate latency on the full data set"
read -r LIST_P50 LIST_P99 < <(fixed_rate "http://127.0.0.1:$PORT$LIST")
read -r SEARCH_P50 SEARCH_P99 < <(fixed_rate "http://127.0.0.1:$PORT$SEARCH")

log "the JSF pages under 20 sessions"
: > "$OUT/sessions.txt"
for i in $(seq 1 20); do
    jar="$OUT/cookies-$i.txt"; rm -f "$jar"
    viewstate=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$PORT/login.xhtml" | grep -o 'name="jakarta.faces.ViewState"[^>]*value="[^"]*"' | sed 's/.*value="//; s/"$//')
    curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "login=login" --data-urlencode "login:username=bench.coordinator" \
        --data-urlencode "login:password=$PASSWORD" --data-urlencode "login:next=" --data-urlencode "login:submit=Sign in" \
        --data-urlencode "jakarta.faces.ViewState=$viewstate" "http://127.0.0.1:$PORT/login.xhtml"
    awk '$6 == "JSESSIONID" {id = $7} $6 == "JSESSIONIDVERSION" {version = $7} END {print id, version}' "$jar" >> "$OUT/sessions.txt"
done
# one connection per wrk thread, each a person with a session of their own; a replicated session carries a version
# cookie that changes with every answer, which each thread keeps as a browser does
cat > "$OUT/sessions.lua" <<LUA
local sessions = {}
for line in io.lines("$OUT/sessions.txt") do sessions[#sessions + 1] = line end
local counter = 0
function setup(thread)
    counter = counter + 1
    thread:set("session", sessions[counter])
end
function init(args)
    local id, version = session:match("(%S+) (%S+)")
    cookie_id, cookie_version = id, version
end
function request()
    return wrk.format("GET", nil, { Cookie = "JSESSIONID=" .. cookie_id .. "; JSESSIONIDVERSION=" .. cookie_version })
end
function response(status, headers, body)
    local set = headers["Set-Cookie"]
    if set then
        local version = set:match("JSESSIONIDVERSION=([^;]+)")
        if version then cookie_version = version end
    end
end
LUA
wrk -t20 -c20 -d10s --timeout 30s -s "$OUT/sessions.lua" "http://127.0.0.1:$PORT/index.xhtml" > /dev/null
DASHBOARD=$(wrk -t20 -c20 -d${DURATION}s --timeout 30s --latency -s "$OUT/sessions.lua" "http://127.0.0.1:$PORT/index.xhtml" | tee "$OUT/jsf-dashboard.txt")
PROJECTS=$(wrk -t20 -c20 -d${DURATION}s --timeout 30s --latency -s "$OUT/sessions.lua" "http://127.0.0.1:$PORT/projects.xhtml?country=MX&status=ACTIVE" | tee "$OUT/jsf-projects.txt")

log "R3: submitting requests"
cat > "$OUT/post-request.lua" <<LUA
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Basic $(printf 'bench.mx:%s' "$PASSWORD" | base64 -w0)"
wrk.body = '{"type":"BORDER_MANAGEMENT","title":"Training for border officials","description":"Training for border officials at the northern crossings","country":"MX","locations":["Chiapas","Tabasco"],"iomAreas":["REGULATED_MIGRATION"],"objectives":[11,23],"urgency":"PRIORITY","requestedStart":"2027-03-01","budget":{"amount":"250000.00","currency":"USD"}}'
LUA
# the write path has its own code to compile: warm it as long as the reads were warmed
for _ in 1 2 3 4 5 6; do wrk -t2 -c$CONNECTIONS -d10s -s "$OUT/post-request.lua" "http://127.0.0.1:$PORT/api/requests" > /dev/null; done
R3_APP=$(wrk -t2 -c$CONNECTIONS -d${DURATION}s -s "$OUT/post-request.lua" "http://127.0.0.1:$PORT/api/requests" | tee "$OUT/r3-app.txt" | wrk_rps)
MX=$(mariadb -uroot -N coordination_it_perf -e "SELECT id FROM partner_government WHERE country = 'MX'")
LIAISON=$(mariadb -uroot -N coordination_it_perf -e "SELECT id FROM account WHERE username = 'bench.mx'")
R3_BASE=$(mvn_java PlainInsertBaseline "jdbc:mysql://127.0.0.1:3306/coordination_it_perf" coordination_it coordination_it $CONNECTIONS $DURATION "$MX" "$LIAISON" | grep -o 'plain_jdbc_requests_per_second=[0-9.]*' | cut -d= -f2)

jcmd $APP GC.run > /dev/null 2>&1 || true
HEAP=$(jcmd $APP GC.heap_info 2>/dev/null | grep -oE 'used [0-9]+K' | head -1 | grep -oE '[0-9]+' || echo 0)
stop_app
EAR=$(stat -c %s coordination-ear/target/coordination.ear 2>/dev/null || echo 0)
COUNTS=$(mariadb -uroot -N coordination_it_perf -e "SELECT CONCAT((SELECT COUNT(*) FROM joint_project), ' projects, ', (SELECT COUNT(*) FROM activity_report), ' activity reports, ', (SELECT COUNT(*) FROM assistance_request), ' requests, ', (SELECT COUNT(*) FROM audit_entry), ' audit entries')")

ratio() { python3 -c "print(f'{float($1) / float($2):.2f}')"; }
growth() { python3 -c "print(f'{float($1) / float($2):.2f}')"; }
{
    echo "Run of $(date -u +%Y-%m-%d) on commit $(git rev-parse --short HEAD), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(mariadb --version | grep -o 'Distrib [^,]*'), seed $SEED, scale $SCALE: $COUNTS; wrk $CONNECTIONS connections, ${DURATION} s per figure."
    echo
    echo "| figure | application | floor | ratio | goal |"
    echo "|---|---|---|---|---|"
    echo "| R1 \`GET /api/projects?country=MX&status=ACTIVE&limit=50\` (coordinator) | $R1_APP req/s | $R1_BASE req/s (plain JDBC + JDK HTTP server) | $(ratio "$R1_APP" "$R1_BASE") | ≥ 0.6 |"
    echo "| R2 \`GET /api/projects/{id}\` | $R2_APP req/s | $R2_SYSBENCH queries/s (sysbench oltp_point_select) | $(ratio "$R2_APP" "$R2_SYSBENCH") | report |"
    echo "| R3 \`POST /api/requests\` (validation, audit entry, hash chain) | $R3_APP req/s | $R3_BASE req/s (plain JDBC inserts, commit each) | $(ratio "$R3_APP" "$R3_BASE") | ≥ 0.5 |"
    echo "| for scale: \`GET /health/live\` (no database, no sign-in) on the same server | $CEILING req/s | | | |"
    echo "| R4 SQL statements per list request (page size:statements) | $R4 | | | flat |"
    echo "| R5 list p50 / p99 at $RATE req/s for $LATENCY_DURATION s, tenth → full data set | $LIST10_P50 / $LIST10_P99 ms → $LIST_P50 / $LIST_P99 ms | | p99 × $(growth "$LIST_P99" "$LIST10_P99") | < 1.5 |"
    echo "| R5 agency search p50 / p99 at $RATE req/s, tenth → full | $SEARCH10_P50 / $SEARCH10_P99 ms → $SEARCH_P50 / $SEARCH_P99 ms | | p99 × $(growth "$SEARCH_P99" "$SEARCH10_P99") | < 1.5 |"
    echo "| dashboard page (coordinator), 20 sessions | p99 $(echo "$DASHBOARD" | wrk_p99), $(echo "$DASHBOARD" | wrk_rps) req/s$(echo "$DASHBOARD" | non_2xx) | | | |"
    echo "| project list page, 20 sessions | p99 $(echo "$PROJECTS" | wrk_p99), $(echo "$PROJECTS" | wrk_rps) req/s$(echo "$PROJECTS" | non_2xx) | | | |"
    echo "| start-up to ready (full data set) | $FULL_STARTUP s | | | |"
    echo "| heap used after warm-up and a full GC | $((HEAP / 1024)) MB | | | |"
    echo "| EAR | $((EAR / 1024 / 1024)) MB | | | |"
} | tee "$RESULTS"
