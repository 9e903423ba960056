package dataport.search;

import dataport.catalog.BulkListings;
import dataport.catalog.BulkListings.PublishedListing;
import dataport.catalog.ListingContent;
import dataport.catalog.TestListings;
import dataport.merchants.MerchantService;
import dataport.shared.Bilingual;
import dataport.shared.Languages;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The real public catalogues of the cross-language set ({@code src/test/resources/search/cross-language}, see its
 * README) published next to the demo catalogue, once per database: 478 Chinese-only listings from FirstData and 292
 * English-only ones from the Registry of Open Data on AWS.
 */
final class RealCatalogues {

    private RealCatalogues() {}

    static void publish(SearchService search, BulkListings bulk, MerchantService merchants) throws IOException {
        if (published(search, "中国气象局") && published(search, "NOAA Global Forecast System (GFS)")) {
            return;
        }
        long merchantId = merchants.findAll().getFirst().id();
        List<PublishedListing> listings = new ArrayList<>();
        for (String[] row : CrossLanguageRelevanceTest.rows("listings-zh.tsv")) {
            listings.add(new PublishedListing(
                    merchantId,
                    content(
                            Bilingual.of(null, row[1]),
                            Bilingual.of(null, row[2]),
                            Bilingual.of(null, row[3]),
                            List.of()),
                    Instant.now()));
        }
        for (String[] row : CrossLanguageRelevanceTest.rows("listings-en.tsv")) {
            List<String> tags = row.length > 4 && !row[4].isBlank() ? List.of(row[4].split(";")) : List.of();
            listings.add(new PublishedListing(
                    merchantId,
                    content(Bilingual.of(row[1], null), Bilingual.of(row[2], null), Bilingual.of(row[3], null), tags),
                    Instant.now()));
        }
        List<Long> ids = bulk.insertPublished(listings);
        bulk.announce(ids.size());
        long deadline = System.currentTimeMillis() + 120_000;
        while (!(published(search, "中国气象局") && published(search, "NOAA Global Forecast System (GFS)"))
                && System.currentTimeMillis() < deadline) {
            sleep();
        }
    }

    private static boolean published(SearchService search, String title) {
        boolean chinese =
                title.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        return search
                .search(new SearchRequest(title, 0, chinese ? Languages.CHINESE : Languages.ENGLISH))
                .hits()
                .stream()
                .anyMatch(hit -> title.equals(hit.title().en())
                        || title.equals(hit.title().zh()));
    }

    private static ListingContent content(
            Bilingual title, Bilingual summary, Bilingual description, List<String> tags) {
        return TestListings.content()
                .categoryCode("data-datasets")
                .title(title)
                .summary(summary)
                .description(description)
                .tags(tags)
                .plans(List.of(TestListings.oneOff("Extract", "100.00", "USD")))
                .build();
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
