package dataport.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.ElasticsearchException;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.json.JsonData;
import dataport.search.QueryText;
import dataport.search.SearchResults;
import java.io.IOException;
import java.io.StringReader;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The listings index: an alias over one concrete index, so a rebuild fills a new index and swaps the alias
 * atomically. Writes carry the listing's database version as an external version, so replays and out-of-order
 * deliveries never overwrite newer state.
 */
@Component
public class ListingIndex {

    private static final Logger log = LoggerFactory.getLogger(ListingIndex.class);
    private static final String MAPPING_VERSION = "mappingVersion";
    private static final DateTimeFormatter INDEX_SUFFIX = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final ElasticsearchClient client;
    private final SearchProperties properties;

    private final IndexDefinition definition;

    /** The index a rebuild is filling; live changes go there too, so the rebuild cannot miss them. */
    private volatile String indexBeingBuilt;

    ListingIndex(ElasticsearchClient client, SearchProperties properties, IndexDefinition definition) {
        this.client = client;
        this.properties = properties;
        this.definition = definition;
    }

    public boolean exists() throws IOException {
        return client.indices().existsAlias(a -> a.name(properties.alias())).value();
    }

    /**
     * True when the alias exists and its index was built from the mapping this code ships: a changed mapping (new
     * field, new analyzer) means the index must be rebuilt before documents of the new shape can be written.
     */
    public boolean isCurrent() throws IOException {
        if (!exists()) {
            return false;
        }
        return client.indices().getMapping(m -> m.index(properties.alias())).result().values().stream()
                .map(index -> index.mappings().meta().get(MAPPING_VERSION))
                .allMatch(version -> version != null && definition.version().equals(version.to(String.class)));
    }

    /**
     * Fills a new index with the given documents and points the alias at it in one atomic step; the old indices are
     * deleted afterwards. Searches never see a half-built index.
     */
    public String rebuild(Iterable<List<ListingDocument>> batches) throws IOException {
        String index =
                properties.alias() + "-" + ZonedDateTime.now(ZoneOffset.UTC).format(INDEX_SUFFIX);
        client.indices().create(c -> c.index(index).withJson(new StringReader(definition.json())));
        client.indices().putMapping(m -> m.index(index).meta(MAPPING_VERSION, JsonData.of(definition.version())));
        client.indices()
                .putSettings(
                        s -> s.index(index).settings(t -> t.numberOfReplicas(String.valueOf(properties.replicas()))));
        indexBeingBuilt = index;
        try {
            long count = 0;
            for (List<ListingDocument> batch : batches) {
                bulk(index, batch);
                count += batch.size();
            }
            client.indices().refresh(r -> r.index(index));
            List<String> old = client.indices().get(g -> g.index(properties.alias() + "-*")).result().keySet().stream()
                    .filter(name -> !name.equals(index))
                    .toList();
            client.indices().updateAliases(u -> {
                u.actions(a -> a.add(add -> add.index(index).alias(properties.alias())));
                old.forEach(name -> u.actions(a -> a.remove(r -> r.index(name).alias(properties.alias()))));
                return u;
            });
            if (!old.isEmpty()) {
                client.indices().delete(d -> d.index(old));
            }
            log.info(
                    "Search index {} built with {} listings; alias {} now points to it",
                    index,
                    count,
                    properties.alias());
            return index;
        } catch (IOException | RuntimeException e) {
            // A half-built index must not linger: the alias still points at the old one, which stays in service.
            client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
            throw e;
        } finally {
            indexBeingBuilt = null;
        }
    }

    public void put(ListingDocument document) throws IOException {
        for (String target : targets()) {
            bulk(target, List.of(document));
        }
    }

    private boolean isAlias(String target) {
        return target.equals(properties.alias());
    }

    public void remove(long listingId, long version) throws IOException {
        for (String target : targets()) {
            try {
                if (isAlias(target) && !exists()) {
                    throw new IOException("Alias " + target + " does not exist yet");
                }
                client.delete(d -> d.index(target)
                        .id(String.valueOf(listingId))
                        .version(externalVersion(version))
                        .versionType(VersionType.External));
            } catch (ElasticsearchException e) {
                if (e.status() != 404 && e.status() != 409) {
                    throw e;
                }
            }
        }
    }

    public void refresh() throws IOException {
        client.indices().refresh(r -> r.index(properties.alias()));
    }

    /** Kept for the search benchmark; queries live in {@link ListingSearch}. */
    public SearchResults search(QueryText text, int page) throws IOException {
        return new ListingSearch(client, properties).search(text, page);
    }

    private void bulk(String index, List<ListingDocument> documents) throws IOException {
        if (documents.isEmpty()) {
            return;
        }
        BulkRequest.Builder request = new BulkRequest.Builder();
        for (ListingDocument d : documents) {
            request.operations(op -> op.index(i -> i.index(index)
                    // Writing to the alias before the first rebuild created it must fail (and be retried), not
                    // auto-create a concrete index of that name with a guessed mapping.
                    .requireAlias(isAlias(index))
                    .id(String.valueOf(d.id()))
                    .version(externalVersion(d.version()))
                    .versionType(VersionType.External)
                    .document(d)));
        }
        BulkResponse response = client.bulk(request.build());
        if (response.errors()) {
            var failures = response.items().stream()
                    // 409: the index already holds this version or a newer one, which is what we want.
                    .filter(item -> item.error() != null && item.status() != 409)
                    .toList();
            if (!failures.isEmpty()) {
                throw new IOException("Indexing failed for " + failures.size() + " listings, first: "
                        + failures.getFirst().error().reason());
            }
        }
    }

    private List<String> targets() {
        String building = indexBeingBuilt;
        return building == null ? List.of(properties.alias()) : List.of(properties.alias(), building);
    }

    /** Database versions start at 0; Elasticsearch external versions must grow, so shift by one. */
    private static long externalVersion(long version) {
        return version + 1;
    }
}
