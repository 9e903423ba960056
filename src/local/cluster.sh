# shellcheck shell=bash
#
# A local DataPort cluster on one machine: cluster_start, cluster_stop, cluster_status, and the kill/restart helpers the
# failover suite uses (cluster_kill_*, cluster_restart_*).
#
# Sourced by the project's main script after mariadb.sh, elasticsearch.sh and stripe-emulator.sh (ROOT, JAVA_HOME,
# DATAPORT_HOME, MVNW, log, die, apt_install, app_unpacked_jar). Everything lives under $DATAPORT_HOME/cluster:
#
#   es1..es3/      three Elasticsearch 8.19 nodes of cluster "dataport-cluster" (HTTP 9211-9213, transport 9311-9313,
#                  heap DATAPORT_CLUSTER_ES_HEAP, 512m), the same distribution and analysis plugin as `services`
#   db-primary/    MariaDB primary on 3316 (binary log, GTID), database dataport_cluster
#   db-replica/    MariaDB replica on 3317, replicating from the primary by GTID (MASTER_USE_GTID=slave_pos), read-only
#   app1, app2/    two DataPort nodes on 8141 and 8142: the production jar with production variables only
#   nginx/         nginx on 8140 in front of the app nodes: sticky by a route cookie, passive health checks
#   stripe/        a Stripe emulator of the cluster's own on 12140
#
# The ports are fixed (README "Cluster and failover"); the cluster never touches the `services` ones (3306, 9200, 12111).

CLUSTER_URL=http://localhost:8140
CLUSTER_ES_NODES=(1 2 3)
CLUSTER_APP_PORTS=(8141 8142)
CLUSTER_DB_PRIMARY_PORT=3316
CLUSTER_DB_REPLICA_PORT=3317
CLUSTER_NGINX_PORT=8140
CLUSTER_STRIPE_PORT=12140
CLUSTER_DB_NAME=dataport_cluster

_cl_home() { printf '%s/cluster' "$DATAPORT_HOME"; }
_cl_es_dir() { printf '%s/es%s' "$(_cl_home)" "$1"; }
_cl_es_http() { printf '%s' "$((9210 + $1))"; }
_cl_es_url() { printf 'http://127.0.0.1:%s' "$(_cl_es_http "$1")"; }
_cl_es_urls() { printf 'http://127.0.0.1:9211,http://127.0.0.1:9212,http://127.0.0.1:9213'; }
_cl_db_dir() { printf '%s/db-%s' "$(_cl_home)" "$1"; }
_cl_db_port() { if [ "$1" = primary ]; then printf '%s' "$CLUSTER_DB_PRIMARY_PORT"; else printf '%s' "$CLUSTER_DB_REPLICA_PORT"; fi; }
_cl_jdbc() {
    printf 'jdbc:mysql://127.0.0.1:%s/%s?createDatabaseIfNotExist=true&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci&serverTimezone=UTC' \
        "$(_cl_db_port "$1")" "$CLUSTER_DB_NAME"
}
_cl_app_dir() { printf '%s/app%s' "$(_cl_home)" "$1"; }
_cl_app_port() { printf '%s' "${CLUSTER_APP_PORTS[$(($1 - 1))]}"; }

# Pid from a pid file when that process still runs and its command line contains the given word.
_cl_pid() {
    local file=$1 word=$2 pid cmdline
    [ -s "$file" ] || return 1
    pid=$(tr -dc '0-9' <"$file")
    [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] || return 1
    cmdline=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
    [[ $cmdline == *"$word"* ]] || return 1
    printf '%s' "$pid"
}

_cl_port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# ---------------------------------------------------------------- Elasticsearch

_cl_es_pid() { _cl_pid "$(_cl_es_dir "$1")/es.pid" org.elasticsearch; }

_cl_es_prepare() {
    _es_ensure_user
    _es_check_reachable
    _es_ensure_dist
    # The plugin is shared with `services` (same distribution): install it when missing, never swap it under a
    # running node.
    if [ ! -d "$(_es_dist)/plugins/$ES_PLUGIN" ]; then
        _es_install_plugin "$(_es_plugin_checksum)"
    fi
    local n dir
    for n in "${CLUSTER_ES_NODES[@]}"; do
        dir=$(_cl_es_dir "$n")
        mkdir -p "$dir/data" "$dir/logs" "$dir/tmp"
        if [ ! -f "$dir/config/elasticsearch.yml" ]; then
            rm -rf "$dir/config"
            cp -R "$(_es_dist)/config" "$dir/config"
        fi
        _es_as_root && chown -R "$ES_USER:$ES_USER" "$dir"
    done
    chmod a+x "$(_cl_home)"
}

