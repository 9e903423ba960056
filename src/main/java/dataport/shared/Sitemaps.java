package dataport.shared;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * {@code /sitemap.xml} and {@code /robots.txt}: the public pages every module lists ({@link SitemapSource}: home,
 * tracks, published listings, active merchants, live exhibits), each with its last change and its English, Chinese
 * and bare ({@code x-default}) addresses. Every page is listed once per language ({@code ?lang=en}, {@code ?lang=zh}:
 * the canonical addresses). Up to {@code pagesPerFile} pages (default 5,000, so 10,000 URLs) {@code /sitemap.xml} is
 * the sitemap itself; beyond that it is a sitemap index naming {@code /sitemap-1.xml}, {@code /sitemap-2.xml} …, each
 * read with one count and one page-sized query per source. Public information only, for anybody.
 */
@Service
public class Sitemaps {

    public static final String INDEX = "sitemap.xml";

    /** What crawlers should leave alone: signed-in and staff pages, checkout and everybody's own pages. */
    static final List<String> DISALLOWED = List.of(
            "/workspace",
            "/staff",
            "/admin",
            "/curation",
            "/compliance",
            "/checkout",
            "/purchases",
            "/quotes",
            "/onboarding",
            "/claim",
            "/login",
            "/signup",
            "/forgot-password",
            "/reset-password",
            "/verify",
            "/search",
            "/api/",
            "/stripe/",
            "/actuator");

    private final List<SitemapSource> sources;
    private final SiteUrl site;
    private final int pagesPerFile;

    public Sitemaps(
            List<SitemapSource> sources,
            SiteUrl site,
            @Value("${dataport.sitemap.pages-per-file:5000}") int pagesPerFile) {
        this.sources = sources;
        this.site = site;
        this.pagesPerFile = pagesPerFile;
    }

    /** {@code /sitemap.xml}: the whole sitemap while it fits one file, else the index of the numbered files. */
    public String index() {
        long total = counts().stream().mapToLong(Long::longValue).sum();
        if (total <= pagesPerFile) {
            return urlSet(slice(0, (int) total));
        }
        long files = (total + pagesPerFile - 1) / pagesPerFile;
        StringBuilder xml = new StringBuilder(
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (long n = 1; n <= files; n++) {
            xml.append("  <sitemap><loc>")
                    .append(escape(site.of("sitemap-" + n + ".xml")))
                    .append("</loc></sitemap>\n");
        }
        return xml.append("</sitemapindex>\n").toString();
    }

    /** {@code /sitemap-n.xml} (1-based); empty when there is no such file. */
    public Optional<String> file(int n) {
        long total = counts().stream().mapToLong(Long::longValue).sum();
        long from = (long) (n - 1) * pagesPerFile;
        if (n < 1 || total <= pagesPerFile || from >= total) {
            return Optional.empty();
        }
        return Optional.of(urlSet(slice(from, pagesPerFile)));
    }

    /** {@code /robots.txt}: what not to crawl, and where the sitemap is. */
    public String robots() {
        StringBuilder txt = new StringBuilder("User-agent: *\n");
        // Pages are drawn by scripts and styles under these: a crawler that renders needs them.
        txt.append("Allow: /VAADIN/\nAllow: /themes/\n");
        DISALLOWED.forEach(path -> txt.append("Disallow: ").append(path).append('\n'));
        txt.append("\nSitemap: ").append(site.of(INDEX)).append('\n');
        return txt.toString();
    }

    private List<Long> counts() {
        return sources.stream().map(SitemapSource::count).toList();
    }

    /** Up to {@code limit} pages from position {@code from} of all sources one after another. */
    private List<SitemapSource.Entry> slice(long from, int limit) {
        List<SitemapSource.Entry> entries = new ArrayList<>();
        long skip = from;
        for (SitemapSource source : sources) {
            if (entries.size() >= limit) {
                break;
            }
            long count = source.count();
            if (skip >= count) {
                skip -= count;
                continue;
            }
            entries.addAll(source.entries(skip, limit - entries.size()));
            skip = 0;
        }
        return entries;
    }

    private String urlSet(List<SitemapSource.Entry> entries) {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\""
                + " xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
        for (SitemapSource.Entry entry : entries) {
            String bare = site.of(entry.path());
            String english = site.of(entry.path(), Languages.ENGLISH);
            String chinese = site.of(entry.path(), Languages.CHINESE);
            for (String loc : List.of(english, chinese)) {
                xml.append("  <url>\n    <loc>").append(escape(loc)).append("</loc>\n");
                if (entry.lastModified() != null) {
                    xml.append("    <lastmod>")
                            .append(entry.lastModified().truncatedTo(ChronoUnit.SECONDS))
                            .append("</lastmod>\n");
                }
                alternate(xml, "en", english);
                alternate(xml, "zh-Hans", chinese);
                alternate(xml, "x-default", bare);
                xml.append("  </url>\n");
            }
        }
        return xml.append("</urlset>\n").toString();
    }

    private static void alternate(StringBuilder xml, String language, String href) {
        xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"")
                .append(language)
                .append("\" href=\"")
                .append(escape(href))
                .append("\"/>\n");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&apos;");
    }

    /** The newest of some instants, or null when none is known. */
    public static Instant newest(Instant... instants) {
        Instant newest = null;
        for (Instant i : instants) {
            if (i != null && (newest == null || i.isAfter(newest))) {
                newest = i;
            }
        }
        return newest;
    }
}
