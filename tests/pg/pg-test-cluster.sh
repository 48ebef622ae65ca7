#!/usr/bin/env bash
# A throw-away PostgreSQL server for the tests, in a new temporary folder, on
# loopback only (a free port on 127.0.0.1, its unix socket inside the folder).
#
#   pg-test-cluster.sh start  STATE   initdb + start; writes STATE (KEY=value lines, PG_URL among them)
#   pg-test-cluster.sh stop   STATE   stop the server, delete its folder and STATE
#   pg-test-cluster.sh pause  STATE   stop the server only (pg_ctl stop -m fast)
#   pg-test-cluster.sh resume STATE   start it again on the same port
#
# With FINCLOUD_PG_TLS=1 at start the server requires TLS (ssl=on, hostssl
# lines only) with a certificate for "localhost" signed by a test CA made here
# with openssl; STATE then names the CA (PG_TLS_CA) and a second, unrelated CA
# (PG_TLS_WRONG_CA) for the refusals.
#
# initdb refuses to run as root: as root the cluster belongs to the `postgres`
# user (created by Debian's postgresql package) and its commands run through
# runuser; otherwise it belongs to the current user.
set -euo pipefail

command="${1:-}"
state="${2:-}"
if [ -z "$command" ] || [ -z "$state" ]; then
    echo "usage: $0 start|stop|pause|resume STATE-FILE" >&2
    exit 2
fi

find_bindir() {
    if [ -n "${FINCLOUD_PG_BINDIR:-}" ]; then
        echo "$FINCLOUD_PG_BINDIR"
        return
    fi
    local found
    found="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
    if [ -z "$found" ]; then
        echo "PostgreSQL server binaries not found (Debian package postgresql)" >&2
        exit 1
    fi
    echo "$found"
}

if [ "$(id -u)" -eq 0 ]; then
    owner=postgres
    as_owner() { runuser -u postgres -- "$@"; }
else
    owner="$(id -un)"
    as_owner() { "$@"; }
fi

load_state() {
    if [ ! -f "$state" ]; then
        echo "no cluster state in $state" >&2
        exit 1
    fi
    # shellcheck disable=SC1090
    . "$state"
}

server_options() {
    # Durability is not what these tests check; speed is welcome.
    local tls=""
    if [ "${PG_TLS:-0}" = 1 ]; then
        tls="-c ssl=on -c ssl_cert_file=$PG_DIR/tls/server.crt"
        tls="$tls -c ssl_key_file=$PG_DIR/tls/server.key"
    fi
    echo "-p $1 -h 127.0.0.1 -k $PG_DIR -c fsync=off -c synchronous_commit=off" \
        "-c full_page_writes=off -c max_connections=60 $tls"
}

# A test CA, a server certificate for "localhost" signed by it, and another
# CA that signed nothing here; valid for two days.
make_certificates() {
    local dir="$PG_DIR/tls"
    mkdir -p "$dir"
    local key=(-newkey ec -pkeyopt ec_paramgen_curve:prime256v1 -nodes)
    openssl req -x509 "${key[@]}" -keyout "$dir/ca.key" -out "$dir/ca.crt" -days 2 \
        -subj "/CN=fincloud test CA" 2>/dev/null
    openssl req -x509 "${key[@]}" -keyout "$dir/wrong-ca.key" -out "$dir/wrong-ca.crt" -days 2 \
        -subj "/CN=fincloud other CA" 2>/dev/null
    openssl req "${key[@]}" -keyout "$dir/server.key" -out "$dir/server.csr" \
        -subj "/CN=localhost" 2>/dev/null
    printf 'subjectAltName=DNS:localhost\n' >"$dir/san.ext"
    openssl x509 -req -in "$dir/server.csr" -CA "$dir/ca.crt" -CAkey "$dir/ca.key" \
        -CAcreateserial -out "$dir/server.crt" -days 2 -extfile "$dir/san.ext" 2>/dev/null
    chmod 600 "$dir/server.key"
    [ "$owner" = "$(id -un)" ] || chown -R "$owner" "$dir"
}