cluster_es_start_node() {
    local n=$1 dir
    dir=$(_cl_es_dir "$n")
    if _cl_es_pid "$n" >/dev/null; then
        return 0
    fi
    _cl_port_open "$(_cl_es_http "$n")" && die "port $(_cl_es_http "$n") is taken by something else"
    (
        cd "$dir" &&
            _es_run_as_es env -u JAVA_HOME ES_JAVA_HOME="$JAVA_HOME" ES_PATH_CONF="$dir/config" ES_TMPDIR="$dir/tmp" \
                ES_JAVA_OPTS="-Xms${DATAPORT_CLUSTER_ES_HEAP:-512m} -Xmx${DATAPORT_CLUSTER_ES_HEAP:-512m}" \
                timeout "${DATAPORT_CLUSTER_START_TIMEOUT:-600}" "$(_es_dist)/bin/elasticsearch" -d -p "$dir/es.pid" \
                -E cluster.name=dataport-cluster -E node.name="es$n" \
                -E network.host=127.0.0.1 -E http.port="$(_cl_es_http "$n")" -E transport.port="$((9310 + n))" \
                -E discovery.seed_hosts=127.0.0.1:9311,127.0.0.1:9312,127.0.0.1:9313 \
                -E cluster.initial_master_nodes=es1,es2,es3 \
                -E xpack.security.enabled=false -E cluster.routing.allocation.disk.threshold_enabled=false \
                -E path.data="$dir/data" -E path.logs="$dir/logs" \
                >"$dir/console.log" 2>&1 </dev/null
    ) || { tail -n 30 "$dir/console.log" >&2; die "Elasticsearch node es$n failed to start (log: $dir/logs)"; }
}

# Waits for the given status (green/yellow) of the cluster, asking any node; returns 1 after the timeout (seconds).
cluster_es_wait() {
    local status=$1 timeout=$2 deadline n body
    deadline=$((SECONDS + timeout))
    while [ "$SECONDS" -lt "$deadline" ]; do
        for n in "${CLUSTER_ES_NODES[@]}"; do
            body=$(curl -s -m 6 "$(_cl_es_url "$n")/_cluster/health?wait_for_status=$status&timeout=3s" 2>/dev/null) ||
                continue
            if [[ $body == *'"timed_out":false'* ]]; then
                return 0
            fi
        done
        sleep 1
    done
    return 1
}

cluster_es_start() {
    local n pids=()
    _cl_es_prepare
    log "Cluster: starting Elasticsearch nodes es1-es3 on 9211-9213 (heap ${DATAPORT_CLUSTER_ES_HEAP:-512m} each)"
    for n in "${CLUSTER_ES_NODES[@]}"; do
        cluster_es_start_node "$n" &
        pids+=($!)
    done
    for n in "${pids[@]}"; do
        wait "$n" || die "an Elasticsearch node failed to start"
    done
    cluster_es_wait yellow 300 || die "the Elasticsearch cluster did not form within 300 s (logs: $(_cl_home)/es*/logs)"
}

cluster_kill_es_node() {
    local pid
    pid=$(_cl_es_pid "$1") || return 0
    kill -KILL "$pid" 2>/dev/null || true
    while [ -d "/proc/$pid" ]; do sleep 0.1; done
    rm -f "$(_cl_es_dir "$1")/es.pid"
}

cluster_es_stop() {
    local n pid
    for n in "${CLUSTER_ES_NODES[@]}"; do
        pid=$(_cl_es_pid "$n") || continue
        kill -TERM "$pid" 2>/dev/null || true
    done
    for n in "${CLUSTER_ES_NODES[@]}"; do
        pid=$(_cl_es_pid "$n") || continue
        local waited=0
        while [ -d "/proc/$pid" ] && [ "$waited" -lt 40 ]; do sleep 0.5; waited=$((waited + 1)); done
        [ -d "/proc/$pid" ] && kill -KILL "$pid" 2>/dev/null
        rm -f "$(_cl_es_dir "$n")/es.pid"
    done
}

