#!/usr/bin/env bash
# Saga transitions per second: the project's EF Core saga repository on PostgreSQL against MassTransit's
# in-memory repository, in one process on the same (in-memory) transport. See README.md, "Performance".
#   infra/bench.sh                      500 returns per round, 3 measured rounds after 3 warm-up rounds
#   infra/bench.sh --returns 1000 --rounds 5 --warmup 3 --concurrency 16 --postgres "Host=...;Username=...;Password=..."
#   infra/bench.sh --quick              a smoke run
# Starts PostgreSQL on loopback (installing it if missing) unless --postgres names a server.
set -euo pipefail
cd "$(dirname "$0")/.."
source infra/lib/rabbitmq.sh # as_root, which postgres.sh uses
source infra/lib/postgres.sh
source infra/lib/dotnet.sh

ensure_dotnet
case " $* " in
  *" --postgres "*) ;;
  *) ensure_postgres ;;
esac

dotnet build tests/Returns.Benchmarks -c Release -nologo -v quiet -clp:NoSummary
dotnet tests/Returns.Benchmarks/bin/Release/net10.0/Returns.Benchmarks.dll "$@"
