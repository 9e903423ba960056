package dataport.search;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.catalog.BulkListings;
import dataport.merchants.MerchantService;
import dataport.shared.Languages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The judged relevance set ({@code src/test/resources/search/relevance-judgments.tsv}): for each query, in Chinese or
 * English, the listings a person would insist on seeing in the first five results. The share of queries that get all
 * of theirs must stay at or above {@link #THRESHOLD}; raise it as relevance improves, never lower it to pass.
 *
 * <p>Measured on the demo catalogue with the real catalogues published next to it ({@link RealCatalogues}: 770
 * one-language listings, many on the same subjects), in the relevance tests' own index ({@link RelevanceCatalogue}),
 * so a ranking change that lets other listings crowd out the judged ones fails here.
 */
@RelevanceCatalogue
@WithMockUser(roles = "COMPLIANCE")
class SearchRelevanceTest {

    static final double THRESHOLD = 0.97;
    static final int TOP = 5;

    @Autowired
    SearchService search;

    @Autowired
    BulkListings bulk;

    @Autowired
    MerchantService merchants;

    @BeforeEach
    void theRealCataloguesArePublished() throws IOException {
        RealCatalogues.publish(search, bulk, merchants);
    }

    @Test
    void judgedQueriesFindTheirListingsInTheFirstFiveResults() throws IOException {
        List<Judgment> judgments = judgments();
        List<String> misses = new ArrayList<>();
        for (Judgment judgment : judgments) {
            List<String> top = search
                    .search(new SearchRequest(
                            judgment.query(), 0, judgment.chinese() ? Languages.CHINESE : Languages.ENGLISH))
                    .hits()
                    .stream()
                    .limit(TOP)
                    .map(hit -> hit.title().en())
                    .toList();
            List<String> missing = judgment.expected().stream()
                    .filter(title -> !top.contains(title))
                    .toList();
            if (!missing.isEmpty()) {
                misses.add(judgment.query() + " → missing " + missing + ", got " + top);
            }
        }
        double score = 1 - misses.size() / (double) judgments.size();
        System.out.printf(
                "Relevance: %d of %d judged queries pass (%.1f%%)%n",
                judgments.size() - misses.size(), judgments.size(), score * 100);
        misses.forEach(miss -> System.out.println("  " + miss));

        assertThat(judgments).hasSizeGreaterThanOrEqualTo(40);
        assertThat(judgments.stream().filter(Judgment::chinese).count()).isGreaterThanOrEqualTo(20);
        assertThat(score)
                .as("share of judged queries passing; misses:%n%s", String.join("\n", misses))
                .isGreaterThanOrEqualTo(THRESHOLD);
    }

    record Judgment(boolean chinese, String query, List<String> expected) {}

    static List<Judgment> judgments() throws IOException {
        try (InputStream in = SearchRelevanceTest.class.getResourceAsStream("/search/relevance-judgments.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("language\t"))
                    .map(line -> line.split("\t"))
                    .map(cells -> new Judgment(
                            "zh".equals(cells[0].strip()),
                            cells[1].strip(),
                            Arrays.stream(cells[2].split(" \\| "))
                                    .map(String::strip)
                                    .toList()))
                    .toList();
        }
    }
}
