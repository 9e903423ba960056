# shellcheck shell=bash
# shellcheck disable=SC2034 # ES_STARTED_BY_US is set here for the caller to read
#
# Local Elasticsearch for DataPort: es_start, es_stop, es_status.
#
# Sourced (not executed) by the project's main script, which sets ROOT, JAVA_HOME (JDK >= 21), MVNW
# ("$ROOT/mvnw -q -B"), DATAPORT_HOME and the helpers log/die. Safe under `set -euo pipefail`.
#
# Why it looks the way it does (details in src/search-plugin/README.md):
# - The server is the bare "integ-test-zip" build from Maven Central (the only 8.19 download reachable here).
#   It lacks English/Chinese analysis, so DataPort's own stable plugin (src/search-plugin) is built and
#   installed into it, and rebuilt only when its sources change.
# - Elasticsearch refuses to run as root: as root it runs as the system user dataport-es, which must be able
#   to reach every folder it uses, hence everything lives under DATAPORT_HOME and not in the checkout.
# - It is started daemonized with a pid file, so a node left over from an earlier run (even one whose parent
#   was killed) is found and reused instead of colliding on the port.
#
# Settings: DATAPORT_ES_PORT (9200), DATAPORT_ES_HEAP (1g). Exports DATAPORT_ES_URL; sets
# ES_STARTED_BY_US=1 when es_start actually started a node (so a caller can stop only what it started).

ES_VERSION=8.19.21
ES_USER=dataport-es
ES_PLUGIN=dataport-analysis
ES_STARTED_BY_US=0

: "${DATAPORT_HOME:=/var/tmp/dataport-$(id -un)}"

if ! declare -F log >/dev/null; then
    log() { printf '[dataport] %s\n' "$*" >&2; }
fi
if ! declare -F die >/dev/null; then
    die() { printf '[dataport] ERROR: %s\n' "$*" >&2; exit 1; }
fi

# Layout, all below one folder so a single `rm -rf` resets it:
#   elasticsearch-<version>/   the unpacked server (owned by the invoking user, world-readable)
#   plugin.sha256              checksum of the plugin sources that are installed in it
#   plugin-build/              Maven build output for the plugin (keeps the checkout untouched)
#   run/                       config copy, data, logs, tmp, pid file, console.log (owned by the ES user)
_es_home() { printf '%s/elasticsearch' "$DATAPORT_HOME"; }
_es_dist() { printf '%s/elasticsearch-%s' "$(_es_home)" "$ES_VERSION"; }
_es_run() { printf '%s/run' "$(_es_home)"; }
_es_pidfile() { printf '%s/run/elasticsearch.pid' "$(_es_home)"; }
_es_port() { printf '%s' "${DATAPORT_ES_PORT:-9200}"; }
_es_url() { printf 'http://127.0.0.1:%s' "$(_es_port)"; }

# Elasticsearch runs as dataport-es only when we are root; otherwise as ourselves.
_es_as_root() { [ "$(id -u)" -eq 0 ]; }

_es_run_as_es() {
    if _es_as_root; then
        runuser -u "$ES_USER" -- "$@"
    else
        "$@"
    fi
}

# Pid of the node we started, if that process still exists and is Elasticsearch (pids get reused).
# Reads /proc rather than `kill -0`, which fails for another user's process (root's dataport-es node).
_es_our_pid() {
    local pidfile pid cmdline
    pidfile=$(_es_pidfile)
    [ -s "$pidfile" ] || return 1
    pid=$(tr -dc '0-9' <"$pidfile")
    [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] || return 1
    # Into a variable, not `| grep -q`: under pipefail an early grep exit can fail the pipeline (SIGPIPE).
    cmdline=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
    [[ $cmdline == *org.elasticsearch* ]] || return 1
    printf '%s' "$pid"
}

# 0 when something on the port answers _cluster/health like Elasticsearch does.
_es_answers() {
    local body
    body=$(curl -s -m 5 "$(_es_url)/_cluster/health" 2>/dev/null) || return 1
    [[ $body == *'"cluster_name"'* && $body == *'"status"'* ]]
}

# 0 when anything at all listens on the port (bash's /dev/tcp, no extra tools).
_es_port_taken() {
    (exec 3<>"/dev/tcp/127.0.0.1/$(_es_port)") 2>/dev/null
}

