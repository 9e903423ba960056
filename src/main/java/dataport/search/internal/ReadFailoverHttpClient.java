package dataport.search.internal;

import co.elastic.clients.transport.TransportOptions;
import co.elastic.clients.transport.rest_client.RestClientHttpClient;
import co.elastic.clients.transport.rest_client.RestClientOptions;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
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
 * request's round failed (an exception, or 502/503/504 from the last node tried), one more round: by then the client has marked the dead node, so that round goes to the live
 * ones (only with several nodes: a single node would just be asked again). Reads are idempotent, so a repeated one changes nothing. Writes keep the client's own behaviour (a bulk
 * request sets its own longer timeout; a write that fails is resubmitted by the event publication registry).
 */
final class ReadFailoverHttpClient extends RestClientHttpClient {

    private static final Logger log = LoggerFactory.getLogger(ReadFailoverHttpClient.class);

    /** Endpoint ids of the 8.19 Java client ({@code es/search} etc.) that only read. */
    private static final Set<String> READS = Set.of(
            "es/search", "es/count", "es/msearch", "es/get", "es/mget", "es/search_template", "es/msearch_template");

    private final RequestConfig readConfig;
    private final boolean cluster;

    ReadFailoverHttpClient(RestClient restClient, int connectTimeoutMillis, int readSocketTimeoutMillis) {
        super(restClient);
        // One node: a second round would ask the same node again (and double the wait before "search unavailable").
        this.cluster = restClient.getNodes().size() > 1;
        this.readConfig = RequestConfig.custom()
                .setConnectTimeout(connectTimeoutMillis)
                .setSocketTimeout(readSocketTimeoutMillis)
                .build();
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
            if (!cluster) {
                throw e;
            }
            log.info("Elasticsearch read {} failed on every node tried ({}); one more round", endpointId, e.toString());
            return super.performRequest(endpointId, node, request, read);
        }
        if (cluster && isUnavailable(response)) {
            log.info(
                    "Elasticsearch read {} answered {} by every node tried; one more round",
                    endpointId,
                    response.statusCode());
            response.close();
            return super.performRequest(endpointId, node, request, read);
        }
        return response;
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
            if (failure == null) {
                result.complete(response);
                return;
            }
            if (!cluster) {
                result.completeExceptionally(failure);
                return;
            }
            log.info(
                    "Elasticsearch read {} failed on every node tried ({}); one more round",
                    endpointId,
                    failure.toString());
            super.performRequestAsync(endpointId, node, request, read).whenComplete((again, second) -> {
                if (second == null) {
                    result.complete(again);
                } else {
                    result.completeExceptionally(second);
                }
            });
        });
        return result;
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
