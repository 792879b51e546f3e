#!/usr/bin/env bash
# A whole deployment on one machine: a Ray head and a Ray worker (`ray start`), two web processes on two
# ports, all on the local PostgreSQL. Then ingest a folder through the cluster.
#
#   deploy/local.sh start            # database, Ray head + worker, web on :8001 and :8002
#   deploy/local.sh ingest FOLDER    # sitroom ingest FOLDER --engine ray --ray-address <head>
#   deploy/local.sh stop             # the web processes and Ray
#
# Settings (environment): SITROOM_DB (default postgresql+psycopg://postgres@127.0.0.1:5432/sitroom),
# RAY_PORT (6379), WEB_PORTS ("8001 8002"), SITROOM (the sitroom command), RAY (the ray command).
set -euo pipefail

DB=${SITROOM_DB:-postgresql+psycopg://postgres@127.0.0.1:5432/sitroom}
RAY_PORT=${RAY_PORT:-6379}
WEB_PORTS=${WEB_PORTS:-"8001 8002"}
SITROOM=${SITROOM:-sitroom}
RAY=${RAY:-ray}
RUN=${RUN_DIR:-${TMPDIR:-/tmp}/sitroom-deploy}
HEAD=127.0.0.1:$RAY_PORT
mkdir -p "$RUN"

start() {
  # The database: created when missing, its schema brought up to date (safe to run again).
  $SITROOM db upgrade --db "$DB"
  # Ray: a head node and one worker node, one CPU each, both on this machine.
  $RAY start --head --port "$RAY_PORT" --num-cpus 1 --include-dashboard false --disable-usage-stats
  $RAY start --address "$HEAD" --num-cpus 1 --disable-usage-stats
  # Two web processes on one database: sessions, sign-in limits and cache versions live in it.
  for port in $WEB_PORTS; do
    nohup $SITROOM serve --port "$port" --db "$DB" >"$RUN/web-$port.log" 2>&1 &
    echo $! >"$RUN/web-$port.pid"
    echo "web on http://127.0.0.1:$port (log $RUN/web-$port.log)"
  done
}

ingest() {
  $SITROOM ingest "$@" --db "$DB" --engine ray --ray-address "$HEAD"
}

stop() {
  for port in $WEB_PORTS; do
    if [ -f "$RUN/web-$port.pid" ]; then
      kill "$(cat "$RUN/web-$port.pid")" 2>/dev/null || true
      rm -f "$RUN/web-$port.pid"
    fi
  done
  $RAY stop
}

case "${1:-}" in
  start) start ;;
  ingest) shift; ingest "$@" ;;
  stop) stop ;;
  *) echo "usage: $0 start | ingest PATHS... | stop" >&2; exit 2 ;;
esac