# ---------------------------------------------------------------- MariaDB primary + GTID replica

_cl_db_pid() { _cl_pid "$(_cl_db_dir "$1")/mysqld.pid" mariadbd; }
cluster_db_sql() {
    local role=$1
    shift
    mariadb --no-defaults --socket="$(_cl_db_dir "$role")/mysqld.sock" -u "$(id -un)" --batch --skip-column-names "$@"
}

cluster_db_start_server() {
    local role=$1 dir id extra=() as_root=() mariadbd=/usr/sbin/mariadbd i
    dir=$(_cl_db_dir "$role")
    if _cl_db_pid "$role" >/dev/null && cluster_db_sql "$role" -e 'SELECT 1' >/dev/null 2>&1; then
        return 0
    fi
    _cl_port_open "$(_cl_db_port "$role")" && die "port $(_cl_db_port "$role") is taken by something else"
    command -v mariadbd >/dev/null 2>&1 && mariadbd=$(command -v mariadbd)
    mkdir -p "$dir"
    if [ ! -d "$dir/data/mysql" ]; then
        rm -rf "$dir/data"
        mariadb-install-db --no-defaults --datadir="$dir/data" --user="$(id -un)" \
            --auth-root-authentication-method=socket --skip-test-db >"$dir/install.log" 2>&1 ||
            { tail -n 20 "$dir/install.log" >&2; die "mariadb-install-db failed for the $role"; }
    fi
    if [ "$role" = primary ]; then
        id=1
    else
        id=2
        extra=(--read-only=1 --relay-log="$dir/data/relay-bin")
    fi
    [ "$(id -u)" -eq 0 ] && as_root=(--user=root)
    setsid "$mariadbd" --no-defaults "${as_root[@]}" --datadir="$dir/data" --socket="$dir/mysqld.sock" \
        --pid-file="$dir/mysqld.pid" --port="$(_cl_db_port "$role")" --bind-address=127.0.0.1 --skip-name-resolve \
        --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci \
        --innodb-buffer-pool-size=128M --max-connections=200 --log-error="$dir/mariadb.log" \
        --server-id="$id" --log-bin="$dir/data/binlog" --binlog-format=ROW --log-slave-updates=1 \
        --gtid-strict-mode=1 --sync-binlog=1 --innodb-flush-log-at-trx-commit=1 "${extra[@]}" \
        </dev/null >/dev/null 2>&1 &
    for i in $(seq 1 120); do
        cluster_db_sql "$role" -e 'SELECT 1' >/dev/null 2>&1 && return 0
        sleep 0.5
    done
    tail -n 30 "$dir/mariadb.log" >&2 || true
    die "MariaDB $role did not start within 60 s"
}

cluster_db_start() {
    _db_ensure_installed
    log "Cluster: MariaDB primary on $CLUSTER_DB_PRIMARY_PORT, GTID replica on $CLUSTER_DB_REPLICA_PORT"
    cluster_db_start_server primary
    # Written to the binary log, so the replica receives the accounts too.
    cluster_db_sql primary -e "CREATE USER IF NOT EXISTS 'dataport'@'127.0.0.1' IDENTIFIED BY 'dataport';
        CREATE USER IF NOT EXISTS 'dataport'@'localhost' IDENTIFIED BY 'dataport';
        GRANT ALL PRIVILEGES ON *.* TO 'dataport'@'127.0.0.1';
        GRANT ALL PRIVILEGES ON *.* TO 'dataport'@'localhost';
        CREATE USER IF NOT EXISTS 'replicator'@'127.0.0.1' IDENTIFIED BY 'replicator';
        GRANT REPLICATION SLAVE ON *.* TO 'replicator'@'127.0.0.1';"
    cluster_db_start_server replica
    if [ -z "$(cluster_db_sql replica -e 'SHOW SLAVE STATUS')" ]; then
        cluster_db_sql replica -e "SET sql_log_bin = 0;
            CHANGE MASTER TO MASTER_HOST='127.0.0.1', MASTER_PORT=$CLUSTER_DB_PRIMARY_PORT,
                MASTER_USER='replicator', MASTER_PASSWORD='replicator', MASTER_USE_GTID=slave_pos,
                MASTER_CONNECT_RETRY=1;
            START SLAVE;"
    else
        cluster_db_sql replica -e 'START SLAVE' >/dev/null 2>&1 || true
    fi
}

