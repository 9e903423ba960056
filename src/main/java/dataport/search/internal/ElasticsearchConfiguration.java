package dataport.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import java.util.Arrays;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The 8.19 Java client on the low-level REST client. Boot's own Elasticsearch auto-configuration targets the 9.x
 * client (which an 8.19 server refuses), so DataPort wires its client here. Jackson 3 mapper: Boot 4 ships no Jackson
 * 2 databind.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SearchProperties.class)
class ElasticsearchConfiguration {

    /** Loopback or a LAN: a node that has not accepted a connection within this is not coming. */
    static final int CONNECT_TIMEOUT_MILLIS = 1_000;

    /**
     * A search, count or get that has not answered within this goes to another node (measured searches: ~13 ms idle,
     * up to ~6 s on this shared 2-core machine at load average 20, README "The failover suite").
     */
    static final int READ_SOCKET_TIMEOUT_MILLIS = 7_000;

    @Bean(destroyMethod = "close")
    RestClient elasticsearchRestClient(SearchProperties properties) {
        // Several nodes, comma-separated (a cluster): the client spreads requests over them and retries a request on
        // the next node when one does not answer, marking that node dead for a while, so losing one node costs no
        // search. Reads get shorter timeouts and one more round on top (ReadFailoverHttpClient).
        return RestClient.builder(hosts(properties.url()))
                // Fail fast when the server is down, so pages say "search unavailable" instead of hanging.
                .setRequestConfigCallback(config ->
                        config.setConnectTimeout(CONNECT_TIMEOUT_MILLIS).setSocketTimeout(10_000))
                .build();
    }

    static HttpHost[] hosts(String urls) {
        return Arrays.stream(urls.split(","))
                .map(String::strip)
                .filter(url -> !url.isEmpty())
                .map(HttpHost::create)
                .toArray(HttpHost[]::new);
    }

    @Bean
    ElasticsearchClient elasticsearchClient(RestClient restClient) {
        return new ElasticsearchClient(new FailoverTransport(
                new ReadFailoverHttpClient(restClient, CONNECT_TIMEOUT_MILLIS, READ_SOCKET_TIMEOUT_MILLIS),
                new Jackson3JsonpMapper()));
    }
}
