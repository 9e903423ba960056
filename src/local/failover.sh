# shellcheck shell=bash
#
# ./dataport test-failover: starts the local cluster (src/local/cluster.sh), runs the scenarios of
# src/test/java/dataport/search/ClusterFailoverSuite.java against it, prints their FAILOVER figures and the load
# average, and stops the cluster again (unless DATAPORT_KEEP_CLUSTER=1). Exit status: the suite's.
#
# Scenarios, in order: (a) one Elasticsearch node SIGKILLed during searches and listing changes, (b) the whole
# Elasticsearch cluster SIGKILLed, listings changed, restarted, (c) the MariaDB primary SIGKILLed, (d) one app node
# SIGKILLed under load, (e) app nodes SIGKILLed 5 times at random moments while buyers check out, (f) an import in a
# JVM of its own (dataport.cluster.ImportChild) SIGKILLed 5 times mid-import, then run to the end. Pass a scenario's
# test method name to run only that one (e.g. oneAppNodeKilled*; several: 'oneElasticsearch*+appNodesKilled*').

failover_suite() {
    local only=${1:-} status=0 started=$SECONDS
    if [ "${DATAPORT_KEEP_CLUSTER:-0}" != 1 ]; then
        trap 'cluster_stop' EXIT
    fi
    trap 'exit 130' INT TERM
    cluster_start
    log "Failover suite (several minutes); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    # IndexState (the test helper comparing database and index) reads these.
    local status_file
    status_file=$(mktemp)
    {
        DATAPORT_DB_PORT=3316 DATAPORT_ES_URL=http://127.0.0.1:9211 \
            $MVNW test -Dtest="ClusterFailoverSuite${only:+#$only}" -Dsurefire.excludedGroups= \
            -Dsurefire.failIfNoSpecifiedTests=false -Dsurefire.redirectOutput=false
        echo $? >"$status_file"
    } | grep --line-buffered -E '^FAILOVER|Tests run|FAIL|ERROR\]|start-part|Cluster:|each node in turn' || true
    status=$(cat "$status_file")
    rm -f "$status_file"
    log "Load average after: $(cut -d' ' -f1-3 /proc/loadavg); suite took $((SECONDS - started)) s"
    cluster_status
    if [ "$status" -ne 0 ]; then
        die "The failover suite failed (reports: target/surefire-reports/*ClusterFailoverSuite*)"
    fi
    log "The failover suite passed."
}