cluster_kill_db() {
    local pid
    pid=$(_cl_db_pid "$1") || return 0
    kill -KILL "$pid" 2>/dev/null || true
    while [ -d "/proc/$pid" ]; do sleep 0.1; done
}

cluster_db_stop_server() {
    local pid i
    pid=$(_cl_db_pid "$1") || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for i in $(seq 1 60); do
        [ -d "/proc/$pid" ] || break
        sleep 0.5
    done
    [ -d "/proc/$pid" ] && kill -KILL "$pid" 2>/dev/null
    rm -f "$(_cl_db_dir "$1")/mysqld.pid"
}

# "IO/SQL lag" of the replica, e.g. "Yes/Yes 0".
cluster_replica_state() {
    mariadb --no-defaults --socket="$(_cl_db_dir replica)/mysqld.sock" -u "$(id -un)" -e 'SHOW SLAVE STATUS\G' 2>/dev/null |
        awk '/Slave_IO_Running:/ {io=$2} /Slave_SQL_Running:/ {sql=$2} /Seconds_Behind_Master:/ {lag=$2}
             END {print io "/" sql " " lag}'
}

# ---------------------------------------------------------------- DataPort nodes

_cl_app_pid() { _cl_pid "$(_cl_app_dir "$1")/app.pid" dataport; }

cluster_app_start_node() {
    local n=$1 dir port jar pid i
    dir=$(_cl_app_dir "$n")
    port=$(_cl_app_port "$n")
    if _cl_app_pid "$n" >/dev/null; then
        return 0
    fi
    _cl_port_open "$port" && die "port $port is taken by something else"
    mkdir -p "$dir"
    rm -f "$dir/app.pid"
    jar=$(app_unpacked_jar)
    # Production: no profile, only the production variables. The ES nodes hold one replica of every shard.
    # DATAPORT_DB_NAME names the database for what derives from it beside the URL (the emulator account's key
    # sk_test_dataport_<name>, backups): without it the nodes used the emulator account "dataport" while the failover
    # suite's node, on the same database, used "dataport_cluster", so no webhook of its checkouts reached them.
    # Appended, not overwritten: a node the failover suite kills and restarts keeps the log of its previous life (what
    # it answered just before the kill is the evidence a failed figure needs).
    echo "===== $(date -u +%FT%TZ) node $n starting on $port" >>"$dir/app.log"
    (
        cd "$dir" &&
            DATAPORT_DB_URL=$(_cl_jdbc primary) DATAPORT_DATABASE_REPLICA_URL=$(_cl_jdbc replica) \
                DATAPORT_DB_NAME="$CLUSTER_DB_NAME" \
                DATAPORT_ES_URL=$(_cl_es_urls) DATAPORT_ES_REPLICAS=1 DATAPORT_ES_INDEX_PREFIX=dataport \
                DATAPORT_STRIPE_EMULATOR_URL="http://127.0.0.1:$CLUSTER_STRIPE_PORT" \
                STRIPE_WEBHOOK_SECRET="$(cat "$(_cl_webhook_file secret)")" \
                DATAPORT_BASE_URL="$CLUSTER_URL" DATAPORT_DEMO_LISTINGS="${DATAPORT_CLUSTER_DEMO_LISTINGS:-500}" \
                PORT="$port" \
                setsid nohup bash -c 'echo $$ >"$0"; exec "$@"' "$dir/app.pid" \
                "$JAVA_HOME/bin/java" -Xms256m -Xmx"${DATAPORT_CLUSTER_APP_HEAP:-640m}" \
                -XX:TieredStopAtLevel=1 -Xss512k -jar "$jar" \
                --spring.datasource.hikari.connection-timeout=3000 \
                >>"$dir/app.log" 2>&1 </dev/null &
    ) </dev/null >/dev/null 2>&1
    # (The background list's own bash stays as the node's parent: with the caller's output on it, a caller reading
    # that output through a pipe, as Maven reads the failover suite's, would wait for the node to end.)
    # The pid file is written by the process itself (setsid may fork, so $! is not the server's pid).
    for i in $(seq 1 50); do
        [ -s "$dir/app.pid" ] && break
        sleep 0.1
    done
    pid=$(cat "$dir/app.pid")
    for i in $(seq 1 480); do
        if curl -s -o /dev/null -m 2 "http://127.0.0.1:$port/actuator/health"; then
            return 0
        fi
        if [ ! -d "/proc/$pid" ]; then
            tail -n 40 "$dir/app.log" >&2
            die "DataPort node $n stopped during start-up (log: $dir/app.log)"
        fi
        sleep 0.5
    done
    tail -n 40 "$dir/app.log" >&2
    die "DataPort node $n did not answer within 240 s (log: $dir/app.log)"
}

