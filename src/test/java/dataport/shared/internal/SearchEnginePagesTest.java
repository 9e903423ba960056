package dataport.shared.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.catalog.CatalogService;
import dataport.catalog.DemoSignIn;
import dataport.catalog.ListingDetails;
import dataport.catalog.TestListings;
import dataport.exhibits.ExhibitService;
import dataport.exhibits.ExhibitSummary;
import dataport.merchants.MerchantService;
import dataport.merchants.MerchantSummary;
import dataport.shared.Bilingual;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a search engine's crawler gets, fetched without a browser from the real server on a port of its own: each public
 * page's first HTML response carries its title, description, canonical address, hreflang alternates and schema.org
 * data; the sitemap and robots.txt. Its own database and index (the demo catalogue), since a web server needs its own
 * application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@DirtiesContext
class SearchEnginePagesTest {

    private static final String SITE = "https://dataport.example";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @DynamicPropertySource
    static void ownDatabaseIndexAndAddress(DynamicPropertyRegistry registry) {
        registry.add("dataport.base-url", () -> SITE);
        registry.add(
                "dataport.database.name",
                () -> System.getenv().getOrDefault("DATAPORT_TEST_DB_NAME", "dataport_test") + "_seo");
        registry.add(
                "dataport.search.index-prefix",
                () -> System.getenv().getOrDefault("DATAPORT_TEST_INDEX_PREFIX", "dataport-test") + "-seo");
    }

    @LocalServerPort
    int port;

    @Autowired
    CatalogService catalog;

    @Autowired
    MerchantService merchants;

    @Autowired
    ExhibitService exhibits;

