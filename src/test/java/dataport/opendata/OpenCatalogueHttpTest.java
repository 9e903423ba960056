package dataport.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import dataport.IntegrationTest;
import dataport.catalog.CatalogService;
import dataport.catalog.DemoSignIn;
import dataport.catalog.TestListings;
import dataport.merchants.MerchantService;
import dataport.merchants.MerchantSummary;
import dataport.merchants.TestMerchants;
import dataport.shared.Bilingual;
import dataport.shared.SiteUrl;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The open catalogue as a harvester reads it, anonymously, through the security filters: every page of the feed built
 * from the real (demo plus test) listings conforms to the DCAT-AP 3.0.1 shapes in both formats, holds a hostile
 * listing exactly as written and never a draft; negotiation, page bounds and conditional requests.
 */
@IntegrationTest
class OpenCatalogueHttpTest {

    static final String HOSTILE_EN = "Say \"hi\" <img src=x onerror=alert(1)> \"\"\"triple\"\"\"\nnext line \\";
    static final String HOSTILE_ZH = "开放\"目录\"<b>测试</b>\n第二行\"\"\" 🚀";

    @Autowired
    WebApplicationContext web;

    @Autowired
    CatalogService catalog;

    @Autowired
    MerchantService merchants;

    @Autowired
    AuthenticationProvider signIn;

