# shellcheck shell=bash
# shellcheck disable=SC2034 # DB_STARTED_BY_US is set here for the caller to read
#
# Local MySQL-protocol server for DataPort: db_start, db_stop, db_status, db_sql.
#
# Sourced by the project's main script (ROOT, DATAPORT_HOME, log, die). Uses MariaDB from Debian's
# mariadb-server package (installed with apt when missing and we are root), but never the system service:
# a private data folder under DATAPORT_HOME, its own socket and pid file, listening on 127.0.0.1 only, so it
# works the same for root and for a normal user and leaves the machine's own MySQL alone.
#
# Settings: DATAPORT_DB_PORT (3306). Creates the account dataport/dataport (all privileges: a local dev
# server only) that the app's defaults use. Sets DB_STARTED_BY_US=1 when db_start started the server.

DB_STARTED_BY_US=0

_db_home() { printf '%s/mariadb' "$DATAPORT_HOME"; }
_db_port() { printf '%s' "${DATAPORT_DB_PORT:-3306}"; }
_db_socket() { printf '%s/mariadb/mysqld.sock' "$DATAPORT_HOME"; }
_db_pidfile() { printf '%s/mariadb/mysqld.pid' "$DATAPORT_HOME"; }

# The OS account mariadbd runs as and whose name is its socket-authenticated admin account.
_db_user() { id -un; }

_db_our_pid() {
    local pid cmdline
    [ -s "$(_db_pidfile)" ] || return 1
    pid=$(tr -dc '0-9' <"$(_db_pidfile)")
    [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] || return 1
    cmdline=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
    [[ $cmdline == *mariadbd* || $cmdline == *mysqld* ]] || return 1
    printf '%s' "$pid"
}

_db_port_taken() { (exec 3<>"/dev/tcp/127.0.0.1/$(_db_port)") 2>/dev/null; }

_db_ensure_installed() {
    if command -v mariadbd >/dev/null 2>&1 || [ -x /usr/sbin/mariadbd ]; then
        return 0
    fi
    if [ "$(id -u)" -ne 0 ]; then
        die "MariaDB is not installed. Install it once with: sudo apt-get install -y mariadb-server
  (or point DataPort at an existing MySQL/MariaDB with DATAPORT_DB_URL, see README)."
    fi
    log "Installing MariaDB (Debian package mariadb-server, about 15 s)..."
    apt_install mariadb-server mariadb-client
}

db_sql() {
    mariadb --no-defaults --socket="$(_db_socket)" -u "$(_db_user)" --batch --skip-column-names "$@"
}

db_start() {
    DB_STARTED_BY_US=0
    local home pid
    home=$(_db_home)
    if pid=$(_db_our_pid) && db_sql -e 'SELECT 1' >/dev/null 2>&1; then
        log "MariaDB already running on 127.0.0.1:$(_db_port) (pid $pid), reusing it."
        return 0
    fi
    if _db_port_taken; then
        die "Port $(_db_port) is taken by another program, not DataPort's MariaDB.
  Stop it, set DATAPORT_DB_PORT to a free port, or set DATAPORT_DB_URL to use that server (see README)."
    fi
    _db_ensure_installed
    local mariadbd=/usr/sbin/mariadbd
    command -v mariadbd >/dev/null 2>&1 && mariadbd=$(command -v mariadbd)
    mkdir -p "$home"
    if [ ! -d "$home/data/mysql" ]; then
        log "Creating a MariaDB data folder in $home/data"
        rm -rf "$home/data"
        mariadb-install-db --no-defaults --datadir="$home/data" --user="$(_db_user)" \
            --auth-root-authentication-method=socket --skip-test-db >"$home/install.log" 2>&1 ||
            { tail -n 20 "$home/install.log" >&2; die "mariadb-install-db failed (log: $home/install.log)"; }
    fi
    local as_root=()
    [ "$(id -u)" -eq 0 ] && as_root=(--user=root)
    # setsid: Ctrl-C in the terminal must not reach the server directly; the caller stops it in order.
    setsid "$mariadbd" --no-defaults "${as_root[@]}" --datadir="$home/data" --socket="$(_db_socket)" \
        --pid-file="$(_db_pidfile)" --port="$(_db_port)" --bind-address=127.0.0.1 --skip-name-resolve \
        --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
        --innodb-buffer-pool-size=256M --max-connections=200 --log-error="$home/mariadb.log" \
        </dev/null >/dev/null 2>&1 &
    local i
    for i in $(seq 1 60); do
        if db_sql -e 'SELECT 1' >/dev/null 2>&1; then
            break
        fi
        sleep 0.5
        if [ "$i" -eq 60 ]; then
            tail -n 30 "$home/mariadb.log" >&2 || true
            die "MariaDB did not start within 30 s (log: $home/mariadb.log)"
        fi
    done
    db_sql -e "CREATE USER IF NOT EXISTS 'dataport'@'127.0.0.1' IDENTIFIED BY 'dataport';
               CREATE USER IF NOT EXISTS 'dataport'@'localhost' IDENTIFIED BY 'dataport';
               GRANT ALL PRIVILEGES ON *.* TO 'dataport'@'127.0.0.1';
               GRANT ALL PRIVILEGES ON *.* TO 'dataport'@'localhost';"
    DB_STARTED_BY_US=1
    log "MariaDB running on 127.0.0.1:$(_db_port) (data: $home/data)."
}

db_stop() {
    local pid i
    pid=$(_db_our_pid) || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for i in $(seq 1 40); do
        [ -r "/proc/$pid/cmdline" ] || break
        sleep 0.5
    done
    if [ -r "/proc/$pid/cmdline" ]; then
        kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$(_db_pidfile)"
    log "MariaDB stopped."
}

db_status() {
    local pid
    if pid=$(_db_our_pid); then
        echo "MariaDB: running on 127.0.0.1:$(_db_port) (pid $pid, data $(_db_home)/data)"
    else
        echo "MariaDB: not running"
    fi
}