cluster_kill_app() {
    local pid
    pid=$(_cl_app_pid "$1") || return 0
    kill -KILL "$pid" 2>/dev/null || true
    while [ -d "/proc/$pid" ]; do sleep 0.1; done
    rm -f "$(_cl_app_dir "$1")/app.pid"
}

cluster_app_stop_node() {
    local pid i
    pid=$(_cl_app_pid "$1") || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for i in $(seq 1 60); do
        [ -d "/proc/$pid" ] || break
        sleep 0.5
    done
    [ -d "/proc/$pid" ] && kill -KILL "$pid" 2>/dev/null
    rm -f "$(_cl_app_dir "$1")/app.pid"
}

# ---------------------------------------------------------------- nginx

_cl_nginx_dir() { printf '%s/nginx' "$(_cl_home)"; }
_cl_nginx_pid() { _cl_pid "$(_cl_nginx_dir)/nginx.pid" nginx; }

_cl_nginx_conf() {
    local dir=$1 user_line=""
    [ "$(id -u)" -eq 0 ] && user_line="user $(id -un);"
    cat <<CONF
# Written by ./dataport cluster start ($ROOT/src/local/cluster.sh); rewritten at every start.
$user_line
worker_processes 1;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 1024; }
http {
    access_log $dir/access.log;
    client_body_temp_path $dir/tmp/body;
    proxy_temp_path $dir/tmp/proxy;
    fastcgi_temp_path $dir/tmp/fastcgi;
    uwsgi_temp_path $dir/tmp/uwsgi;
    scgi_temp_path $dir/tmp/scgi;
    client_max_body_size 200m;

    # Sticky sessions without nginx Plus: the node that answered a visitor is remembered in the DPROUTE cookie
    # (set below from the upstream that actually answered, so the first request, without cookies, already pins the
    # visitor to the node that created its session). A known route goes to that node, with the other as backup
    # (the session is lost then and Vaadin starts a new one); no route goes round-robin.
    map \$cookie_DPROUTE \$dataport_upstream {
        a dataport_a;
        b dataport_b;
        default dataport_any;
    }
    map \$upstream_addr \$dataport_route {
        ~:${CLUSTER_APP_PORTS[0]}\$ a;
        ~:${CLUSTER_APP_PORTS[1]}\$ b;
        default \$cookie_DPROUTE;
    }
    map \$http_upgrade \$connection_upgrade {
        default upgrade;
        '' '';
    }
    # Passive health checks: a node that refuses or times out once is skipped for 10 s.
    upstream dataport_any {
        server 127.0.0.1:${CLUSTER_APP_PORTS[0]} max_fails=1 fail_timeout=10s;
        server 127.0.0.1:${CLUSTER_APP_PORTS[1]} max_fails=1 fail_timeout=10s;
    }
    upstream dataport_a {
        server 127.0.0.1:${CLUSTER_APP_PORTS[0]} max_fails=1 fail_timeout=10s;
        server 127.0.0.1:${CLUSTER_APP_PORTS[1]} backup;
    }
    upstream dataport_b {
        server 127.0.0.1:${CLUSTER_APP_PORTS[1]} max_fails=1 fail_timeout=10s;
        server 127.0.0.1:${CLUSTER_APP_PORTS[0]} backup;
    }
    server {
        listen 127.0.0.1:$CLUSTER_NGINX_PORT;
        server_name localhost;
        location / {
            proxy_pass http://\$dataport_upstream;
            proxy_http_version 1.1;
            proxy_set_header Host \$http_host;
            proxy_set_header X-Forwarded-For \$proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto \$scheme;
            proxy_set_header Upgrade \$http_upgrade;
            proxy_set_header Connection \$connection_upgrade;
            proxy_connect_timeout 2s;
            proxy_read_timeout 120s;
            proxy_next_upstream error timeout http_502 http_503;
            proxy_next_upstream_tries 2;
            add_header Set-Cookie "DPROUTE=\$dataport_route; Path=/; HttpOnly; SameSite=Lax" always;
            add_header X-DataPort-Node \$dataport_route always;
        }
    }
}
CONF
}

