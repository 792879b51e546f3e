#!/usr/bin/env bash
# A whole deployment on one machine: a Ray head and a Ray worker (`ray start`), two web processes on two
# ports, all on the local PostgreSQL. Then ingest a folder through the cluster.
#
#   deploy/local.sh start            # database, Ray head + worker, web on :8001 and :8002
#   deploy/local.sh ingest FOLDER    # sitroom ingest FOLDER --engine ray --ray-address <head>
#   deploy/local.sh stop             # the web processes and the Ray nodes this script started
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
# Ray nodes and drivers prove they belong to this cluster with a token of its own, kept beside its logs.
if [ ! -s "$RUN/ray-token" ]; then
  (umask 077 && od -An -tx1 -N32 /dev/urandom | tr -d ' \n' >"$RUN/ray-token")
fi
export RAY_AUTH_MODE=token RAY_AUTH_TOKEN_PATH=$RUN/ray-token

start() {
  # The database: created when missing (the local server, as PGHOST/PGUSER say), its schema brought up
  # to date (safe to run again).
  name=${DB##*/}
  createdb -h "${PGHOST:-127.0.0.1}" -U "${PGUSER:-postgres}" "${name%%\?*}" 2>/dev/null || true
  $SITROOM db upgrade --db "$DB"
  # Ray: a head node and one worker node, one CPU each, both on this machine. `--block` keeps each in
  # the foreground, so stopping its process ends exactly the Ray processes it started (never `ray stop`,
  # which ends every Ray on the machine). Each node needs its own agent ports on one machine.
  nohup $RAY start --head --port "$RAY_PORT" --num-cpus 1 --include-dashboard false --disable-usage-stats \
    --dashboard-agent-listen-port $((RAY_PORT + 1)) --block >"$RUN/ray-head.log" 2>&1 &
  echo $! >"$RUN/ray-head.pid"
  for _ in $(seq 1 60); do
    grep -q "Ray runtime started" "$RUN/ray-head.log" && break
    sleep 1
  done
  nohup $RAY start --address "$HEAD" --num-cpus 1 --disable-usage-stats \
    --dashboard-agent-listen-port $((RAY_PORT + 2)) --block >"$RUN/ray-worker.log" 2>&1 &
  echo $! >"$RUN/ray-worker.pid"
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
  for name in $(for port in $WEB_PORTS; do echo "web-$port"; done) ray-worker ray-head; do
    if [ -f "$RUN/$name.pid" ]; then
      kill "$(cat "$RUN/$name.pid")" 2>/dev/null || true
      rm -f "$RUN/$name.pid"
    fi
  done
}

case "${1:-}" in
  start) start ;;
  ingest) shift; ingest "$@" ;;
  stop) stop ;;
  *) echo "usage: $0 start | ingest PATHS... | stop" >&2; exit 2 ;;
esac
