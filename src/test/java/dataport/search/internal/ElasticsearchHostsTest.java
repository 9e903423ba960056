package dataport.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.http.HttpHost;
import org.junit.jupiter.api.Test;

class ElasticsearchHostsTest {

    @Test
    void oneUrlIsOneNode() {
        assertThat(ElasticsearchConfiguration.hosts("http://127.0.0.1:9200"))
                .containsExactly(new HttpHost("127.0.0.1", 9200, "http"));
    }

    @Test
    void commaSeparatedUrlsAreTheNodesOfOneCluster() {
        assertThat(ElasticsearchConfiguration.hosts(
                        " http://127.0.0.1:9211, http://127.0.0.1:9212 ,http://127.0.0.1:9213,"))
                .containsExactly(
                        new HttpHost("127.0.0.1", 9211, "http"),
                        new HttpHost("127.0.0.1", 9212, "http"),
                        new HttpHost("127.0.0.1", 9213, "http"));
    }
}
