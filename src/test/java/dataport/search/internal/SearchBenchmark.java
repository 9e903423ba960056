package dataport.search.internal;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import dataport.search.QueryText;
import dataport.search.SearchResults;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.http.HttpHost;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The search benchmark: generates N listings (deterministically, from the demo catalogue's 72 bilingual listings with
 * varied titles, merchants, prices and dates), bulk-loads them through the app's own rebuild path into a separate
 * index ({@code dataport-bench-listings}), then prints the reindex rate, latency percentiles of 200 realistic queries
 * through the app's own query (with highlighting), and the change-to-searchable lag. Not part of the test suite: run
 * it with {@code ./dataport bench [listings]} (default 100000). Figures, not assertions: targets are judged by people.
 */
@Tag("benchmark")
class SearchBenchmark {

    private static final int QUERIES = 200;
    private static final int WARM_UP = 40;
    private static final int LAG_SAMPLES = 20;

    private static final String[] EDITION_EN = {
        "",
        " — Asia-Pacific",
        " — EU Edition",
        " (Enterprise)",
        " (Lite)",
        " — 2026 Edition",
        " — Middle East",
        " (Pro)",
        " — Global",
        " — Greater Bay Area"
    };
    private static final String[] EDITION_ZH = {
        "", "（亚太版）", "（欧盟版）", "（企业版）", "（轻量版）", "（2026 版）", "（中东版）", "（专业版）", "（全球版）", "（大湾区版）"
    };
    private static final String[] MERCHANT_EN = {
        "Harbour",
        "Meridian",
        "Kestrel",
        "Ashgrove",
        "Cobalt",
        "Falcon",
        "Lingjing",
        "Zhijin",
        "Starbridge",
        "Hengce",
        "Liangheng",
        "Hoshizora",
        "Blue Delta",
        "Pudong",
        "Nanhai",
        "Orchid",
        "Summit",
        "Jade River"
    };
    private static final String[] MERCHANT_ZH = {
        "港湾", "子午", "凯斯特", "阿什格罗夫", "钴岭", "隼门", "灵境", "智金", "星桥", "衡策", "量衡", "星空", "蓝色三角洲", "浦东", "南海", "兰花", "峰顶",
        "玉河"
    };
    private static final String[] COUNTRIES = {"CN", "CN", "CN", "SG", "DE", "GB", "JP", "US", "AE", "FR", "KR", "HK"};

    @Test
    void measureIndexingSearchAndLag() throws Exception {
        int listings = Integer.getInteger("bench.listings", 100_000);
        String url = System.getenv().getOrDefault("DATAPORT_ES_URL", "http://127.0.0.1:9200");
        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> templates = templates(json);
        try (RestClient rest = RestClient.builder(HttpHost.create(url))
                .setRequestConfigCallback(c -> c.setSocketTimeout(120_000))
                .build()) {
            ElasticsearchClient client =
                    new ElasticsearchClient(new RestClientTransport(rest, new Jackson3JsonpMapper()));
            ListingIndex index = new ListingIndex(
                    client, new SearchProperties(url, "dataport-bench", 0, true), new IndexDefinition(json));

            long started = System.nanoTime();
            index.rebuild(() -> batches(templates, listings, 1_000));
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(
                    Locale.ROOT, "%nDataPort search benchmark, %,d listings, Elasticsearch at %s%n", listings, url);
            System.out.printf(
                    Locale.ROOT,
                    "Reindex (generate + bulk + refresh + alias swap): %.1f s, %,.0f listings/s%n",
                    seconds,
                    listings / seconds);

            List<String> queries = queries(templates);
            for (int i = 0; i < WARM_UP; i++) {
                index.search(QueryText.of(queries.get(i % queries.size())), 0);
            }
            long[] latencies = new long[QUERIES];
            long hits = 0;
            for (int i = 0; i < QUERIES; i++) {
                long t = System.nanoTime();
                SearchResults results = index.search(QueryText.of(queries.get(i)), i % 7 == 0 ? 1 : 0);
                latencies[i] = System.nanoTime() - t;
                hits += results.total();
            }
            Arrays.sort(latencies);
            System.out.printf(
                    Locale.ROOT,
                    "Search, %d queries (en + zh, highlighting, 1 in 7 on page 2), client round trip: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (avg %,d hits)%n",
                    QUERIES,
                    percentile(latencies, 50),
                    percentile(latencies, 95),
                    percentile(latencies, 99),
                    hits / QUERIES);

            long[] lags = new long[LAG_SAMPLES];
            for (int i = 0; i < LAG_SAMPLES; i++) {
                String word = "benchlag" + i + "x" + System.nanoTime();
                ListingDocument document =
                        document(templates.get(i % templates.size()), listings + i, new Random(i), word);
                long t = System.nanoTime();
                index.put(document);
                while (index.search(QueryText.of(word), 0).total() == 0) {
                    Thread.sleep(10);
                }
                lags[i] = System.nanoTime() - t;
            }
            Arrays.sort(lags);
            System.out.printf(
                    Locale.ROOT,
                    "Change to searchable (index write until a search finds it): p50 %.0f ms, p95 %.0f ms%n%n",
                    percentile(lags, 50),
                    percentile(lags, 95));
        }
    }

