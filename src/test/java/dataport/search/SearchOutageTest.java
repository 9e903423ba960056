package dataport.search;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.shared.Languages;
import java.io.IOException;
import java.net.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Elasticsearch goes away and comes back while the app runs: search says it is unavailable (never an error) and
 * health reports it DOWN; afterwards search works again without a restart. The app reaches the real server through
 * a proxy the test cuts.
 */
@SpringBootTest
@ActiveProfiles("test")
class SearchOutageTest {

    static final TcpProxy proxy;

    static {
        URI es = URI.create(System.getenv().getOrDefault("DATAPORT_ES_URL", "http://127.0.0.1:9200"));
        try {
            proxy = new TcpProxy(es.getHost(), es.getPort());
            proxy.start();
        } catch (IOException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @DynamicPropertySource
    static void searchThroughProxy(DynamicPropertyRegistry registry) {
        registry.add("dataport.search.url", () -> "http://127.0.0.1:" + proxy.port());
        // Its own index and no schema reset, so it cannot disturb the other integration tests' context.
        registry.add(
                "dataport.search.index-prefix",
                () -> System.getenv().getOrDefault("DATAPORT_TEST_INDEX_PREFIX", "dataport-test") + "-outage");
        registry.add("dataport.database.reset-on-start", () -> "false");
    }

    @Autowired
    SearchService search;

    @Autowired
    HealthEndpoint health;

    @AfterAll
    static void closeProxy() throws IOException {
        proxy.close();
    }

    @Test
    void searchReportsUnavailableWhileElasticsearchIsDownAndRecoversWithoutRestart() throws IOException {
        assertThat(search("cloud").isAvailable()).isTrue();
        assertThat(health.healthForPath("elasticsearch").getStatus()).isEqualTo(Status.UP);

        proxy.stop();
        SearchResults during = search("cloud");
        assertThat(during.isAvailable()).isFalse();
        assertThat(during.hits()).isEmpty();
        assertThat(health.healthForPath("elasticsearch").getStatus()).isEqualTo(Status.DOWN);

        proxy.start();
        assertThat(search("cloud").isAvailable()).isTrue();
        assertThat(health.healthForPath("elasticsearch").getStatus()).isEqualTo(Status.UP);
    }

    private SearchResults search(String text) {
        return search.search(new SearchRequest(text, 0, Languages.ENGLISH));
    }
}
