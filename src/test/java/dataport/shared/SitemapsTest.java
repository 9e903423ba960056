package dataport.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class SitemapsTest {

    private static final SiteUrl SITE = new SiteUrl("https://dataport.example/");

    /** A source of {@code count} pages named {@code prefix/0}, {@code prefix/1} … that counts its queries. */
    static final class Pages implements SitemapSource {
        final String prefix;
        final long count;
        int reads;

        Pages(String prefix, long count) {
            this.prefix = prefix;
            this.count = count;
        }

        @Override
        public long count() {
            return count;
        }

        @Override
        public List<Entry> entries(long offset, int limit) {
            reads++;
            return LongStream.range(offset, Math.min(count, offset + limit))
                    .mapToObj(i -> new Entry(prefix + "/" + i, Instant.parse("2026-12-01T08:30:15.123Z")))
                    .toList();
        }
    }

    @Test
    void aSmallSiteIsOneSitemapListingEveryPageInBothLanguagesWithItsAlternates() {
        Sitemaps sitemaps = new Sitemaps(List.of(new Pages("listings", 2)), SITE, 10);

        String xml = sitemaps.index();

        assertThat(xml)
                .contains("<urlset", "xmlns:xhtml=\"http://www.w3.org/1999/xhtml\"")
                .contains("<loc>https://dataport.example/listings/1?lang=zh</loc>")
                .contains("<lastmod>2026-12-01T08:30:15Z</lastmod>")
                .contains("hreflang=\"x-default\" href=\"https://dataport.example/listings/1\"")
                .doesNotContain("<sitemapindex");
        assertThat(xml.split("<url>", -1)).hasSize(2 * 2 + 1);
    }

    @Test
    void aLargeSiteIsAnIndexOfFilesThatTogetherHoldEveryPageOnce() {
        Pages home = new Pages("home", 1);
        Pages listings = new Pages("listings", 7);
        Pages merchants = new Pages("merchants", 3);
        Sitemaps sitemaps = new Sitemaps(List.of(home, listings, merchants), SITE, 4);

        String index = sitemaps.index();
        String second = sitemaps.file(2).orElseThrow();

        assertThat(index)
                .contains("<sitemapindex", "<loc>https://dataport.example/sitemap-3.xml</loc>")
                .doesNotContain("sitemap-4.xml", "<urlset");
        // pages 4..7 of the 11: listings 3..6
        assertThat(second)
                .contains("/listings/3?lang=en", "/listings/6?lang=en")
                .doesNotContain("/listings/2?", "/merchants/0?");
        assertThat(sitemaps.file(3).orElseThrow()).contains("/merchants/0?", "/merchants/2?");
        assertThat(sitemaps.file(4)).isEmpty();
        assertThat(sitemaps.file(0)).isEmpty();
        assertThat(merchants.reads)
                .as("only the files that hold merchants read them")
                .isEqualTo(1);
    }

    @Test
    void addressesAreEscapedForXml() {
        Sitemaps sitemaps = new Sitemaps(List.of(new Pages("a&b", 1)), SITE, 10);

        assertThat(sitemaps.index()).contains("/a&amp;b/0?lang=en").doesNotContain("a&b");
    }

    @Test
    void robotsKeepCrawlersOutOfPrivatePagesAndNameTheSitemap() {
        String robots = new Sitemaps(List.of(), SITE, 10).robots();

        assertThat(robots)
                .contains("Disallow: /workspace\n", "Disallow: /admin\n", "Allow: /VAADIN/\n")
                .endsWith("Sitemap: https://dataport.example/sitemap.xml\n");
    }
}
