package dataport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIRequestContext;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Playwright;
import dataport.e2e.pages.DcatFeed;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The open DCAT-AP catalogue of the running jar, read as a harvester reads it: over HTTP without a browser, parsed
 * with Apache Jena. A published demo listing is in it with its licence policy link; a draft is not.
 */
class OpenCatalogueTest {

    static final String BASE_URL = E2eTest.BASE_URL;
    static final String ODRL = "http://www.w3.org/ns/odrl/2/";

    static Playwright playwright;
    static APIRequestContext http;

    @BeforeAll
    static void connect() {
        playwright = Playwright.create();
        http = playwright.request().newContext();
    }

    @AfterAll
    static void disconnect() {
        if (http != null) {
            http.dispose();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @Test
    void aPublishedDemoListingIsInTheCatalogueWithItsLicencePolicyAndADraftIsNot() throws Exception {
        long publishedId = firstPublishedListing();
        long draftId = draftCopyOf(publishedId);
        DcatFeed feed = new DcatFeed(http, BASE_URL);

        Model catalogue = feed.wholeCatalogue();

        Resource dataset = datasetOf(catalogue, publishedId);
        assertThat(dataset).as("listing %d is in the catalogue", publishedId).isNotNull();
        assertThat(dataset.getPropertyResourceValue(DCAT.landingPage).getURI()).endsWith("/listings/" + publishedId);
        assertThat(dataset.hasProperty(DCTerms.title)).isTrue();
        Resource distribution = dataset.getPropertyResourceValue(DCAT.distribution);
        assertThat(distribution.getPropertyResourceValue(catalogue.createProperty(ODRL + "hasPolicy"))
                        .getURI())
                .endsWith("/odrl/listings/" + publishedId);
        assertThat(distribution.getPropertyResourceValue(DCAT.accessURL).getURI())
                .endsWith("/listings/" + publishedId);
        assertThat(datasetOf(catalogue, draftId)).as("draft %d is not in the catalogue", draftId).isNull();
        assertThat(catalogue.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList())
                .hasSize(publishedCount());
    }

    @Test
    void theCatalogueAnswersJsonLdAndTurtleAndRefusesAPageThatDoesNotExist() {
        DcatFeed feed = new DcatFeed(http, BASE_URL);

        Model jsonLd = feed.page("/dcat/catalog", "application/ld+json", Lang.JSONLD);
        Model turtle = feed.page("/dcat/catalog.ttl", "*/*", Lang.TURTLE);
        assertThat(jsonLd.isIsomorphicWith(turtle)).as("the same first page in both formats").isTrue();
        assertThat(jsonLd.listSubjectsWithProperty(RDF.type, DCAT.Catalog).toList()).hasSize(1);

        APIResponse bad = feed.fetch("/dcat/catalog.jsonld?page=0", "application/ld+json");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.text()).startsWith("page must be 1 or more");
    }

    private static Resource datasetOf(Model catalogue, long listingId) {
        return catalogue.listSubjectsWithProperty(RDF.type, DCAT.Dataset).toList().stream()
                .filter(d -> d.getURI().endsWith("/listings/" + listingId + "#dataset"))
                .findFirst()
                .orElse(null);
    }

    private static long firstPublishedListing() throws Exception {
        try (Connection c = E2eDatabase.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT MIN(id) FROM listing WHERE status = 'PUBLISHED'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static int publishedCount() throws Exception {
        try (Connection c = E2eDatabase.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM listing WHERE status = 'PUBLISHED'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * A draft listing of the same merchant: a copy of the published row with status DRAFT and no publication time, as
     * a merchant's unsubmitted work is stored (the editor's own tests create drafts through the UI).
     */
    private static long draftCopyOf(long listingId) throws Exception {
        try (Connection c = E2eDatabase.connect()) {
            List<String> columns = new ArrayList<>();
            try (ResultSet rs = c.getMetaData().getColumns(c.getCatalog(), null, "listing", null)) {
                while (rs.next()) {
                    columns.add(rs.getString("COLUMN_NAME"));
                }
            }
            List<String> copied = columns.stream()
                    .filter(col -> !col.equals("id"))
                    .toList();
            String values = String.join(
                    ", ",
                    copied.stream()
                            .map(col -> switch (col) {
                                case "status" -> "'DRAFT'";
                                case "published_at", "external_id", "source_url", "submitted_at" -> "NULL";
                                case "title_en" -> "?";
                                default -> col;
                            })
                            .toList());
            String sql = "INSERT INTO listing (" + String.join(", ", copied) + ") SELECT " + values
                    + " FROM listing WHERE id = ?";
            try (PreparedStatement insert = c.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, "E2E draft " + UUID.randomUUID());
                insert.setLong(2, listingId);
                assertThat(insert.executeUpdate()).isEqualTo(1);
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return keys.getLong(1);
                }
            }
        }
    }
}
