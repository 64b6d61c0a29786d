# Installs (Debian/Ubuntu) and starts PostgreSQL on loopback, with a 'returns' login that may create
# databases. Sourced by infra/test.sh; idempotent. Tests connect with
#   Host=127.0.0.1;Port=5432;Username=returns;Password=returns
# and create (and drop) databases of their own.

postgres_port_open() { (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; }

ensure_postgres() {
  if ! command -v pg_lsclusters >/dev/null 2>&1; then
    echo "PostgreSQL: installing postgresql (apt)..."
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi

  if ! postgres_port_open; then
    # The newest cluster the machine has; Debian's default listen_addresses is 'localhost'.
    local cluster
    cluster=$(pg_lsclusters --no-header | awk '{print $1" "$2}' | sort -V | tail -n 1)
    if [ -z "$cluster" ]; then
      local version
      version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
      as_root pg_createcluster "$version" main >/dev/null
      cluster="$version main"
    fi
    echo "PostgreSQL: starting cluster $cluster..."
    # shellcheck disable=SC2086
    without_inherited_files as_root pg_ctlcluster $cluster start
  fi

  for _ in $(seq 1 60); do
    postgres_port_open && break
    sleep 1
  done
  postgres_port_open || { echo "PostgreSQL did not come up on 127.0.0.1:5432" >&2; return 1; }

  as_root su postgres -c "psql -q -v ON_ERROR_STOP=1 -c \"DO \\\$\\\$ BEGIN
      IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'returns') THEN
        CREATE ROLE returns LOGIN CREATEDB PASSWORD 'returns';
      END IF; END \\\$\\\$;\"" >/dev/null
  echo "PostgreSQL: up on 127.0.0.1:5432 (login returns/returns)"
}

# Stops the cluster serving 127.0.0.1:5432 (fast: open sessions are cut, as in a crash of the server) and
# starts it again through ensure_postgres. The chaos run's PostgreSQL fault.
restart_postgres() {
  local cluster
  cluster=$(pg_lsclusters --no-header | awk '$3 == 5432 {print $1" "$2}' | head -n 1)
  if [ -n "$cluster" ]; then
    # shellcheck disable=SC2086
    as_root pg_ctlcluster $cluster stop -m fast
  fi
  ensure_postgres
}
