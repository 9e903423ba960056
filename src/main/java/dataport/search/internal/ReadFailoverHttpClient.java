package dataport.search.internal;

import co.elastic.clients.transport.TransportOptions;
import co.elastic.clients.transport.rest_client.RestClientHttpClient;
import co.elastic.clients.transport.rest_client.RestClientOptions;
import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.http.client.config.RequestConfig;
import org.elasticsearch.client.RequestOptions;
import org.elasticsearch.client.RestClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's HTTP layer with failover tuned for reads (searches, counts, gets): what a page waits for.
 *
 * <p>The low-level {@link RestClient} already sends a failed request to the next node it believes alive and marks the
 * failed one dead for a while. Two things made a search fail when one node of a cluster was SIGKILLed on a busy
 * machine (README "The failover suite", scenario a): a live node slowed by the cluster's reaction to the loss (master
 * election, shard promotion, garbage collection) kept the request for the whole 10 s socket timeout, and the next
 * node tried was the dead one, which the client had not yet marked (the request had started before the kill). So reads
 * get a shorter socket timeout of their own (a slow node is left for another one sooner) and, when every node of the
 * request's round failed (an exception, or 502/503/504 from the last node tried), one more round that asks <em>each
 * node in turn</em> until one answers (only with several nodes: a single node would just be asked again).
 *
 * <p>That second round does not go through the shared client's node selection on purpose: once every node has failed
 * a request (slow live nodes at a high load, plus the killed one), the client marks all of them dead, and with all
 * marked it tries only the one dead longest, which is typically the killed node ("Connection refused", the search
 * fails although two nodes are alive). The round therefore uses one single-node client per node, starting at a
 * rotating node; a killed node refuses at once on a LAN, so it costs nothing. Reads are idempotent, so a repeated one
 * changes nothing. Writes keep the client's own behaviour (a bulk request sets its own longer timeout; a write that
 * fails is resubmitted by the event publication registry).
 */
final class ReadFailoverHttpClient extends RestClientHttpClient {

    private static final Logger log = LoggerFactory.getLogger(ReadFailoverHttpClient.class);

    /** Endpoint ids of the 8.19 Java client ({@code es/search} etc.) that only read. */
    private static final Set<String> READS = Set.of(
            "es/search", "es/count", "es/msearch", "es/get", "es/mget", "es/search_template", "es/msearch_template");

    private final RequestConfig readConfig;
    /** One client per node for the second round; empty for a single node (no second round). */
    private final List<RestClientHttpClient> perNode;

    private final AtomicInteger nextRound = new AtomicInteger();

    ReadFailoverHttpClient(RestClient restClient, int connectTimeoutMillis, int readSocketTimeoutMillis) {
        super(restClient);
        this.readConfig = RequestConfig.custom()
                .setConnectTimeout(connectTimeoutMillis)
                .setSocketTimeout(readSocketTimeoutMillis)
                .build();
        List<org.elasticsearch.client.Node> nodes = restClient.getNodes();
        // One node: a second round would ask the same node again (and double the wait before "search unavailable").
        this.perNode = nodes.size() < 2
                ? List.of()
                : nodes.stream()
                        .map(node -> new RestClientHttpClient(RestClient.builder(node)
                                .setRequestConfigCallback(config -> config.setConnectTimeout(connectTimeoutMillis)
                                        .setSocketTimeout(readSocketTimeoutMillis))
                                .build()))
                        .toList();
    }

    static boolean isRead(String endpointId) {
        return READS.contains(endpointId);
    }

