#!/usr/bin/env bash
# Stops the services infra/run.sh started. With --all, stops the local RabbitMQ broker as well.
set -uo pipefail
cd "$(dirname "$0")/.."
RUN_DIR=.run

for pidfile in "$RUN_DIR"/pids/*.pid; do
  [ -e "$pidfile" ] || continue
  pid=$(cat "$pidfile")
  name=$(basename "$pidfile" .pid)
  if kill "$pid" 2>/dev/null; then
    for _ in $(seq 1 20); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -9 "$pid" 2>/dev/null || true
    echo "stopped $name"
  fi
  rm -f "$pidfile"
done

if [ "${1:-}" = "--all" ]; then
  source infra/lib/rabbitmq.sh
  as_root rabbitmqctl -q stop >/dev/null 2>&1 && echo "stopped RabbitMQ"
fi
exit 0
