package dataport.search.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param url Elasticsearch base URL, or several nodes of one cluster separated by commas
 * @param indexPrefix prefix of the alias and index names, so dev, test and e2e can share one server
 * @param replicas replicas per shard: 0 on a single local node (else it stays yellow), 1+ in production
 * @param rebuildOnStart rebuild the index from the database at every start (tests), not only when it is missing
 */
@ConfigurationProperties("dataport.search")
public record SearchProperties(String url, String indexPrefix, int replicas, boolean rebuildOnStart) {

    public String alias() {
        return indexPrefix + "-listings";
    }
}
