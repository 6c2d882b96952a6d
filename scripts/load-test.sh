#!/usr/bin/env bash
# The load test in BENCHMARKS.md: fifty people at once against the packaged service on PostgreSQL.
#
# Starts a PostgreSQL cluster of its own (a fresh one in $PGDATA on port $PGPORT, so it never touches another
# PostgreSQL on the machine), starts the service's jar on it with a heap of $HEAP, runs FiftyPeopleSimulation once
# to warm up and once to measure, prints the figures, and stops the service and the cluster. Installs PostgreSQL
# from the distribution's packages when it is not there. Run as root or as a user who may become `postgres`.
#
#   scripts/load-test.sh                          # 60 s warm-up, then 180 s measured
#   DURATION=300 WARM_UP=0 scripts/load-test.sh   # longer, no warm-up
#   PG_SETTINGS=default scripts/load-test.sh      # PostgreSQL as it ships, not scripts/postgresql.conf
#   PROFILE=1 scripts/load-test.sh                # and a flight recording of the measured run (target/load/service.jfr)
#   SIMULATION_OPTS=-DwritingMs=10000 scripts/load-test.sh   # people take ten seconds over each form page
#
# Gatling's HTML report is written under target/gatling/; the service's log, its GC log, PostgreSQL's log and its
# most expensive statements under target/load/.
set -euo pipefail
cd "$(dirname "$0")/.."

PGPORT=${PGPORT:-5434}
PGDATA=${PGDATA:-/tmp/pg-load}
APP_PORT=${APP_PORT:-8085}
HEAP=${HEAP:-512m}
PEOPLE=${PEOPLE:-50}
DURATION=${DURATION:-180}
WARM_UP=${WARM_UP:-60}
PG_SETTINGS=${PG_SETTINGS:-scripts/postgresql.conf}
JAVA_OPTS=${JAVA_OPTS:-}
OUT=target/load
BASE_URL="http://localhost:$APP_PORT"