# Shows what explains a failed start: the console output (start-up errors are at its top, as a Java
# exception, hence head and tail) and the server log if it was written after that (a node that died later).
_es_log_tail() {
    local run console server
    run=$(_es_run)
    console="$run/console.log"
    server="$run/logs/dataport-local.log"
    if [ -s "$console" ]; then
        printf -- '--- %s ---\n' "$console" >&2
        if [ "$(wc -l <"$console")" -le 40 ]; then
            cat "$console" >&2
        else
            head -n 12 "$console" >&2
            printf -- '[...]\n' >&2
            tail -n 25 "$console" >&2
        fi
    fi
    if [ -s "$server" ] && { [ ! -e "$console" ] || [ "$server" -nt "$console" ]; }; then
        printf -- '--- last lines of %s ---\n' "$server" >&2
        tail -n 30 "$server" >&2
    fi
}

# Fetches the server zip through Maven (the local repository caches it) and unpacks it once.
_es_ensure_dist() {
    local home dist tmp
    home=$(_es_home)
    dist=$(_es_dist)
    [ -x "$dist/bin/elasticsearch" ] && return 0
    command -v unzip >/dev/null || die "unzip is missing (apt-get install unzip)"
    log "Elasticsearch $ES_VERSION: fetching the server (first run, ~100 MB) ..."
    rm -rf "$home"/download.* # left over by an interrupted first run
    tmp=$(mktemp -d "$home/download.XXXXXX")
    # -f on the plugin's POM: dependency:copy needs no project, but Maven still reads the POM in the current
    # folder, and the application's POM must not be able to break this step.
    # shellcheck disable=SC2086 # MVNW is a command line by contract
    if ! JAVA_HOME="$JAVA_HOME" $MVNW -f "$ROOT/src/search-plugin/pom.xml" dependency:copy \
        -Dartifact="org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION:zip" \
        -DoutputDirectory="$tmp" >"$tmp/maven.log" 2>&1; then
        cat "$tmp/maven.log" >&2
        rm -rf "$tmp"
        die "could not download Elasticsearch $ES_VERSION from Maven Central (see above)"
    fi
    unzip -q "$tmp/elasticsearch-$ES_VERSION.zip" -d "$tmp" || { rm -rf "$tmp"; die "could not unpack Elasticsearch"; }
    # The ES user only reads the distribution; a restrictive umask must not lock it out.
    chmod -R a+rX,go-w "$tmp/elasticsearch-$ES_VERSION"
    mv "$tmp/elasticsearch-$ES_VERSION" "$dist"
    rm -rf "$tmp"
}

# Checksum of everything that goes into the plugin, so an unchanged plugin is not rebuilt or reinstalled
# (documentation excluded: a README edit should not restart the node).
_es_plugin_checksum() {
    (
        cd "$ROOT/src/search-plugin" &&
            find . -path ./target -prune -o -type f ! -name '*.md' -print0 | LC_ALL=C sort -z | xargs -0 sha256sum &&
            echo "elasticsearch $ES_VERSION"
    ) | sha256sum | cut -d' ' -f1
}

_es_plugin_installed_checksum() {
    local stamp
    stamp="$(_es_home)/plugin.sha256"
    if [ -d "$(_es_dist)/plugins/$ES_PLUGIN" ] && [ -s "$stamp" ]; then
        cat "$stamp"
    fi
}

# Builds the plugin (its unit tests included) and installs it; the node must not be running.
_es_install_plugin() {
    local sum=$1 home dist build zip
    home=$(_es_home)
    dist=$(_es_dist)
    build="$home/plugin-build"
    log "Elasticsearch: building and installing the $ES_PLUGIN plugin ..."
    rm -rf "$build"
    # shellcheck disable=SC2086
    if ! JAVA_HOME="$JAVA_HOME" $MVNW -f "$ROOT/src/search-plugin/pom.xml" -Ddataport.plugin.buildDir="$build" \
        package >"$home/plugin-build.log" 2>&1; then
        cat "$home/plugin-build.log" >&2
        die "building src/search-plugin failed (see above)"
    fi
    zip=$(find "$build" -maxdepth 1 -name "$ES_PLUGIN-*.zip" -print -quit)
    [ -n "$zip" ] || die "the plugin build produced no $ES_PLUGIN-*.zip in $build"
    rm -f "$home/plugin.sha256"
    # The CLI's default heap (a quarter of RAM) has failed with OutOfMemoryError here; 512m is plenty.
    # JAVA_HOME is unset for Elasticsearch's scripts only to silence their "ignoring JAVA_HOME" warning.
    if [ -d "$dist/plugins/$ES_PLUGIN" ]; then
        env -u JAVA_HOME ES_JAVA_HOME="$JAVA_HOME" ES_PATH_CONF="$dist/config" CLI_JAVA_OPTS=-Xmx512m \
            "$dist/bin/elasticsearch-plugin" remove "$ES_PLUGIN" >"$home/plugin-install.log" 2>&1 ||
            { cat "$home/plugin-install.log" >&2; die "could not remove the old $ES_PLUGIN plugin"; }
    fi
    if ! env -u JAVA_HOME ES_JAVA_HOME="$JAVA_HOME" ES_PATH_CONF="$dist/config" CLI_JAVA_OPTS=-Xmx512m \
        "$dist/bin/elasticsearch-plugin" install --batch "file://$zip" >"$home/plugin-install.log" 2>&1; then
        cat "$home/plugin-install.log" >&2
        die "could not install the $ES_PLUGIN plugin (see above)"
    fi
    chmod -R a+rX,go-w "$dist/plugins"
    printf '%s\n' "$sum" >"$home/plugin.sha256"
}