    @Autowired
    AuthenticationProvider signIn;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aListingPageInChineseCarriesItsTitleAddressesAndProductDataInTheFirstResponse() throws Exception {
        ListingDetails listing = pricedListing();
        String path = "/listings/" + listing.id();

        HttpResponse<String> response = get(path + "?lang=zh", null);
        Document page = Jsoup.parse(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(page.title())
                .isEqualTo(listing.content().title().in(java.util.Locale.SIMPLIFIED_CHINESE) + " · DataPort 数贸港");
        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(meta(page, "name", "description")).isNotBlank();
        assertThat(canonical(page)).isEqualTo(SITE + path + "?lang=zh");
        assertThat(alternates(page))
                .containsExactlyInAnyOrderEntriesOf(Map.of(
                        "en", SITE + path + "?lang=en",
                        "zh-Hans", SITE + path + "?lang=zh",
                        "x-default", SITE + path));
        assertThat(meta(page, "property", "og:title")).isEqualTo(page.title());
        assertThat(meta(page, "property", "og:url")).isEqualTo(SITE + path + "?lang=zh");

        JsonNode product = structuredData(page, "Product");
        assertThat(product.path("@context").asString()).isEqualTo("https://schema.org");
        assertThat(product.path("name").asString())
                .isEqualTo(listing.content().title().zh());
        assertThat(product.path("url").asString()).isEqualTo(SITE + path + "?lang=zh");
        JsonNode offer = product.path("offers").get(0);
        ListingDetails.Plan plan = listing.plans().stream()
                .filter(p -> p.price() != null)
                .findFirst()
                .orElseThrow();
        assertThat(offer.path("@type").asString()).isEqualTo("Offer");
        assertThat(offer.path("price").asString())
                .isEqualTo(plan.price().amount().toPlainString());
        assertThat(offer.path("price").asString()).matches("\\d+(\\.\\d+)?");
        assertThat(offer.path("priceCurrency").asString())
                .isEqualTo(plan.price().currency().getCurrencyCode());
        assertThat(offer.path("availability").asString()).isEqualTo("https://schema.org/InStock");
        assertThat(offer.path("seller").path("@type").asString()).isEqualTo("Organization");
        assertThat(offer.path("seller").path("name").asString())
                .isEqualTo(listing.merchant().name().in(java.util.Locale.SIMPLIFIED_CHINESE));
    }

    @Test
    void theLanguageInTheAddressBeatsTheRememberedOneAndWithoutItTheCookieDecides() throws Exception {
        ListingDetails listing = pricedListing();
        String path = "/listings/" + listing.id();

        Document english =
                Jsoup.parse(get(path + "?lang=en", "dataport-lang=zh-CN").body());
        Document remembered = Jsoup.parse(get(path, "dataport-lang=zh-CN").body());

        assertThat(english.title()).isEqualTo(listing.content().title().en() + " · DataPort");
        assertThat(canonical(english)).isEqualTo(SITE + path + "?lang=en");
        assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(remembered.title()).isEqualTo(listing.content().title().zh() + " · DataPort 数贸港");
        assertThat(canonical(remembered)).isEqualTo(SITE + path + "?lang=zh");
    }

    @Test
    void aHostileTitleCannotBreakOutOfTheStructuredData() throws Exception {
        String hostile = "Evil </script><script>alert(1)</script> <!-- & \u2028 end";
        DemoSignIn.as(signIn, DemoSignIn.COMPLIANCE);
        long id = catalog.createPublished(
                merchants.findAll().getFirst().id(),
                TestListings.content()
                        .title(Bilingual.of(hostile, "恶意 </script><!--"))
                        .plans(List.of(TestListings.oneOff("Once", "9.90", "USD")))
                        .build(),
                Instant.now());
        SecurityContextHolder.clearContext();

        HttpResponse<String> response = get("/listings/" + id + "?lang=en", null);
        Document page = Jsoup.parse(response.body());

        assertThat(response.body()).contains("<title>Evil &lt;/script");
        assertThat(page.select("script[type=application/ld+json]"))
                .allSatisfy(script -> assertThat(script.data()).doesNotContain("<", ">"));
        JsonNode product = structuredData(page, "Product");
        assertThat(product.path("name").asString()).isEqualTo(hostile);
        assertThat(product.path("offers").get(0).path("price").asString()).isEqualTo("9.90");
        assertThat(page.title()).isEqualTo(hostile + " · DataPort");
    }

    @Test
    void theHomePageDescribesTheSiteWithASearchAction() throws Exception {
        Document page = Jsoup.parse(get("/?lang=en", null).body());

        assertThat(page.title()).isEqualTo("DataPort · Digital trade showcase");
        assertThat(canonical(page)).isEqualTo(SITE + "/?lang=en");
        assertThat(alternates(page)).containsEntry("x-default", SITE + "/");
        JsonNode website = structuredData(page, "WebSite");
        assertThat(website.path("potentialAction").path("@type").asString()).isEqualTo("SearchAction");
        assertThat(website.path("potentialAction").path("target").asString())
                .isEqualTo(SITE + "/search?q={search_term_string}");
        assertThat(structuredData(page, "Organization").path("name").asString()).isEqualTo("DataPort");
    }

    @Test
    void aMerchantsPageDescribesAnOrganization() throws Exception {
        MerchantSummary merchant = merchants.findAll().stream()
                .filter(MerchantSummary::isActive)
                .findFirst()
                .orElseThrow();
        String path = "/merchants/" + merchant.slug();

        Document page = Jsoup.parse(get(path + "?lang=en", null).body());

        assertThat(page.title()).isEqualTo(merchant.name().en() + " · DataPort");
        assertThat(canonical(page)).isEqualTo(SITE + path + "?lang=en");
        JsonNode organization = structuredData(page, "Organization");
        assertThat(organization.path("name").asString())
                .isEqualTo(merchant.name().en());
        assertThat(organization.path("address").path("addressCountry").asString())
                .isEqualTo(merchant.countryCode());
    }

    @Test
    void aTrackPageListsItsListingsAndAnExhibitPageItsItems() throws Exception {
        String track = catalog.categories().stream()
                .filter(c -> c.parent() == null)
                .filter(c -> !catalog.publishedIdsInCategory(c.code()).isEmpty())
                .findFirst()
                .orElseThrow()
                .code();
        ExhibitSummary hall = exhibits.halls().getFirst();

        Document category =
                Jsoup.parse(get("/categories/" + track + "?lang=zh", null).body());
        Document exhibit =
                Jsoup.parse(get("/exhibits/" + hall.slug() + "?lang=en", null).body());

        JsonNode collection = structuredData(category, "CollectionPage");
        assertThat(collection.path("mainEntity").path("@type").asString()).isEqualTo("ItemList");
        assertThat(collection
                        .path("mainEntity")
                        .path("itemListElement")
                        .get(0)
                        .path("url")
                        .asString())
                .startsWith(SITE + "/listings/")
                .endsWith("?lang=zh");
        assertThat(canonical(category)).isEqualTo(SITE + "/categories/" + track + "?lang=zh");
        assertThat(exhibit.title()).isEqualTo(hall.title().en() + " · DataPort");
        assertThat(structuredData(exhibit, "CollectionPage").path("name").asString())
                .isEqualTo(hall.title().en());
    }

    @Test
    void anUnknownListingStaysNotFoundAndDescribesNothing() throws Exception {
        HttpResponse<String> response = get("/listings/999999999", null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(Jsoup.parse(response.body()).select("script[type=application/ld+json]"))
                .isEmpty();
    }

    @Test
    void theSitemapListsPublishedListingsInBothLanguagesButNoDraft() throws Exception {
        ListingDetails published = pricedListing();
        DemoSignIn.as(signIn, DemoSignIn.MERCHANT);
        long draft = catalog.createDraft(TestListings.content("Sitemap draft", "草稿"));
        SecurityContextHolder.clearContext();

        HttpResponse<String> response = get("/sitemap.xml", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/xml"));
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var xml = factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        assertThat(xml.getDocumentElement().getLocalName()).isEqualTo("urlset");
        List<String> locs = texts(xml.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "loc"));
        assertThat(locs)
                .contains(
                        SITE + "/?lang=en",
                        SITE + "/listings/" + published.id() + "?lang=en",
                        SITE + "/listings/" + published.id() + "?lang=zh")
                .doesNotContain(SITE + "/listings/" + draft + "?lang=en")
                .anyMatch(loc -> loc.startsWith(SITE + "/merchants/"))
                .anyMatch(loc -> loc.startsWith(SITE + "/categories/"))
                .anyMatch(loc -> loc.startsWith(SITE + "/exhibits/"));
        assertThat(xml.getElementsByTagNameNS("http://www.sitemaps.org/schemas/sitemap/0.9", "lastmod")
                        .getLength())
                .isPositive();
        assertThat(xml.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "link")
                        .getLength())
                .isEqualTo(3 * locs.size());
    }

    @Test
    void robotsTxtKeepsCrawlersOutOfPrivatePagesAndPointsToTheSitemap() throws Exception {
        HttpResponse<String> response = get("/robots.txt", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains(
                        "User-agent: *",
                        "Disallow: /workspace",
                        "Disallow: /staff",
                        "Disallow: /admin",
                        "Disallow: /checkout",
                        "Disallow: /purchases",
                        "Disallow: /quotes",
                        "Allow: /VAADIN/",
                        "Sitemap: " + SITE + "/sitemap.xml")
                .doesNotContain("Disallow: /listings", "Disallow: /merchants", "Disallow: /\n");
    }

    private ListingDetails pricedListing() {
        return catalog.recentlyPublished(80).stream()
                .filter(l -> l.cheapestPlan().isPresent())
                .filter(l ->
                        l.content().title().en() != null && l.content().title().zh() != null)
                .findFirst()
                .orElseThrow();
    }

    private HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", "text/html")
                .header("Accept-Language", "en");
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String meta(Document page, String attribute, String name) {
        Element meta = page.selectFirst("meta[" + attribute + "=\"" + name + "\"]");
        assertThat(meta).as("meta " + name).isNotNull();
        return meta.attr("content");
    }

    private static String canonical(Document page) {
        var links = page.select("link[rel=canonical]");
        assertThat(links).hasSize(1);
        return links.attr("href");
    }

    private static Map<String, String> alternates(Document page) {
        return page.select("link[rel=alternate][hreflang]").stream()
                .collect(Collectors.toMap(l -> l.attr("hreflang"), l -> l.attr("href")));
    }

    private static JsonNode structuredData(Document page, String type) {
        List<JsonNode> found = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonNode node = JSON.readTree(script.data());
            if (type.equals(node.path("@type").asString())) {
                found.add(node);
            }
        }
        assertThat(found).as("schema.org " + type).hasSize(1);
        return found.getFirst();
    }

    private static List<String> texts(NodeList nodes) {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
