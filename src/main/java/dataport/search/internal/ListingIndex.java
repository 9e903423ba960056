package dataport.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.Time;
import co.elastic.clients.elasticsearch._types.VersionType;
import co.elastic.clients.elasticsearch.core.BulkRequest;
import co.elastic.clients.elasticsearch.core.BulkResponse;
import co.elastic.clients.elasticsearch.indices.IndexSettings;
import co.elastic.clients.elasticsearch.indices.TranslogDurability;
import co.elastic.clients.json.JsonData;
import co.elastic.clients.transport.TransportOptions;
import co.elastic.clients.transport.rest_client.RestClientOptions;
import java.io.IOException;
import java.io.StringReader;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongConsumer;
import org.apache.http.client.config.RequestConfig;
import org.elasticsearch.client.RequestOptions;
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

    /** Bulk requests of a rebuild indexed at once: enough to keep both cores busy while the next batch is read. */
    static final int BULKS_IN_FLIGHT = 2;

    private static final int REBUILD_REQUEST_TIMEOUT_MS = 300_000;

    private final ElasticsearchClient client;
    private final SearchProperties properties;

    private final IndexDefinition definition;

    /** The index a rebuild is filling; live changes go there too, so the rebuild cannot miss them. */
    private volatile String indexBeingBuilt;

    /** Adds the other language's words to one-language titles and summaries as each document is written. */
    private final IndexTimeTranslation translation;

    ListingIndex(
            ElasticsearchClient client,
            SearchProperties properties,
            IndexDefinition definition,
            IndexTimeTranslation translation) {
        this.client = client;
        this.properties = properties;
        this.translation = translation;
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
     *
     * <p>Fast: the calling thread reads the next batch while up to {@link #BULKS_IN_FLIGHT} bulk requests are indexed,
     * and the new index is built without refreshes, replicas or a translog sync per request (nobody searches it yet);
     * its own settings are restored before the swap. {@code progress} hears the number of listings indexed so far.
     */
    public String rebuild(Iterable<List<ListingDocument>> batches, LongConsumer progress) throws IOException {
        String index =
                properties.alias() + "-" + ZonedDateTime.now(ZoneOffset.UTC).format(INDEX_SUFFIX);
        client.indices().create(c -> c.index(index).withJson(new StringReader(definition.json())));
        client.indices().putMapping(m -> m.index(index).meta(MAPPING_VERSION, JsonData.of(definition.version())));
        LoadSettings restore = buildSettings(index);
        ElasticsearchClient rebuildClient = withSocketTimeout(REBUILD_REQUEST_TIMEOUT_MS);
        indexBeingBuilt = index;
        ExecutorService senders = Executors.newFixedThreadPool(BULKS_IN_FLIGHT, r -> {
            Thread t = new Thread(r, "index-rebuild-bulk");
            t.setDaemon(true);
            return t;
        });
        try {
            Semaphore inFlight = new Semaphore(BULKS_IN_FLIGHT);
            AtomicLong count = new AtomicLong();
            AtomicReference<Exception> failure = new AtomicReference<>();
            try {
                for (List<ListingDocument> batch : batches) {
                    inFlight.acquireUninterruptibly();
                    if (failure.get() != null) {
                        inFlight.release();
                        break;
                    }
                    senders.execute(() -> {
                        try {
                            bulk(rebuildClient, index, batch);
                            progress.accept(count.addAndGet(batch.size()));
                        } catch (IOException | RuntimeException e) {
                            failure.compareAndSet(null, e);
                        } finally {
                            inFlight.release();
                        }
                    });
                }
            } finally {
                // Also when reading failed: a bulk still under way must not reach the index after it is deleted
                // (Elasticsearch would create it again with a guessed mapping).
                inFlight.acquireUninterruptibly(BULKS_IN_FLIGHT);
            }
            Exception failed = failure.get();
            if (failed instanceof IOException io) {
                throw io;
            } else if (failed != null) {
                throw (RuntimeException) failed;
            }
            putSettings(index, restore);
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
                    count.get(),
                    properties.alias());
            return index;
        } catch (IOException | RuntimeException e) {
            // A half-built index must not linger: the alias still points at the old one, which stays in service.
            client.indices().delete(d -> d.index(index).ignoreUnavailable(true));
            throw e;
        } finally {
            senders.shutdownNow();
            indexBeingBuilt = null;
        }
    }

    /**
     * The client with a longer socket timeout than the 10 s live requests get (so pages fail fast while Elasticsearch
     * is down): a bulk request of a thousand listings through the Chinese analysis can take longer than that on a busy
     * node, and a rebuild must not fail for it.
     */
    private ElasticsearchClient withSocketTimeout(int millis) {
        TransportOptions current = client._transportOptions();
        RequestOptions.Builder request = current instanceof RestClientOptions rest
                ? rest.restClientRequestOptions().toBuilder()
                : RequestOptions.DEFAULT.toBuilder();
        request.setRequestConfig(RequestConfig.custom()
                .setConnectTimeout(2_000)
                .setSocketTimeout(millis)
                .build());
        return client.withTransportOptions(new RestClientOptions(request.build(), false));
    }

    /** What a rebuild changes of an index's settings while it fills it. */
    private record LoadSettings(String refreshInterval, String replicas, TranslogDurability durability) {}

    /**
     * Turns off what a bulk load does not need (periodic refresh, replicas, an fsync per request) and returns the
     * index's own values of those settings (from the definition), to put back before the alias swap.
     */
    private LoadSettings buildSettings(String index) throws IOException {
        IndexSettings created =
                client.indices().getSettings(g -> g.index(index)).get(index).settings();
        IndexSettings own = created != null && created.index() != null ? created.index() : created;
        String refresh = own == null
                        || own.refreshInterval() == null
                        || !own.refreshInterval().isTime()
                ? "1s"
                : own.refreshInterval().time();
        TranslogDurability durability =
                own == null || own.translog() == null || own.translog().durability() == null
                        ? TranslogDurability.Request
                        : own.translog().durability();
        putSettings(index, new LoadSettings("-1", "0", TranslogDurability.Async));
        return new LoadSettings(refresh, String.valueOf(properties.replicas()), durability);
    }

    private void putSettings(String index, LoadSettings settings) throws IOException {
        client.indices()
                .putSettings(p -> p.index(index)
                        .settings(t -> t.refreshInterval(Time.of(time -> time.time(settings.refreshInterval())))
                                .numberOfReplicas(settings.replicas())
                                .translog(tl -> tl.durability(settings.durability()))));
    }

    public void put(ListingDocument document) throws IOException {
        putAll(List.of(document));
    }

    /** Writes the documents to the alias (and to the index a rebuild is filling); older versions are ignored. */
    public void putAll(List<ListingDocument> documents) throws IOException {
        for (String target : targets()) {
            bulk(target, documents);
        }
    }

    private boolean isAlias(String target) {
        return target.equals(properties.alias());
    }

    /**
     * Removes the listing (no longer published) from the alias and any index being built. Through a bulk request:
     * its per-item answers let a stale removal (409, the index has a newer version) or a missing document (404) pass
     * quietly, where a plain delete reports them as errors.
     */
    public void remove(long listingId, long version) throws IOException {
        for (String target : targets()) {
            if (isAlias(target) && !exists()) {
                throw new IOException("Alias " + target + " does not exist yet");
            }
            BulkResponse response = client.bulk(b -> b.operations(op -> op.delete(d -> d.index(target)
                    .id(String.valueOf(listingId))
                    .version(externalVersion(version, 0))
                    .versionType(VersionType.External))));
            var failed = response.items().stream()
                    .filter(item -> item.error() != null && item.status() != 404 && item.status() != 409)
                    .findFirst();
            if (failed.isPresent()) {
                throw new IOException("Removing listing " + listingId + " failed: "
                        + failed.get().error().reason());
            }
        }
    }

    public void refresh() throws IOException {
        client.indices().refresh(r -> r.index(properties.alias()));
    }

    private void bulk(String index, List<ListingDocument> documents) throws IOException {
        bulk(client, index, documents);
    }

    private void bulk(ElasticsearchClient client, String index, List<ListingDocument> documents) throws IOException {
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
                    .version(externalVersion(d.version(), d.ratingRevision() == null ? 0 : d.ratingRevision()))
                    .versionType(VersionType.External)
                    .document(translation.translated(d))));
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

    /** The concrete index the alias points at; empty when there is none yet. */
    public java.util.Optional<String> currentIndex() throws IOException {
        if (!exists()) {
            return java.util.Optional.empty();
        }
        return client.indices().getAlias(a -> a.name(properties.alias())).result().keySet().stream()
                .findFirst();
    }

    /** Documents in the index behind the alias (searchable ones: as of the last refresh). */
    public long documentCount() throws IOException {
        return client.count(c -> c.index(properties.alias())).count();
    }

    /** Room for the rating revision in the low bits of an external version (16.7 million rating changes). */
    private static final int RATING_BITS = 24;

    /**
     * The external version of a listing's document: its database version in the high bits and the revision of its
     * ratings ({@link dataport.shared.RatingSummary#revision()}) in the low ones, so a new rating is newer than the
     * document without it although the listing did not change, and any change of the listing is newer than every
     * rating of its previous version. Database versions start at 0; external versions must grow, so shift by one.
     */
    static long externalVersion(long version, long ratingRevision) {
        return ((version + 1) << RATING_BITS) + Math.min(ratingRevision, (1L << RATING_BITS) - 1);
    }
}
