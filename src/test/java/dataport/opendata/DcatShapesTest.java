package dataport.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.catalog.CategoryRef;
import dataport.catalog.ListingDetails;
import dataport.catalog.ListingStatus;
import dataport.catalog.PublishedListing;
import dataport.catalog.PublishedSlice;
import dataport.catalog.TestListings;
import dataport.merchants.MerchantStatus;
import dataport.merchants.MerchantSummary;
import dataport.merchants.Origin;
import dataport.opendata.DcatGraph.CatalogueTexts;
import dataport.opendata.DcatGraph.Paging;
import dataport.shared.Bilingual;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;

/**
 * The catalogue graph against the official DCAT-AP 3.0.1 SHACL shapes, without a database: both serialisations of a
 * page with a hostile title conform, and the validator does fail a dataset that lacks a mandatory property.
 * {@code OpenCatalogueHttpTest} validates what the endpoint serves from real listings.
 */
class DcatShapesTest {

    static final String SITE = "https://dataport.example";
    static final String HOSTILE_EN =
            "Quote \" 'single' <script>alert(1)</script> \"\"\"triple\"\"\" \\ back\nslash & ]]>";
    static final String HOSTILE_ZH = "跨境\"数据\" <b>粗</b>\n第二行 \"\"\" 🚀";

    static final CategoryRef CLOUD = new CategoryRef("cloud", Bilingual.of("Cloud services", "云服务"), null);
    static final CategoryRef STORAGE = new CategoryRef("cloud-storage", Bilingual.of("Storage", "存储"), CLOUD);
    static final CategoryRef NFT = new CategoryRef("nft", Bilingual.of("NFT", "数字藏品"), null);

    static final MerchantSummary MERCHANT = new MerchantSummary(
            7L,
            "harbour-data",
            Bilingual.of("Harbour <Data> \"Ltd\"", "港湾数据"),
            Origin.DOMESTIC,
            "CN",
            "Shanghai",
            "https://harbour.example",
            2019,
            Bilingual.of("x", "x"),
            MerchantStatus.ACTIVE,
            false,
            null,
            null);

    @Test
    void bothSerialisationsOfAPageWithAHostileTitleConformToTheDcatApShapes() {
        Model graph = page(hostileListing(41L), englishOnlyListing(42L));

        for (CatalogueFormat format : CatalogueFormat.values()) {
            Model parsed = DcatShapes.parse(write(graph, format), lang(format));
            ValidationReport report = DcatShapes.validate(parsed);

            assertThat(report.conforms())
                    .as("%s conforms to DCAT-AP 3.0.1; report:%n%s", format, DcatShapes.describe(report))
                    .isTrue();
            assertThat(parsed.isIsomorphicWith(graph))
                    .as("%s reads back as the graph that was written", format)
                    .isTrue();
            Resource hostile = parsed.getResource(SITE + "/listings/41#dataset");
            assertThat(hostile.listProperties(DCTerms.title)
                            .mapWith(s -> s.getLiteral().getLexicalForm())
                            .toList())
                    .containsExactlyInAnyOrder(HOSTILE_EN, HOSTILE_ZH);
        }
    }

    /**
     * DCAT-AP 3.0.1's {@code ranges.ttl} still links five property shapes it no longer defines: in 3.0.0 they were
     * {@code sh:class rdfs:Resource} ranges (e.g. a dataset's "related resource", {@code dct:relation}), which 3.0.1
     * dropped. Jena refuses a shapes graph with such links, so the loader removes exactly these and nothing else.
     */
    @Test
    void theOfficialShapesAreUsedWholeButForTheFiveRangeLinksTheyNameWithoutDefining() {
        DcatShapes.validate(page());

        String release = "https://semiceu.github.io/DCAT-AP/releases/3.0.1#";
        assertThat(DcatShapes.DANGLING)
                .containsExactlyInAnyOrder(
                        release + "dcat:RelationshipShape/b7aa98e1befa5130659568aa62e7f38575dc17c1",
                        release + "dcat:DatasetShape/4918ff7a6c1c4b0eea6403dca4b992b87ee1f4ab",
                        release + "dcat:DatasetShape/95c69c99a1e3ade043911b51b942f206dea0e68d",
                        release + "dcat:DistributionShape/a07d6e7a0a1790b89a1ce7ff602cbbd9ea835282",
                        release + "dcat:DistributionShape/653804840386e33525b3d39d205c174780be414b");
    }