    @Autowired
    SiteUrl site;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyPageConformsToDcatApInBothFormatsHoldsAHostileListingAsWrittenAndNoDraft() throws Exception {
        DemoSignIn.as(signIn, DemoSignIn.COMPLIANCE);
        String run = UUID.randomUUID().toString().substring(0, 8);
        MerchantSummary merchant = merchants.registerApproved(
                TestMerchants.merchant()
                        .named("Open catalogue " + run + " <\"Ltd\">", "开放目录数商 " + run)
                        .build(),
                TestMerchants.unusedUserId());
        long published = catalog.createPublished(
                merchant.id(),
                TestListings.content()
                        .categoryCode("cloud-storage")
                        .title(Bilingual.of(HOSTILE_EN, HOSTILE_ZH))
                        .build(),
                Instant.now());
        DemoSignIn.as(signIn, DemoSignIn.MERCHANT);
        long draft = catalog.createDraft(TestListings.content("Draft " + run, "草稿 " + run));
        SecurityContextHolder.clearContext();

        Model all = ModelFactory.createDefaultModel();
        int last = OpenCatalogue.lastPageOf(catalog.countPublished());
        for (int page = 1; page <= last; page++) {
            for (CatalogueFormat format : CatalogueFormat.values()) {
                MockHttpServletResponse response = fetch("/dcat/catalog." + format.extension() + "?page=" + page);
                assertThat(response.getStatus()).isEqualTo(200);
                assertThat(MediaType.parseMediaType(response.getContentType())
                                .isCompatibleWith(MediaType.parseMediaType(format.mediaType())))
                        .isTrue();
                Model parsed = DcatShapes.parse(
                        response.getContentAsByteArray(), format == CatalogueFormat.TURTLE ? Lang.TURTLE : Lang.JSONLD);
                ValidationReport report = DcatShapes.validate(parsed);
                assertThat(report.conforms())
                        .as(
                                "page %d as %s conforms to DCAT-AP 3.0.1; report:%n%s",
                                page, format, DcatShapes.describe(report))
                        .isTrue();
                all.add(parsed);
            }
        }

        String base = site.base();
        Resource dataset = all.getResource(base + "/listings/" + published + "#dataset");
        assertThat(all.contains(dataset, DCAT.landingPage, all.getResource(base + "/listings/" + published)))
                .isTrue();
        assertThat(dataset.listProperties(DCTerms.title)
                        .mapWith(s -> s.getLiteral().getLexicalForm())
                        .toList())
                .containsExactlyInAnyOrder(HOSTILE_EN, HOSTILE_ZH);
        Resource distribution = dataset.getPropertyResourceValue(DCAT.distribution);
        assertThat(distribution
                        .getPropertyResourceValue(Vocabulary.ODRL.hasPolicy)
                        .getURI())
                .isEqualTo(base + "/odrl/listings/" + published);
        assertThat(distribution.getPropertyResourceValue(DCAT.accessURL).getURI())
                .isEqualTo(base + "/listings/" + published);
        assertThat(dataset.getPropertyResourceValue(DCTerms.publisher).getURI())
                .isEqualTo(base + "/merchants/" + merchant.slug() + "#merchant");
        assertThat(all.containsResource(all.getResource(base + "/listings/" + draft + "#dataset")))
                .as("a draft is not in the catalogue")
                .isFalse();
        assertThat(all.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, DCAT.Dataset)
                        .toList())
                .hasSize((int) catalog.countPublished());
        List<String> addresses = all.listStatements()
                .mapWith(s -> s.getObject())
                .filterKeep(RDFNode::isURIResource)
                .mapWith(o -> o.asResource().getURI())
                .toList();
        assertThat(addresses)
                .noneMatch(a -> a.contains("/download")
                        || a.contains("/purchases")
                        || a.contains("/api/")
                        || a.contains("/deliverable")
                        || a.contains("/keys"));
    }

    @Test
    void theCatalogueAddressAnswersTurtleOrJsonLdAsTheClientAsks() throws Exception {
        assertThat(contentType(fetch("/dcat/catalog", "text/turtle"))).isEqualTo("text/turtle");
        assertThat(contentType(fetch("/dcat/catalog", "application/ld+json"))).isEqualTo("application/ld+json");
        assertThat(contentType(fetch("/dcat/catalog", "application/ld+json;q=0.5, text/turtle")))
                .isEqualTo("text/turtle");
        assertThat(contentType(fetch("/dcat/catalog", "text/html,application/xhtml+xml,*/*;q=0.8")))
                .isEqualTo("application/ld+json");
        assertThat(contentType(fetch("/dcat/catalog", null))).isEqualTo("application/ld+json");
        assertThat(fetch("/dcat/catalog", "text/turtle").getHeader(HttpHeaders.VARY))
                .contains("Accept");
    }

    @Test
    void aPageThatDoesNotExistIsABadRequestWithAReasonNotAStackTrace() throws Exception {
        int last = OpenCatalogue.lastPageOf(catalog.countPublished());
        for (String page : List.of("0", "-1", "abc", "1.5", "1e3", "99999999999", String.valueOf(last + 1))) {
            MockHttpServletResponse response = fetch("/dcat/catalog.ttl?page=" + page);

            assertThat(response.getStatus()).as("page=%s", page).isEqualTo(400);
            String body = response.getContentAsString(StandardCharsets.UTF_8);
            assertThat(body).as("page=%s", page).startsWith("page ").doesNotContain("Exception", "at dataport.");
        }
    }

    @Test
    void anUnchangedPageIsNotSentAgainToAClientThatHasIt() throws Exception {
        MockHttpServletResponse first = fetch("/dcat/catalog.jsonld?page=1");
        String etag = first.getHeader(HttpHeaders.ETAG);
        assertThat(etag).isNotBlank();

        MockHttpServletResponse again = mvc.perform(get("/dcat/catalog.jsonld?page=1")
                        .header(HttpHeaders.IF_NONE_MATCH, etag)
                        .with(anonymous()))
                .andReturn()
                .getResponse();

        assertThat(again.getStatus()).isEqualTo(304);
        assertThat(again.getContentAsByteArray()).isEmpty();
    }

    private MockHttpServletResponse fetch(String url) throws Exception {
        return fetch(url, null);
    }

    private MockHttpServletResponse fetch(String url, String accept) throws Exception {
        var request = get(url).with(anonymous());
        if (accept != null) {
            request.header(HttpHeaders.ACCEPT, accept);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private static String contentType(MockHttpServletResponse response) {
        MediaType type = MediaType.parseMediaType(response.getContentType());
        return type.getType() + "/" + type.getSubtype();
    }
}
