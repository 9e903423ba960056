# shellcheck shell=bash
# shellcheck disable=SC2034 # STRIPE_EMULATOR_STARTED_BY_US is set here for the caller to read
#
# Local Stripe emulator for DataPort: stripe_emulator_start, stripe_emulator_stop, stripe_emulator_status.
#
# Sourced (not executed) by the project's main script, which sets ROOT, JAVA_HOME (JDK >= 21), MVNW
# ("$ROOT/mvnw -q -B"), DATAPORT_HOME and the helpers log/die. Safe under `set -euo pipefail`.
#
# Why it looks the way it does (details in README.md, "Stripe emulator"):
# - Stripe's servers cannot be reached from every machine that runs DataPort (CI, offline laptops), and tests
#   need declines, duplicates and reordered webhooks on demand: src/stripe-emulator answers the Stripe calls
#   DataPort makes. With STRIPE_SECRET_KEY set, real Stripe is used and nothing is started here.
# - The jar is built from src/stripe-emulator when missing or older than its sources, then COPIED to
#   DATAPORT_HOME and run from there: a later `mvn package` (e.g. `./dataport test`) rewrites target/ and must
#   not pull the jar from under a running JVM.
# - It runs detached with a pid file, so one started by `./dataport services start` outlives the script and is
#   found and reused later; one answering on the port that we did not start is reused too.
#
# Settings: DATAPORT_STRIPE_EMULATOR_PORT (12111), DATAPORT_STRIPE_EMULATOR_PUBLIC_URL (http://localhost:PORT,
# the address browsers use for the hosted checkout page). Exports DATAPORT_STRIPE_EMULATOR_URL; sets
# STRIPE_EMULATOR_STARTED_BY_US=1 when stripe_emulator_start actually started one.

STRIPE_EMULATOR_STARTED_BY_US=0

: "${DATAPORT_HOME:=/var/tmp/dataport-$(id -un)}"

if ! declare -F log >/dev/null; then
    log() { printf '[dataport] %s\n' "$*" >&2; }
fi
if ! declare -F die >/dev/null; then
    die() { printf '[dataport] ERROR: %s\n' "$*" >&2; exit 1; }
fi

_se_home() { printf '%s/stripe-emulator' "$DATAPORT_HOME"; }
_se_pidfile() { printf '%s/stripe-emulator.pid' "$(_se_home)"; }
_se_logfile() { printf '%s/stripe-emulator.log' "$(_se_home)"; }
_se_port() { printf '%s' "${DATAPORT_STRIPE_EMULATOR_PORT:-12111}"; }
_se_url() { printf 'http://127.0.0.1:%s' "$(_se_port)"; }
_se_public_url() { printf '%s' "${DATAPORT_STRIPE_EMULATOR_PUBLIC_URL:-http://localhost:$(_se_port)}"; }
_se_project() { printf '%s/src/stripe-emulator' "$ROOT"; }
_se_built_jar() { printf '%s/target/stripe-emulator.jar' "$(_se_project)"; }

# Real Stripe keys mean real Stripe: no emulator.
_se_real_stripe() { [ -n "${STRIPE_SECRET_KEY:-}" ]; }

# Pid of the emulator we started, if that process still exists and is the emulator (pids get reused).
_se_our_pid() {
    local pidfile pid cmdline
    pidfile=$(_se_pidfile)
    [ -s "$pidfile" ] || return 1
    pid=$(tr -dc '0-9' <"$pidfile")
    [ -n "$pid" ] && [ -r "/proc/$pid/cmdline" ] || return 1
    cmdline=$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null) || return 1
    [[ $cmdline == *stripe-emulator.jar* ]] || return 1
    printf '%s' "$pid"
}

# 0 when something on the port answers the emulator's health check.
_se_answers() {
    local body
    body=$(curl -s -m 3 "$(_se_url)/_emulator/health" 2>/dev/null) || return 1
    [[ $body == *'"status":"ok"'* && $body == *'"api_version"'* ]]
}

_se_port_taken() {
    (exec 3<>"/dev/tcp/127.0.0.1/$(_se_port)") 2>/dev/null
}

# Builds target/stripe-emulator.jar when it is missing or older than anything in the project (tests are run by
# `./dataport test` as a step of their own, not on every start).
_se_build() {
    local jar project
    jar=$(_se_built_jar)
    project=$(_se_project)
    if [ -f "$jar" ] && [ -z "$(find "$project/pom.xml" "$project/src/main" -newer "$jar" -type f -print -quit)" ]; then
        return 0
    fi
    log "Stripe emulator: building $jar ..."
    mkdir -p "$(_se_home)"
    # shellcheck disable=SC2086 # MVNW is a command line by contract
    if ! JAVA_HOME="$JAVA_HOME" $MVNW -f "$project/pom.xml" -DskipTests package >"$(_se_home)/build.log" 2>&1; then
        cat "$(_se_home)/build.log" >&2
        die "building src/stripe-emulator failed (see above)"
    fi
}