cluster_nginx_start() {
    local dir
    dir=$(_cl_nginx_dir)
    if ! command -v nginx >/dev/null 2>&1 && [ ! -x /usr/sbin/nginx ]; then
        log "Installing nginx (Debian package nginx)..."
        apt_install nginx
    fi
    mkdir -p "$dir/tmp"
    _cl_nginx_conf "$dir" >"$dir/nginx.conf"
    if _cl_nginx_pid >/dev/null; then
        /usr/sbin/nginx -p "$dir" -e "$dir/error.log" -c "$dir/nginx.conf" -s reload
        return 0
    fi
    _cl_port_open "$CLUSTER_NGINX_PORT" && die "port $CLUSTER_NGINX_PORT is taken by something else"
    /usr/sbin/nginx -t -q -p "$dir" -e "$dir/error.log" -c "$dir/nginx.conf" || die "nginx rejected $dir/nginx.conf"
    /usr/sbin/nginx -p "$dir" -e "$dir/error.log" -c "$dir/nginx.conf" || die "nginx did not start ($dir/error.log)"
}

cluster_nginx_stop() {
    local pid i
    pid=$(_cl_nginx_pid) || return 0
    kill -QUIT "$pid" 2>/dev/null || true
    for i in $(seq 1 20); do
        [ -d "/proc/$pid" ] || break
        sleep 0.25
    done
    [ -d "/proc/$pid" ] && kill -TERM "$pid" 2>/dev/null
    rm -f "$(_cl_nginx_dir)/nginx.pid"
}

# ---------------------------------------------------------------- the whole cluster

cluster_stripe_start() {
    # The emulator's helpers keep their state under DATAPORT_HOME: a subshell with the cluster's home and port.
    (DATAPORT_HOME=$(_cl_home) DATAPORT_STRIPE_EMULATOR_PORT=$CLUSTER_STRIPE_PORT stripe_emulator_start)
}

# The webhook endpoint of the whole cluster: created once at the emulator, as an operator creates it in Stripe's
# dashboard, and its signing secret given to every node as STRIPE_WEBHOOK_SECRET (the production variable). Nodes
# that each registered an endpoint of their own for the one public URL replaced each other's endpoint, and with it the
# secret the other node verified with (Stripe shows a secret only when the endpoint is created): 1,022 deliveries
# were given up that way in one failover run. Kept while the emulator keeps it; created again after an emulator
# restart (it keeps everything in memory).
_cl_webhook_file() { printf '%s/stripe-webhook-%s' "$(_cl_home)" "$1"; }

cluster_webhook_endpoint() {
    local api="http://127.0.0.1:$CLUSTER_STRIPE_PORT" key="sk_test_dataport_$CLUSTER_DB_NAME" url id body
    url="$CLUSTER_URL/stripe/webhook"
    id=$(cat "$(_cl_webhook_file id)" 2>/dev/null || true)
    if [ -n "$id" ] && [ -s "$(_cl_webhook_file secret)" ] &&
        curl -sf -m 10 -u "$key:" "$api/v1/webhook_endpoints/$id" 2>/dev/null | grep -q "\"url\": *\"$url\""; then
        return 0
    fi
    body=$(curl -sf -m 10 -u "$key:" "$api/v1/webhook_endpoints" -d url="$url" -d 'enabled_events[]=*' \
        -d description="dataport cluster: every node") || die "could not create the cluster's webhook endpoint at $api"
    id=$(grep -o '"id": *"we_[^"]*"' <<<"$body" | head -1 | sed 's/.*"\(we_[^"]*\)"/\1/')
    grep -o '"secret": *"whsec_[^"]*"' <<<"$body" | sed 's/.*"\(whsec_[^"]*\)"/\1/' >"$(_cl_webhook_file secret)"
    [ -n "$id" ] && [ -s "$(_cl_webhook_file secret)" ] || die "unexpected answer from the emulator: $body"
    printf '%s' "$id" >"$(_cl_webhook_file id)"
    chmod 600 "$(_cl_webhook_file secret)"
    log "Cluster: webhook endpoint $id for $url at the emulator; its secret goes to every node"
}