    @Test
    void aDatasetHasOnlyTheLanguagesItsTextsArePresentIn() {
        Model graph = page(englishOnlyListing(42L));

        Resource dataset = graph.getResource(SITE + "/listings/42#dataset");
        assertThat(dataset.listProperties(DCTerms.title)
                        .mapWith(s -> s.getLiteral().getLanguage())
                        .toList())
                .containsExactly("en");
    }

    @Test
    void theValidatorRejectsADatasetWithoutItsMandatoryDescription() {
        Model graph = page(hostileListing(41L));
        graph.getResource(SITE + "/listings/41#dataset").removeAll(DCTerms.description);

        ValidationReport report = DcatShapes.validate(graph);

        assertThat(report.conforms()).isFalse();
        assertThat(report.getEntries())
                .anySatisfy(entry -> assertThat(entry.resultPath().toString()).contains("description"));
    }

    @Test
    void noAddressInTheGraphLeadsToADeliveryDownloadOrKeyPage() {
        String turtle = new String(write(page(hostileListing(41L)), CatalogueFormat.TURTLE), StandardCharsets.UTF_8);

        assertThat(turtle).doesNotContain("/download", "/purchases", "/api/", "/deliver", "/keys");
        Model graph = page(hostileListing(41L));
        Resource distribution = graph.getResource(SITE + "/listings/41#distribution");
        assertThat(distribution.getPropertyResourceValue(DCAT.accessURL).getURI())
                .isEqualTo(SITE + "/listings/41");
    }

    static Model page(ListingDetails... listings) {
        List<PublishedListing> published = java.util.Arrays.stream(listings)
                .map(l -> new PublishedListing(l, Instant.parse("2026-12-01T08:00:00.123Z")))
                .toList();
        return DcatGraph.build(
                SITE,
                new CatalogueTexts(
                        Bilingual.of("Catalogue", "目录"),
                        Bilingual.of("All listings", "全部商品"),
                        Bilingual.of("Operator", "运营方"),
                        Bilingual.of("Tracks", "赛道")),
                List.of(CLOUD, NFT),
                new PublishedSlice(published, 250, Instant.parse("2026-12-01T08:00:00Z")),
                new Paging(2, 3, 100));
    }

    static ListingDetails hostileListing(long id) {
        return new ListingDetails(
                id,
                3,
                ListingStatus.PUBLISHED,
                TestListings.content()
                        .title(Bilingual.of(HOSTILE_EN, HOSTILE_ZH))
                        .tags(List.of("ports", "港口\"<"))
                        .build(),
                STORAGE,
                MERCHANT,
                Instant.parse("2026-11-01T02:00:00Z"));
    }

    static ListingDetails englishOnlyListing(long id) {
        return new ListingDetails(
                id,
                1,
                ListingStatus.PUBLISHED,
                TestListings.content()
                        .categoryCode("nft")
                        .title(Bilingual.of("Only English", null))
                        .summary(Bilingual.of("Summary", null))
                        .description(Bilingual.of(null, null))
                        .licence(null)
                        .languages(List.of("en", "xx-invalid"))
                        .regions(List.of("SG", "ZZZ"))
                        .updateFrequency(dataport.catalog.UpdateFrequency.ON_DEMAND)
                        .build(),
                NFT,
                MERCHANT,
                Instant.parse("2026-11-02T02:00:00Z"));
    }

    static byte[] write(Model graph, CatalogueFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, graph, format.rdfFormat());
        return out.toByteArray();
    }

    static Lang lang(CatalogueFormat format) {
        return format == CatalogueFormat.TURTLE ? Lang.TURTLE : Lang.JSONLD;
    }
}
