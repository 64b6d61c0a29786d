# Installs (Debian/Ubuntu) and starts a RabbitMQ broker on loopback with the management UI.
# Sourced by infra/run.sh and infra/test.sh; idempotent: a broker that already answers is left alone.

rabbitmq_port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Runs a command that leaves a daemon behind, with none of this shell's open files but stdin, stdout and
# stderr: the daemon would otherwise hold them for its whole life (a lock taken around a test run, or the
# pipe a caller reads this script's output from, which then never ends).
without_inherited_files() {
  (
    for fd in /proc/"$BASHPID"/fd/*; do
      fd=${fd##*/}
      if [ "$fd" -gt 2 ]; then eval "exec $fd>&-" 2>/dev/null; fi
    done
    "$@"
  )
}

ensure_rabbitmq() {
  if rabbitmq_port_open 5672 && rabbitmq_port_open 15672; then
    echo "RabbitMQ: already running on 127.0.0.1:5672 (management on :15672)"
    return 0
  fi

  if ! command -v rabbitmq-server >/dev/null 2>&1 && [ ! -x /usr/sbin/rabbitmq-server ]; then
    echo "RabbitMQ: installing rabbitmq-server (apt)..."
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq rabbitmq-server >/dev/null
  fi

  # Loopback only: the broker, its management UI and Erlang's own ports never face the network.
  if [ -f /etc/rabbitmq/rabbitmq.conf ] && ! grep -q "returns: loopback" /etc/rabbitmq/rabbitmq.conf; then
    echo "RabbitMQ: keeping your /etc/rabbitmq/rabbitmq.conf (it should bind 127.0.0.1 for local runs)"
  elif [ ! -f /etc/rabbitmq/rabbitmq.conf ]; then
    as_root tee /etc/rabbitmq/rabbitmq.conf >/dev/null <<'CONF'
# returns: loopback only (written by the Returns project's infra scripts)
listeners.tcp.default = 127.0.0.1:5672
management.tcp.ip = 127.0.0.1
management.tcp.port = 15672
loopback_users.guest = true
CONF
  fi
  if ! grep -q "ERL_EPMD_ADDRESS" /etc/rabbitmq/rabbitmq-env.conf 2>/dev/null; then
    echo "export ERL_EPMD_ADDRESS=127.0.0.1 # returns: loopback" | as_root tee -a /etc/rabbitmq/rabbitmq-env.conf >/dev/null
  fi
  as_root rabbitmq-plugins enable --offline rabbitmq_management rabbitmq_shovel rabbitmq_shovel_management >/dev/null

  if ! rabbitmq_port_open 5672; then
    echo "RabbitMQ: starting the broker..."
    without_inherited_files as_root env ERL_EPMD_ADDRESS=127.0.0.1 RABBITMQ_SERVER_ADDITIONAL_ERL_ARGS="-kernel inet_dist_use_interface {127,0,0,1}" \
      rabbitmq-server -detached >/dev/null 2>&1 || true
  fi

  for _ in $(seq 1 120); do
    if rabbitmq_port_open 5672 && rabbitmq_port_open 15672; then
      echo "RabbitMQ: up on 127.0.0.1:5672, management UI on http://127.0.0.1:15672"
      return 0
    fi
    sleep 1
  done
  echo "RabbitMQ: did not come up within 120 s; see /var/log/rabbitmq/" >&2
  return 1
}

# Loads infra/rabbitmq/definitions.json (virtual host `returns`, a user per service, the operator, policies)
# and sets the users' passwords from RABBITMQ_<NAME>_PASSWORD, dev defaults otherwise. As guest, which the
# broker accepts on loopback only. Needs Python 3 (standard library), installed here if missing.
apply_rabbitmq_definitions() {
  if ! command -v python3 >/dev/null 2>&1; then
    echo "RabbitMQ: installing python3 (apt) to apply the definitions..."
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3 >/dev/null
  fi
  python3 infra/rabbitmq/apply-definitions.py infra/rabbitmq/definitions.json
}

# Stops the whole broker node (not only the app inside it) and waits until it no longer listens. The chaos run's
# RabbitMQ fault; restart_rabbitmq starts it again the way ensure_rabbitmq always does.
stop_rabbitmq() {
  as_root rabbitmqctl stop >/dev/null 2>&1 || true
  for _ in $(seq 1 60); do
    rabbitmq_port_open 5672 || return 0
    sleep 1
  done
  echo "RabbitMQ: still listening 60 s after rabbitmqctl stop" >&2
  return 1
}

restart_rabbitmq() {
  stop_rabbitmq
  ensure_rabbitmq
}