    private static double percentile(long[] sortedNanos, int p) {
        int i = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(i, sortedNanos.length - 1))] / 1e6;
    }

    private static Iterator<List<ListingDocument>> batches(List<JsonNode> templates, int total, int size) {
        Random random = new Random(42);
        return Stream.iterate(0, start -> start < total, start -> start + size)
                .map(start -> {
                    List<ListingDocument> batch = new ArrayList<>(size);
                    for (int id = start; id < Math.min(total, start + size); id++) {
                        batch.add(document(templates.get(id % templates.size()), id + 1, random, null));
                    }
                    return batch;
                })
                .iterator();
    }

    private static ListingDocument document(JsonNode t, long id, Random random, String extraWord) {
        int edition = random.nextInt(EDITION_EN.length);
        int merchant = random.nextInt(MERCHANT_EN.length);
        String titleEn = t.get("titleEn").asString() + EDITION_EN[edition] + (extraWord == null ? "" : " " + extraWord);
        String titleZh = t.get("titleZh").asString() + EDITION_ZH[edition];
        JsonNode plan = t.get("plans").get(0);
        Long price = plan.has("price")
                ? Math.round(Double.parseDouble(plan.get("price").asString()) * (50 + random.nextInt(100)))
                : null;
        String category = t.get("category").asString();
        return new ListingDocument(
                id,
                1,
                titleEn,
                titleZh,
                t.get("summaryEn").asString(),
                t.get("summaryZh").asString(),
                t.get("descriptionEn").asString(),
                t.get("descriptionZh").asString(),
                Stream.concat(strings(t.get("tags")), strings(t.get("tagsZh"))).toList(),
                merchant + 1,
                MERCHANT_EN[merchant] + " Data " + (1 + random.nextInt(20)),
                MERCHANT_ZH[merchant] + "数据" + (1 + random.nextInt(20)) + "号",
                merchant % 3 == 0 ? "FOREIGN" : "DOMESTIC",
                COUNTRIES[random.nextInt(COUNTRIES.length)],
                category,
                category,
                category,
                category.split("-")[0],
                category.split("-")[0],
                category.split("-")[0],
                t.get("deliveryMode").asString(),
                t.get("classification").asString(),
                t.get("personalInformation").asBoolean(),
                t.get("crossBorder").asBoolean(),
                strings(t.get("regions")).toList(),
                strings(t.get("languages")).toList(),
                List.of(plan.get("model").asString()),
                price,
                price == null ? null : plan.get("currency").asString(),
                plan.get("model").asString(),
                plan.has("period") ? plan.get("period").asString() : null,
                Instant.parse("2026-11-25T00:00:00Z")
                        .minusSeconds(random.nextInt(365 * 24 * 3600))
                        .toString());
    }

    private static Stream<String> strings(JsonNode array) {
        return array == null ? Stream.empty() : array.valueStream().map(JsonNode::asString);
    }

    private static List<JsonNode> templates(JsonMapper json) throws IOException {
        try (InputStream in = SearchBenchmark.class.getResourceAsStream("/demo/catalogue.json")) {
            return json.readTree(in).get("listings").valueStream().toList();
        }
    }

    /** 200 queries a buyer might type: title words, tags in both languages, category words; fixed order. */
    private static List<String> queries(List<JsonNode> templates) {
        Random random = new Random(7);
        List<String> queries = new ArrayList<>();
        while (queries.size() < QUERIES + WARM_UP) {
            JsonNode t = templates.get(random.nextInt(templates.size()));
            switch (random.nextInt(4)) {
                case 0 ->
                    queries.add(String.join(" ", firstWords(t.get("titleEn").asString(), 1 + random.nextInt(3))));
                case 1 -> queries.add(strings(t.get("tagsZh")).findFirst().orElse("数据"));
                case 2 -> queries.add(strings(t.get("tags")).findFirst().orElse("data"));
                default -> {
                    String zh = t.get("titleZh").asString();
                    queries.add(zh.substring(0, Math.min(zh.length(), 2 + random.nextInt(4))));
                }
            }
        }
        return queries;
    }

    private static List<String> firstWords(String text, int n) {
        return Stream.of(text.split("[\\s—()·,]+"))
                .filter(w -> w.length() > 2)
                .limit(n)
                .toList();
    }
}
