#!/usr/bin/env bash
# Runs the whole Returns system locally, each service its own process, and shows the demo returns.
#   infra/run.sh        start RabbitMQ (installing it if missing), build, start everything, run the demo
#   infra/stop.sh       stop the services again (RabbitMQ keeps running; infra/stop.sh --all stops it too)
set -euo pipefail
cd "$(dirname "$0")/.."
source infra/lib/rabbitmq.sh
source infra/lib/dotnet.sh

VHOST=returns # the one infra/rabbitmq/definitions.json makes
RUN_DIR=.run
CONFIGURATION=Release
# The refund falls due 7 days after the label in production (Orchestrator:RefundDelay); the local run
# shortens the parcel's trip so the demo returns complete while you watch. Override it to see the wait.
REFUND_DELAY=${RETURNS_REFUND_DELAY:-00:00:05}
# The operator the API accepts writes from (POST /returns, decisions): a dev default, not a secret.
# Override both to run with your own; the demo sends the key as 'Authorization: Bearer <key>'.
export RETURNS_OPERATOR_NAME=${RETURNS_OPERATOR_NAME:-dev.operator}
export RETURNS_OPERATOR_KEY=${RETURNS_OPERATOR_KEY:-dev-operator-key-not-a-secret}

ensure_dotnet
ensure_rabbitmq
apply_rabbitmq_definitions

if [ -d "$RUN_DIR/pids" ] && ls "$RUN_DIR"/pids/*.pid >/dev/null 2>&1; then
  echo "Stopping the previous run first..."
  infra/stop.sh
fi
mkdir -p "$RUN_DIR/logs" "$RUN_DIR/pids" "$RUN_DIR/data"

echo "Building ($CONFIGURATION)..."
dotnet build Returns.sln -c "$CONFIGURATION" -nologo -v quiet -clp:ErrorsOnly

# name:port, started in this order: the sandbox first, then the orchestrator (its queue must exist
# before anyone publishes to it), then the steps, then the API.
SERVICES="Sandbox:5080 Orchestrator:5101 Validation:5102 Eligibility:5103 Labels:5104 Notifications:5105 Inventory:5106 Refunds:5107 Api:5000"

start_service() {
  local name=$1 port=$2 root=$PWD
  local extra=()
  if [ "$name" = Api ]; then
    # Only the API gets the operator's key.
    extra=("Api__Operators__0__Name=$RETURNS_OPERATOR_NAME" "Api__Operators__0__Key=$RETURNS_OPERATOR_KEY")
  fi
  # Each service logs in as its own user (infra/rabbitmq/definitions.json), with the password
  # apply-definitions.py gave it: RABBITMQ_<NAME>_PASSWORD, or the dev default.
  local password_variable="RABBITMQ_${name^^}_PASSWORD"
  local password=${!password_variable:-${name,,}-dev}
  # From its own output folder: that is where the service finds its appsettings.json.
  (
    cd "services/Returns.$name/bin/$CONFIGURATION/net10.0"
    # Each service keeps its SQLite file under .run/data/, named after it (orchestrator.db, ...).
    env "${extra[@]}" \
    RabbitMq__VirtualHost="$VHOST" \
    RabbitMq__Username="returns-${name,,}" \
    RabbitMq__Password="$password" \
    Orchestrator__RefundDelay="$REFUND_DELAY" \
    Database__ConnectionString="Data Source=$root/$RUN_DIR/data/${name,,}.db" \
      nohup dotnet "Returns.$name.dll" --urls "http://127.0.0.1:$port" >"$root/$RUN_DIR/logs/$name.log" 2>&1 &
    echo $! >"$root/$RUN_DIR/pids/$name.pid"
  )
}

wait_ready() {
  local name=$1 port=$2 path=$3
  for _ in $(seq 1 120); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port" && printf 'GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$path" >&3 && head -n1 <&3 | grep -q ' 200 ') 2>/dev/null; then
      return 0
    fi
    if ! kill -0 "$(cat "$RUN_DIR/pids/$name.pid")" 2>/dev/null; then
      echo "$name exited during start-up; last lines of $RUN_DIR/logs/$name.log:" >&2
      tail -n 20 "$RUN_DIR/logs/$name.log" >&2
      return 1
    fi
    sleep 0.5
  done
  echo "$name was not ready on :$port$path within 60 s (see $RUN_DIR/logs/$name.log)" >&2
  return 1
}

# A port already taken means something else would answer in a service's place (an older run started
# by hand, say); better to stop here than to demo against it.
for entry in $SERVICES; do
  name=${entry%%:*}; port=${entry##*:}
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "Port $port (for $name) is already in use; stop whatever listens there (infra/stop.sh stops a previous run)." >&2
    exit 1
  fi
done

for entry in $SERVICES; do
  name=${entry%%:*}; port=${entry##*:}
  start_service "$name" "$port"
  case $name in
    Sandbox) wait_ready "$name" "$port" /health/live ;;
    Orchestrator) wait_ready "$name" "$port" /health/ready ;;
  esac
done
for entry in $SERVICES; do
  name=${entry%%:*}; port=${entry##*:}
  [ "$name" = Sandbox ] || wait_ready "$name" "$port" /health/ready
  echo "ready: $name on http://127.0.0.1:$port (pid $(cat "$RUN_DIR/pids/$name.pid"))"
done

echo
echo "Submitting the demo returns..."
demo_status=0
dotnet "infra/Returns.Demo/bin/$CONFIGURATION/net10.0/Returns.Demo.dll" http://127.0.0.1:5000/ http://127.0.0.1:5080/ || demo_status=$?

# A key of your own is not printed: the line below names its variable instead.
shown_key=$RETURNS_OPERATOR_KEY
[ "$RETURNS_OPERATOR_KEY" = dev-operator-key-not-a-secret ] || shown_key='$RETURNS_OPERATOR_KEY'

cat <<INFO

The system keeps running:
  API                 http://127.0.0.1:5000/returns          (POST a return, GET /returns/{id}; writes need
                                                             'Authorization: Bearer $shown_key')
  OpenAPI             http://127.0.0.1:5000/openapi/v1.json
  RabbitMQ UI         http://127.0.0.1:15672/#/queues        (returns-operator / \$RABBITMQ_OPERATOR_PASSWORD, default operator-dev; virtual host '$VHOST')
  Sandbox             http://127.0.0.1:5080                  (/orders, /carrier/labels, /payments/refunds, /faults)
  Sent email          http://127.0.0.1:5080/mailbox          (SMTP sink on 127.0.0.1:2525)
  Logs                $RUN_DIR/logs/
Stop it with: infra/stop.sh
INFO
exit "$demo_status"
