package dataport.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Fake Elasticsearch nodes on loopback: what a search does when one node stalls or every node fails once. */
class ReadFailoverHttpClientTest {

    private static final String EMPTY_SEARCH = """
            {"took":1,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},
             "hits":{"total":{"value":0,"relation":"eq"},"max_score":null,"hits":[]}}""";

    private final List<HttpServer> servers = new ArrayList<>();
    private final List<RestClient> clients = new ArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();

    @AfterEach
    void stop() throws IOException {
        for (RestClient client : clients) {
            client.close();
        }
        servers.forEach(server -> server.stop(0));
    }

    @Test
    void aSearchStalledOnOneNodeIsAnsweredByAnotherWithinTheReadTimeout() throws IOException {
        HttpHost stalled = node(request -> -3_000); // answers after 3 s
        HttpHost healthy = node(request -> 200);
        // The JVM's first search loads the client's classes (over 2 s on a busy machine): not what is measured.
        client(healthy).search(s -> s.index("listings"), Void.class);
        ElasticsearchClient client = client(stalled, healthy);
        for (int i = 0; i < 4; i++) {
            long start = System.nanoTime();
            assertThat(client.search(s -> s.index("listings"), Void.class)
                            .hits()
                            .hits())
                    .isEmpty();
            assertThat((System.nanoTime() - start) / 1_000_000)
                    .as("ms for search " + i)
                    .isLessThan(2_000);
        }
    }

    @Test
    void aSearchThatFailedOnEveryNodeGetsOneMoreRound() throws IOException {
        // The first request each node gets fails (as a node that was just SIGKILLed, and one still busy): 2 failures.
        ElasticsearchClient client =
                client(node(request -> request <= 2 ? 503 : 200), node(request -> request <= 2 ? 503 : 200));
        assertThat(client.search(s -> s.index("listings"), Void.class).hits().hits())
                .isEmpty();
        assertThat(requests).hasValue(3);
    }

    @Test
    void whenEveryNodeIsMarkedDeadTheSecondRoundAsksEachLiveNodeNotTheKilledOne() throws IOException {
        // A SIGKILLed node (its port refuses) and two live nodes that were too slow once each (503 to their first
        // request): after the first search's first round the client has marked all three dead, and with all marked it
        // would try only the one dead longest, the killed node. Every search must still be answered.
        HttpHost killed = refusingNode();
        AtomicInteger toB = new AtomicInteger();
        AtomicInteger toC = new AtomicInteger();
        HttpHost b = node(request -> toB.incrementAndGet() == 1 ? 503 : 200);
        HttpHost c = node(request -> toC.incrementAndGet() == 1 ? 503 : 200);
        ElasticsearchClient client = client(killed, b, c);
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            assertThat(client.search(s -> s.index("listings"), Void.class)
                            .hits()
                            .hits())
                    .as("search " + i)
                    .isEmpty();
            assertThat((System.nanoTime() - start) / 1_000_000)
                    .as("ms for search " + i)
                    .isLessThan(2_000);
        }
        assertThat(toB.get() + toC.get()).as("requests to the live nodes").isGreaterThanOrEqualTo(2 + 5);
    }

    @Test
    void aWriteThatFailedOnEveryNodeIsNotRepeated() throws IOException {
        ElasticsearchClient client = client(node(request -> 503), node(request -> 503));
        assertThatThrownBy(() -> client.index(i -> i.index("listings").id("1").document(Map.of("title", "data"))))
                .isInstanceOf(IOException.class);
        assertThat(requests).hasValue(2);
    }

    @Test
    void aSingleNodeIsNotAskedASecondTime() throws IOException {
        ElasticsearchClient client = client(node(request -> 503));
        assertThatThrownBy(() -> client.search(s -> s.index("listings"), Void.class))
                .isInstanceOf(IOException.class);
        assertThat(requests).hasValue(1);
    }

    @Test
    void aCallerWithItsOwnTimeoutsKeepsThem() {
        RestClient rest = RestClient.builder(new HttpHost("127.0.0.1", 1)).build();
        clients.add(rest);
        ReadFailoverHttpClient http = new ReadFailoverHttpClient(rest, 100, 300);
        var own = new co.elastic.clients.transport.rest_client.RestClientOptions(
                org.elasticsearch.client.RequestOptions.DEFAULT.toBuilder()
                        .setRequestConfig(org.apache.http.client.config.RequestConfig.custom()
                                .setSocketTimeout(120_000)
                                .build())
                        .build(),
                false);
        assertThat(((co.elastic.clients.transport.rest_client.RestClientOptions) http.readOptions(own))
                        .restClientRequestOptions()
                        .getRequestConfig()
                        .getSocketTimeout())
                .isEqualTo(120_000);
        assertThat(((co.elastic.clients.transport.rest_client.RestClientOptions)
                                http.readOptions(http.createOptions(null)))
                        .restClientRequestOptions()
                        .getRequestConfig()
                        .getSocketTimeout())
                .isEqualTo(300);
    }

    /** A fake node: the function gets the request's number (over all nodes, from 1) and gives the status; negative: answer 200 after that many ms. */
    private HttpHost node(IntUnaryOperator status) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> answer(exchange, status.applyAsInt(requests.incrementAndGet())));
        server.start();
        servers.add(server);
        return new HttpHost("127.0.0.1", server.getAddress().getPort(), "http");
    }

    /** A node that was SIGKILLed: nothing listens on its port any more, so connecting is refused at once. */
    private static HttpHost refusingNode() throws IOException {
        int port;
        try (java.net.ServerSocket socket =
                new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        return new HttpHost("127.0.0.1", port, "http");
    }

    private static void answer(HttpExchange exchange, int status) throws IOException {
        if (status < 0) {
            try {
                Thread.sleep(-status);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            status = 200;
        }
        byte[] body = (status == 200 ? EMPTY_SEARCH : "{\"error\":\"unavailable\",\"status\":503}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.getResponseHeaders().add("X-Elastic-Product", "Elasticsearch");
        try {
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        } catch (IOException e) {
            // the client gave up waiting: nothing to answer
        }
        exchange.close();
    }

    private ElasticsearchClient client(HttpHost... nodes) {
        RestClient rest = RestClient.builder(nodes)
                .setRequestConfigCallback(
                        config -> config.setConnectTimeout(1_000).setSocketTimeout(10_000))
                .build();
        clients.add(rest);
        return new ElasticsearchClient(
                new FailoverTransport(new ReadFailoverHttpClient(rest, 200, 400), new Jackson3JsonpMapper()));
    }
}