_es_ensure_user() {
    _es_as_root || return 0
    id -u "$ES_USER" >/dev/null 2>&1 && return 0
    log "Elasticsearch: creating system user $ES_USER (Elasticsearch refuses to run as root)"
    useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin --user-group "$ES_USER" ||
        die "could not create the system user $ES_USER"
}

# Checked before any download or build, so a wrong DATAPORT_HOME fails fast with a message that says why.
_es_check_reachable() {
    mkdir -p "$(_es_home)" || die "cannot create $(_es_home); check DATAPORT_HOME"
    # The ES user must traverse these; ignore failure on a folder we do not own (the test below decides).
    chmod a+x "$DATAPORT_HOME" "$(_es_home)" 2>/dev/null || true
    _es_as_root || return 0
    runuser -u "$ES_USER" -- test -x "$JAVA_HOME/bin/java" ||
        die "user $ES_USER cannot run $JAVA_HOME/bin/java; use a JDK in a world-readable place (e.g. /usr/lib/jvm)"
    runuser -u "$ES_USER" -- test -x "$(_es_home)" ||
        die "user $ES_USER cannot reach $(_es_home): a parent folder is closed to other users (mode 700?). Set DATAPORT_HOME to e.g. /var/tmp/dataport-$(id -un)"
}

# The node needs its own writable config folder (the zip's files are mode 0660 and the keystore is written
# there at first start), and data/logs/tmp folders; all owned by the ES user.
_es_prepare_run() {
    local run
    run=$(_es_run)
    mkdir -p "$run/data" "$run/logs" "$run/tmp"
    if [ ! -f "$run/config/elasticsearch.yml" ]; then
        rm -rf "$run/config"
        cp -R "$(_es_dist)/config" "$run/config"
    fi
    if _es_as_root; then
        chown -R "$ES_USER:$ES_USER" "$run"
    fi
}

# Waits until the given deadline (bash SECONDS) for a yellow or green cluster.
_es_wait_ready() {
    local pid=$1 deadline=$2 body
    while [ "$SECONDS" -lt "$deadline" ]; do
        body=$(curl -s -m 10 "$(_es_url)/_cluster/health?wait_for_status=yellow&timeout=5s" 2>/dev/null) || body=
        if [[ $body == *'"timed_out":false'* ]]; then
            return 0
        fi
        if [ -n "$pid" ] && [ ! -d "/proc/$pid" ]; then
            _es_log_tail
            die "Elasticsearch exited during start-up (log above)"
        fi
        sleep 1
    done
    _es_log_tail
    die "Elasticsearch did not become ready at $(_es_url) within 90 s (log above; es_stop stops it)"
}

