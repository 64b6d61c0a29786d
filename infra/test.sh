#!/usr/bin/env bash
# Runs every test: the fast harness specs and the end-to-end specs across real processes.
# Installs and starts what the tests need (RabbitMQ and PostgreSQL on loopback) first, so a fresh Debian machine
# with the .NET SDK needs nothing else. Since the infrastructure is started here, the
# infrastructure tests may not skip (RETURNS_REQUIRE_INFRA=1).
set -euo pipefail
cd "$(dirname "$0")/.."
source infra/lib/rabbitmq.sh
source infra/lib/postgres.sh
source infra/lib/dotnet.sh

ensure_dotnet
ensure_rabbitmq
apply_rabbitmq_definitions # the returns virtual host and its users, as the local run has them
ensure_postgres
export RETURNS_REQUIRE_INFRA=1

mkdir -p .run
log=.run/test-output.log
status=0
dotnet test Returns.sln -c Release -nologo "$@" 2>&1 | tee "$log" || status=$?

# One closing line in the plain 'N passed, N failed' form, summed over the test projects.
awk '/(Passed|Failed)! +- +Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+/ {
       gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) } }
     END { printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$log"
exit "$status"
