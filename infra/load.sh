#!/usr/bin/env bash
# The load generator: returns published as the API publishes them, each followed to its outcome; throughput,
# latency per return and per step, broker messages/s against a raw MassTransit baseline on the same broker,
# saga conflict retries, peak memory per process. See README.md, "Performance".
#   infra/load.sh                                  starts its own system (SQLite), 1000 returns, 32 in flight
#   infra/load.sh --postgres --rate 100 --returns 6000
#   infra/load.sh --chaos                          1000 returns on PostgreSQL while every service is killed (-9) and
#                                                  restarted once, RabbitMQ and PostgreSQL stopped and started once; then
#                                                  checks the stores and ledgers (see README.md, "Chaos run")
#   infra/load.sh --attach --vhost returns --user <login> --password <password>   against infra/run.sh's system
#   infra/load.sh --help                           every option
# Starts RabbitMQ (and, with --postgres, PostgreSQL) on loopback, installing them if missing.
set -euo pipefail
cd "$(dirname "$0")/.."
source infra/lib/rabbitmq.sh
source infra/lib/postgres.sh
source infra/lib/dotnet.sh

ensure_dotnet
ensure_rabbitmq
case " $* " in
  *" --postgres "* | *" --chaos "*) ensure_postgres ;;
esac
case " $* " in
  # The chaos run stops the servers on purpose; whatever happens to it, they are running again when this script ends.
  *" --chaos "*) trap 'ensure_rabbitmq >/dev/null; ensure_postgres >/dev/null' EXIT ;;
esac

dotnet build tests/Returns.LoadGenerator -c Release -nologo -v quiet -clp:NoSummary
dotnet tests/Returns.LoadGenerator/bin/Release/net10.0/Returns.LoadGenerator.dll "$@"