mkdir -p "$OUT"
rm -f "$OUT"/*.log "$OUT"/*.txt

# PostgreSQL ---------------------------------------------------------------------------------------------------------
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$pg_bin" ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
fi
as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

app_pid=
stop_everything() {
  if [ -n "$app_pid" ] && kill -0 "$app_pid" 2>/dev/null; then
    kill "$app_pid"
    wait "$app_pid" 2>/dev/null || true
  fi
  as_postgres "$pg_bin/pg_ctl" -D "$PGDATA" -m fast stop >/dev/null 2>&1 || true
}
trap stop_everything EXIT

as_postgres "$pg_bin/pg_ctl" -D "$PGDATA" -m fast stop >/dev/null 2>&1 || true
rm -rf "$PGDATA"
mkdir -p "$PGDATA"
[ "$(id -u)" = 0 ] && chown postgres: "$PGDATA"
as_postgres "$pg_bin/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 >/dev/null
if [ "$PG_SETTINGS" != default ]; then
  cp "$PG_SETTINGS" "$PGDATA/service.conf"
  echo "include 'service.conf'" >>"$PGDATA/postgresql.conf"
fi
# For reading the run afterwards, not for the service: statement statistics and every lock wait over 50 ms.
cat >>"$PGDATA/postgresql.conf" <<EOF
shared_preload_libraries = 'pg_stat_statements'
log_lock_waits = on
deadlock_timeout = 50ms
EOF
[ "$(id -u)" = 0 ] && chown postgres: "$PGDATA"/*.conf
as_postgres "$pg_bin/pg_ctl" -D "$PGDATA" -o "-p $PGPORT -k /tmp" -l "$PGDATA/postgres.log" -w start >/dev/null
psql_admin() { psql -h /tmp -p "$PGPORT" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
psql_admin -c "create role eia login password 'eia'" -c "create database eia owner eia"
psql_admin -d eia -c "create extension pg_stat_statements"
echo "PostgreSQL: $(psql_admin -c 'show server_version') on port $PGPORT, settings: $PG_SETTINGS"

# The service ------------------------------------------------------------------------------------------------------
jar=$(ls target/eia-workflow-*.jar 2>/dev/null | grep -v original | head -1 || true)
if [ -z "$jar" ] || [ "${BUILD:-0}" = 1 ]; then
  ./mvnw -B -q -DskipTests package
  jar=$(ls target/eia-workflow-*.jar | grep -v original | head -1)
fi
EIA_DATABASE_URL="jdbc:postgresql://localhost:$PGPORT/eia" EIA_DATABASE_USERNAME=eia EIA_DATABASE_PASSWORD=eia \
  java -Xmx"$HEAP" -Xlog:gc:file="$OUT/gc.log" $JAVA_OPTS -jar "$jar" \
  --spring.profiles.active=postgres --server.port="$APP_PORT" >"$OUT/service.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 300); do
  if curl -fs "$BASE_URL/actuator/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "$app_pid" 2>/dev/null; then echo "The service did not start; see $OUT/service.log" >&2; exit 1; fi
  sleep 1
done
echo "Service: $jar at $BASE_URL with -Xmx$HEAP (pid $app_pid)"

# The load ---------------------------------------------------------------------------------------------------------
gatling() {
  ./mvnw -B -q test-compile gatling:test -DbaseUrl="$BASE_URL" -Dpeople="$PEOPLE" -Dduration="$1" \
    -Dgatling.simulationClass=uk.nhs.eia.load.FiftyPeopleSimulation ${SIMULATION_OPTS:-} "${@:2}"
}
if [ "$WARM_UP" -gt 0 ]; then
  echo "Warming up for ${WARM_UP} s"
  gatling "$WARM_UP" >"$OUT/warm-up.txt" 2>&1 || true
  psql_admin -d eia -c "select pg_stat_statements_reset()" >/dev/null
fi
# CPU time of the service and of PostgreSQL (its backends and those that have ended), in milliseconds: on a machine
# shared with other work, time per request stretches with the others' load, CPU time far less.
ticks=$(getconf CLK_TCK)
cpu_ms() { awk -v t="$ticks" '{ print int(($14 + $15 + $16 + $17) * 1000 / t) }' "/proc/$1/stat"; }
postgres_cpu_ms() {
  local postmaster total
  postmaster=$(head -1 "$PGDATA/postmaster.pid")
  total=$(cpu_ms "$postmaster")
  for backend in $(pgrep -P "$postmaster"); do total=$((total + $(cpu_ms "$backend" 2>/dev/null || echo 0))); done
  echo "$total"
}
echo "Measuring for ${DURATION} s"
service_cpu=$(cpu_ms "$app_pid")
postgres_cpu=$(postgres_cpu_ms)
[ "${PROFILE:-0}" = 1 ] && jcmd "$app_pid" JFR.start name=load settings=profile >/dev/null
set +e
gatling "$DURATION" | tee "$OUT/gatling.txt"
gatling_status=${PIPESTATUS[0]}
set -e
service_cpu=$(($(cpu_ms "$app_pid") - service_cpu))
postgres_cpu=$(($(postgres_cpu_ms) - postgres_cpu))

# What the run cost ------------------------------------------------------------------------------------------------
[ "${PROFILE:-0}" = 1 ] && jcmd "$app_pid" JFR.dump name=load filename="$PWD/$OUT/service.jfr" >/dev/null
jcmd "$app_pid" GC.heap_info >"$OUT/heap.txt" 2>&1 || true
psql_admin -d eia -F $'\t' -c "
  select calls, round(total_exec_time) as total_ms, round(mean_exec_time::numeric, 2) as mean_ms,
         left(regexp_replace(query, '\s+', ' ', 'g'), 160)
  from pg_stat_statements order by total_exec_time desc limit 40" >"$OUT/statements.txt"
echo "Lock waits over 50 ms in PostgreSQL's log: $(grep -c 'still waiting for' "$PGDATA/postgres.log" || true)"
cp "$PGDATA/postgres.log" "$OUT/postgres.log"
report=$(ls -dt target/gatling/fiftypeoplesimulation-* | head -1)
node scripts/load-summary.js "$report" "$DURATION" "$OUT/gc.log" "$service_cpu" "$postgres_cpu"
exit "$gatling_status"