    @Override
    public Response performRequest(String endpointId, Node node, Request request, TransportOptions options)
            throws IOException {
        if (!isRead(endpointId)) {
            return super.performRequest(endpointId, node, request, options);
        }
        TransportOptions read = readOptions(options);
        Response response;
        try {
            response = super.performRequest(endpointId, node, request, read);
        } catch (IOException e) {
            if (perNode.isEmpty()) {
                throw e;
            }
            log.info(
                    "Elasticsearch read {} failed on every node tried ({}); asking each node in turn",
                    endpointId,
                    e.toString());
            return eachNodeInTurn(endpointId, request, read, e);
        }
        if (!perNode.isEmpty() && isUnavailable(response)) {
            log.info(
                    "Elasticsearch read {} answered {} by every node tried; asking each node in turn",
                    endpointId,
                    response.statusCode());
            response.close();
            return eachNodeInTurn(endpointId, request, read, null);
        }
        return response;
    }

    /** The second round: every node once, from a rotating start, until one answers with something else than 502/503/504. */
    private Response eachNodeInTurn(String endpointId, Request request, TransportOptions read, IOException first)
            throws IOException {
        IOException last = first;
        Response unavailable = null;
        int start = Math.floorMod(nextRound.getAndIncrement(), perNode.size());
        for (int i = 0; i < perNode.size(); i++) {
            RestClientHttpClient client = perNode.get((start + i) % perNode.size());
            if (unavailable != null) {
                unavailable.close();
                unavailable = null;
            }
            try {
                Response response = client.performRequest(endpointId, null, request, read);
                if (!isUnavailable(response)) {
                    return response;
                }
                unavailable = response;
            } catch (IOException e) {
                last = e;
            }
        }
        if (unavailable != null) {
            return unavailable;
        }
        throw last != null ? last : new IOException("Elasticsearch read " + endpointId + " failed on every node");
    }

    @Override
    public CompletableFuture<Response> performRequestAsync(
            String endpointId, Node node, Request request, TransportOptions options) {
        if (!isRead(endpointId)) {
            return super.performRequestAsync(endpointId, node, request, options);
        }
        TransportOptions read = readOptions(options);
        CompletableFuture<Response> result = new CompletableFuture<>();
        super.performRequestAsync(endpointId, node, request, read).whenComplete((response, failure) -> {
            if (failure == null || perNode.isEmpty()) {
                complete(result, response, failure);
                return;
            }
            log.info(
                    "Elasticsearch read {} failed on every node tried ({}); asking each node in turn",
                    endpointId,
                    failure.toString());
            int start = Math.floorMod(nextRound.getAndIncrement(), perNode.size());
            askInTurn(endpointId, request, read, start, 0, failure, result);
        });
        return result;
    }

    private void askInTurn(
            String endpointId,
            Request request,
            TransportOptions read,
            int start,
            int asked,
            Throwable lastFailure,
            CompletableFuture<Response> result) {
        if (asked == perNode.size()) {
            result.completeExceptionally(lastFailure);
            return;
        }
        perNode.get((start + asked) % perNode.size())
                .performRequestAsync(endpointId, null, request, read)
                .whenComplete((response, failure) -> {
                    if (failure == null) {
                        result.complete(response);
                    } else {
                        askInTurn(endpointId, request, read, start, asked + 1, failure, result);
                    }
                });
    }

    private static void complete(CompletableFuture<Response> result, Response response, Throwable failure) {
        if (failure == null) {
            result.complete(response);
        } else {
            result.completeExceptionally(failure);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            for (RestClientHttpClient client : perNode) {
                client.close();
            }
        } finally {
            super.close();
        }
    }

    /** What the client answers when every node it tried was unavailable (its retry statuses: 502, 503, 504). */
    private static boolean isUnavailable(Response response) {
        int status = response.statusCode();
        return status == 502 || status == 503 || status == 504;
    }

    /** The read timeouts, unless the caller set its own request configuration. */
    TransportOptions readOptions(TransportOptions options) {
        RestClientOptions rest = options instanceof RestClientOptions r ? r : createOptions(options);
        RequestOptions requestOptions = rest.restClientRequestOptions();
        if (requestOptions.getRequestConfig() != null) {
            return rest;
        }
        return new RestClientOptions(
                requestOptions.toBuilder().setRequestConfig(readConfig).build(), rest.keepResponseBodyOnException());
    }
}