start_on() {
    as_owner "$bindir/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/server.log" -w -t 60 \
        -o "$(server_options "$1")" start >/dev/null
}

stop_server() {
    as_owner "$bindir/pg_ctl" -D "$PG_DIR/data" -m fast -w -t 60 stop >/dev/null 2>&1 || true
}

bindir="$(find_bindir)"

case "$command" in
start)
    started=$(date +%s%N)
    if [ -f "$state" ]; then
        # Left over from an interrupted run: clean it away first.
        "$0" stop "$state" || true
    fi
    PG_DIR="$(mktemp -d "${TMPDIR:-/tmp}/fincloud-pg.XXXXXX")"
    chmod 700 "$PG_DIR"
    [ "$owner" = "$(id -un)" ] || chown "$owner" "$PG_DIR"
    password="$(head -c 18 /dev/urandom | od -An -tx1 | tr -d ' \n')"
    printf '%s\n' "$password" >"$PG_DIR/password"
    chmod 600 "$PG_DIR/password"
    [ "$owner" = "$(id -un)" ] || chown "$owner" "$PG_DIR/password"
    # Password authentication over TCP (as a real server would ask), trust on
    # the private socket only.
    as_owner "$bindir/initdb" -D "$PG_DIR/data" -U fincloud_test --pwfile="$PG_DIR/password" \
        --auth-local=trust --auth-host=scram-sha-256 -E UTF8 --no-locale --no-sync \
        >"$PG_DIR/initdb.log" 2>&1 || {
        cat "$PG_DIR/initdb.log" >&2
        rm -rf "$PG_DIR"
        exit 1
    }
    PG_TLS="${FINCLOUD_PG_TLS:-0}"
    if [ "$PG_TLS" = 1 ]; then
        make_certificates
        # TLS or nothing over TCP.
        sed -i 's/^host\([[:space:]]\)/hostssl\1/' "$PG_DIR/data/pg_hba.conf"
    fi
    PG_PORT=""
    for _ in $(seq 1 20); do
        candidate=$((20000 + RANDOM % 40000))
        if start_on "$candidate" 2>>"$PG_DIR/start.log"; then
            PG_PORT="$candidate"
            break
        fi
    done
    if [ -z "$PG_PORT" ]; then
        echo "could not start PostgreSQL on a free port:" >&2
        tail -n 20 "$PG_DIR/server.log" "$PG_DIR/start.log" >&2 || true
        rm -rf "$PG_DIR"
        exit 1
    fi
    mkdir -p "$(dirname "$state")"
    {
        echo "PG_DIR=$PG_DIR"
        echo "PG_PORT=$PG_PORT"
        echo "PG_USER=fincloud_test"
        echo "PG_PASSWORD=$password"
        echo "PG_URL=postgresql://fincloud_test:$password@127.0.0.1:$PG_PORT/postgres"
        echo "PG_TLS=$PG_TLS"
        if [ "$PG_TLS" = 1 ]; then
            echo "PG_TLS_CA=$PG_DIR/tls/ca.crt"
            echo "PG_TLS_WRONG_CA=$PG_DIR/tls/wrong-ca.crt"
        fi
    } >"$state"
    chmod 600 "$state"
    elapsed_ms=$((($(date +%s%N) - started) / 1000000))
    echo "PostgreSQL $("$bindir/postgres" --version | awk '{print $3}') test server on" \
        "127.0.0.1:$PG_PORT (data in $PG_DIR), ready in ${elapsed_ms} ms"
    ;;
stop)
    load_state
    stop_server
    rm -rf "$PG_DIR"
    rm -f "$state"
    # Servers a test started for itself beside this one (private-*.env) and
    # left behind when it was killed.
    for private in "$(dirname "$state")"/private-*.env; do
        [ -f "$private" ] && "$0" stop "$private" >/dev/null 2>&1 || true
    done
    echo "PostgreSQL test server stopped and removed"
    ;;
pause)
    load_state
    stop_server
    ;;
resume)
    load_state
    start_on "$PG_PORT"
    ;;
*)
    echo "unknown command $command" >&2
    exit 2
    ;;
esac