cluster_stripe_stop() {
    (DATAPORT_HOME=$(_cl_home) DATAPORT_STRIPE_EMULATOR_PORT=$CLUSTER_STRIPE_PORT stripe_emulator_stop)
}

cluster_start() {
    local started=$SECONDS
    mkdir -p "$(_cl_home)"
    chmod 755 "$DATAPORT_HOME" "$(_cl_home)"
    cluster_db_start
    cluster_es_start
    cluster_stripe_start
    cluster_webhook_endpoint
    build_app
    # One node first: it migrates the schema and loads the demo catalogue into the empty database; the second
    # then starts on a ready schema.
    log "Cluster: starting DataPort node 1 on ${CLUSTER_APP_PORTS[0]} (log: $(_cl_app_dir 1)/app.log)"
    cluster_app_start_node 1
    log "Cluster: starting DataPort node 2 on ${CLUSTER_APP_PORTS[1]} (log: $(_cl_app_dir 2)/app.log)"
    cluster_app_start_node 2
    cluster_nginx_start
    log "Cluster: up in $((SECONDS - started)) s at $CLUSTER_URL/ (./dataport cluster status; ./dataport cluster stop)"
}

cluster_stop() {
    cluster_nginx_stop
    cluster_app_stop_node 1
    cluster_app_stop_node 2
    cluster_stripe_stop || true
    cluster_es_stop
    cluster_db_stop_server replica
    cluster_db_stop_server primary
    log "Cluster: stopped (state kept in $(_cl_home); delete that folder to start from scratch)"
}

cluster_status() {
    local n pid health
    echo "DataPort cluster ($CLUSTER_URL/, state in $(_cl_home)):"
    if pid=$(_cl_nginx_pid); then echo "  nginx        :$CLUSTER_NGINX_PORT  running (pid $pid)"; else echo "  nginx        :$CLUSTER_NGINX_PORT  stopped"; fi
    for n in 1 2; do
        if pid=$(_cl_app_pid "$n"); then
            health=$(curl -s -m 3 "http://127.0.0.1:$(_cl_app_port "$n")/actuator/health" | grep -o '"status":"[A-Z]*"' | head -1) ||
                health=""
            echo "  app$n         :$(_cl_app_port "$n")  running (pid $pid) ${health:-not answering}"
        else
            echo "  app$n         :$(_cl_app_port "$n")  stopped"
        fi
    done
    for n in "${CLUSTER_ES_NODES[@]}"; do
        if pid=$(_cl_es_pid "$n"); then echo "  es$n          :$(_cl_es_http "$n")  running (pid $pid)"; else echo "  es$n          :$(_cl_es_http "$n")  stopped"; fi
    done
    health=$(curl -s -m 3 "$(_cl_es_url 1)/_cluster/health" 2>/dev/null ||
        curl -s -m 3 "$(_cl_es_url 2)/_cluster/health" 2>/dev/null || true)
    echo "  ES cluster        $(grep -o '"status":"[a-z]*","timed_out":[a-z]*,"number_of_nodes":[0-9]*' <<<"$health" || echo 'not answering')"
    # (every probe above may fail while a part is down; status never stops half-way)
    if pid=$(_cl_db_pid primary); then echo "  db primary   :$CLUSTER_DB_PRIMARY_PORT  running (pid $pid)"; else echo "  db primary   :$CLUSTER_DB_PRIMARY_PORT  stopped"; fi
    if pid=$(_cl_db_pid replica); then
        echo "  db replica   :$CLUSTER_DB_REPLICA_PORT  running (pid $pid), IO/SQL threads and lag: $(cluster_replica_state)"
    else
        echo "  db replica   :$CLUSTER_DB_REPLICA_PORT  stopped"
    fi
    if (DATAPORT_HOME=$(_cl_home) DATAPORT_STRIPE_EMULATOR_PORT=$CLUSTER_STRIPE_PORT _se_our_pid >/dev/null); then
        echo "  stripe emu   :$CLUSTER_STRIPE_PORT running"
    else
        echo "  stripe emu   :$CLUSTER_STRIPE_PORT stopped"
    fi
}