es_start() {
    local pid sum run dist started plugins deadline status
    ES_STARTED_BY_US=0
    export DATAPORT_ES_URL
    DATAPORT_ES_URL=$(_es_url)
    [ -n "${ROOT:-}" ] || die "es_start: ROOT is not set"
    [ -x "${JAVA_HOME:-}/bin/java" ] || die "es_start: JAVA_HOME must point to a JDK >= 21 (got '${JAVA_HOME:-}')"
    command -v curl >/dev/null || die "curl is missing (apt-get install curl)"

    if [ -d "$ROOT/src/search-plugin" ]; then
        sum=$(_es_plugin_checksum) || die "cannot read the plugin sources in $ROOT/src/search-plugin"
    else
        sum=
    fi

    # A node we started earlier: reuse it unless the plugin changed under it.
    if pid=$(_es_our_pid); then
        if [ -n "$sum" ] && [ "$sum" != "$(_es_plugin_installed_checksum)" ]; then
            log "Elasticsearch: the analysis plugin changed, restarting the node (pid $pid)"
            es_stop
        else
            _es_wait_ready "$pid" $((SECONDS + 90))
            log "Elasticsearch: reusing the running node (pid $pid) at $DATAPORT_ES_URL"
            return 0
        fi
    fi
    rm -f "$(_es_pidfile)"

    # Someone else's node on our port (another checkout, a container, ...): use it, but say so.
    if _es_answers; then
        log "Elasticsearch: reusing a node NOT started by this script at $DATAPORT_ES_URL (es_stop will not stop it)"
        plugins=$(curl -s -m 5 "$DATAPORT_ES_URL/_cat/plugins?h=component" 2>/dev/null) || plugins=
        if ! grep -qx "$ES_PLUGIN" <<<"$plugins"; then
            log "WARNING: that node lacks the $ES_PLUGIN plugin; indices using dataport_* analyzers will fail"
        fi
        return 0
    fi
    if _es_port_taken; then
        die "port $(_es_port) is in use by something that is not Elasticsearch; set DATAPORT_ES_PORT to a free port"
    fi

    started=$SECONDS
    _es_ensure_user
    _es_check_reachable
    _es_ensure_dist
    if [ -n "$sum" ] && [ "$sum" != "$(_es_plugin_installed_checksum)" ]; then
        _es_install_plugin "$sum"
    fi
    _es_prepare_run

    run=$(_es_run)
    dist=$(_es_dist)
    log "Elasticsearch: starting on $DATAPORT_ES_URL (log: $run/console.log)"
    # -d detaches once the node has started (or failed); `timeout` bounds a start-up that hangs instead.
    # The pid file lets later calls find the node. Settings go on the command line so DATAPORT_ES_PORT/HEAP
    # take effect without resetting run/config. The disk watermarks are off: on a nearly full dev disk they
    # would silently make indices read-only.
    deadline=$((SECONDS + 90))
    status=0
    (
        cd "$run" &&
            _es_run_as_es env -u JAVA_HOME ES_JAVA_HOME="$JAVA_HOME" ES_PATH_CONF="$run/config" ES_TMPDIR="$run/tmp" \
                ES_JAVA_OPTS="-Xms${DATAPORT_ES_HEAP:-1g} -Xmx${DATAPORT_ES_HEAP:-1g}" \
                timeout 90 "$dist/bin/elasticsearch" -d -p "$(_es_pidfile)" \
                -E cluster.name=dataport-local -E node.name=dataport-local \
                -E discovery.type=single-node -E network.host=127.0.0.1 -E http.port="$(_es_port)" \
                -E xpack.security.enabled=false \
                -E cluster.routing.allocation.disk.threshold_enabled=false \
                -E path.data="$run/data" -E path.logs="$run/logs" \
                >"$run/console.log" 2>&1 </dev/null
    ) || status=$?
    if [ "$status" -ne 0 ]; then
        _es_log_tail
        es_stop
        if [ "$status" -eq 124 ]; then
            die "Elasticsearch did not finish starting within 90 s (log above)"
        fi
        die "Elasticsearch failed to start (log above)"
    fi
    pid=$(_es_our_pid) || { _es_log_tail; die "Elasticsearch started but wrote no usable pid file"; }
    _es_wait_ready "$pid" "$deadline"
    ES_STARTED_BY_US=1
    log "Elasticsearch: ready at $DATAPORT_ES_URL (pid $pid, $((SECONDS - started)) s)"
}

es_stop() {
    local pid waited=0
    if ! pid=$(_es_our_pid); then
        rm -f "$(_es_pidfile)" 2>/dev/null || true
        return 0
    fi
    log "Elasticsearch: stopping (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    while [ -d "/proc/$pid" ] && [ "$waited" -lt 20 ]; do
        sleep 1
        waited=$((waited + 1))
    done
    if [ -d "/proc/$pid" ]; then
        log "Elasticsearch: still running after 20 s, killing it"
        kill -KILL "$pid" 2>/dev/null || true
        sleep 1
    fi
    rm -f "$(_es_pidfile)" 2>/dev/null || true
    ES_STARTED_BY_US=0
}

es_status() {
    local pid
    if pid=$(_es_our_pid); then
        if _es_answers; then
            echo "Elasticsearch: running (pid $pid) at $(_es_url)"
        else
            echo "Elasticsearch: process $pid exists but $(_es_url) does not answer (starting, or stuck)"
        fi
    elif _es_answers; then
        echo "Elasticsearch: running at $(_es_url), not started by this script"
    else
        echo "Elasticsearch: not running ($(_es_url))"
    fi
}