stripe_emulator_start() {
    local pid home jar deadline
    STRIPE_EMULATOR_STARTED_BY_US=0
    if _se_real_stripe; then
        if [ -z "${STRIPE_WEBHOOK_SECRET:-}" ]; then
            log "WARNING: STRIPE_SECRET_KEY is set but STRIPE_WEBHOOK_SECRET is not: webhooks cannot be verified"
        fi
        log "Stripe: using the real Stripe API (STRIPE_SECRET_KEY is set); the local emulator is not started"
        unset DATAPORT_STRIPE_EMULATOR_URL
        return 0
    fi
    [ -n "${ROOT:-}" ] || die "stripe_emulator_start: ROOT is not set"
    [ -x "${JAVA_HOME:-}/bin/java" ] || die "stripe_emulator_start: JAVA_HOME must point to a JDK >= 21"
    command -v curl >/dev/null || die "curl is missing (apt-get install curl)"
    export DATAPORT_STRIPE_EMULATOR_URL
    DATAPORT_STRIPE_EMULATOR_URL=$(_se_url)
    home=$(_se_home)
    mkdir -p "$home"

    _se_build
    jar="$home/stripe-emulator.jar"

    if pid=$(_se_our_pid); then
        if cmp -s "$(_se_built_jar)" "$jar" && _se_answers; then
            log "Stripe emulator: reusing the running one (pid $pid) at $DATAPORT_STRIPE_EMULATOR_URL"
            return 0
        fi
        log "Stripe emulator: its jar changed (or it does not answer), restarting it (pid $pid)"
        stripe_emulator_stop
    fi
    rm -f "$(_se_pidfile)"
    if _se_answers; then
        log "Stripe emulator: reusing one NOT started by this script at $DATAPORT_STRIPE_EMULATOR_URL"
        return 0
    fi
    if _se_port_taken; then
        die "port $(_se_port) is in use by something that is not the Stripe emulator; set DATAPORT_STRIPE_EMULATOR_PORT"
    fi

    cp "$(_se_built_jar)" "$jar.tmp" && mv -f "$jar.tmp" "$jar"
    log "Stripe emulator: starting on $DATAPORT_STRIPE_EMULATOR_URL (hosted pages at $(_se_public_url); log: $(_se_logfile))"
    # setsid + nohup: detached from this shell's process group and terminal, so Ctrl-C on a foreground
    # `./dataport run` is handled by its trap (which stops what it started) rather than killing it half-way.
    setsid nohup "$JAVA_HOME/bin/java" -Xmx256m -XX:TieredStopAtLevel=1 -jar "$jar" \
        --port "$(_se_port)" --public-url "$(_se_public_url)" >"$(_se_logfile)" 2>&1 </dev/null &
    pid=$!
    printf '%s\n' "$pid" >"$(_se_pidfile)"
    deadline=$((SECONDS + 20))
    while ! _se_answers; do
        if [ ! -d "/proc/$pid" ]; then
            cat "$(_se_logfile)" >&2
            rm -f "$(_se_pidfile)"
            die "the Stripe emulator exited during start-up (log above)"
        fi
        if [ "$SECONDS" -ge "$deadline" ]; then
            cat "$(_se_logfile)" >&2
            stripe_emulator_stop
            die "the Stripe emulator did not answer within 20 s (log above)"
        fi
        sleep 0.2
    done
    STRIPE_EMULATOR_STARTED_BY_US=1
    log "Stripe emulator: ready at $DATAPORT_STRIPE_EMULATOR_URL (pid $pid)"
}

stripe_emulator_stop() {
    local pid waited=0
    if ! pid=$(_se_our_pid); then
        rm -f "$(_se_pidfile)" 2>/dev/null || true
        return 0
    fi
    log "Stripe emulator: stopping (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    while [ -d "/proc/$pid" ] && [ "$waited" -lt 50 ]; do
        sleep 0.2
        waited=$((waited + 1))
    done
    if [ -d "/proc/$pid" ]; then
        kill -KILL "$pid" 2>/dev/null || true
    fi
    rm -f "$(_se_pidfile)" 2>/dev/null || true
    STRIPE_EMULATOR_STARTED_BY_US=0
}

stripe_emulator_status() {
    local pid
    if _se_real_stripe; then
        echo "Stripe: real Stripe API (STRIPE_SECRET_KEY is set); emulator not used"
    elif pid=$(_se_our_pid); then
        if _se_answers; then
            echo "Stripe emulator: running (pid $pid) at $(_se_url)"
        else
            echo "Stripe emulator: process $pid exists but $(_se_url) does not answer"
        fi
    elif _se_answers; then
        echo "Stripe emulator: running at $(_se_url), not started by this script"
    else
        echo "Stripe emulator: not running ($(_se_url))"
    fi
}
