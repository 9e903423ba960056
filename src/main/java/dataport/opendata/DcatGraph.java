package dataport.opendata;

import dataport.catalog.CategoryRef;
import dataport.catalog.ListingContent;
import dataport.catalog.ListingDetails;
import dataport.catalog.PublishedListing;
import dataport.catalog.PublishedSlice;
import dataport.merchants.MerchantSummary;
import dataport.opendata.Vocabulary.FOAF;
import dataport.opendata.Vocabulary.HYDRA;
import dataport.opendata.Vocabulary.ODRL;
import dataport.shared.Bilingual;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.springframework.web.util.UriUtils;

/**
 * Builds one page of the DCAT-AP 3 catalogue as an RDF graph: the {@code dcat:Catalog} with its publisher and theme
 * taxonomy, one {@code dcat:Dataset} per published listing on the page (merchant as {@code foaf:Agent}, track as
 * {@code skos:Concept}, one distribution whose access URL is the public listing page and whose policy is the listing's
 * ODRL offer), and the Hydra paging links. Pure: everything it describes comes in as arguments; Jena writes the text,
 * so a hostile title is escaped by the serialiser, never by hand.
 *
 * <p>No delivery, download or API-key address ever enters the graph: the only addresses are the site's public pages
 * ({@code /listings/{id}}, {@code /merchants/{slug}}, {@code /categories/{code}}), the ODRL policy and this feed.
 */
final class DcatGraph {

    static final String EN = "en";
    static final String ZH = "zh";

    /** The catalogue's own texts in both languages (from the opendata message bundle). */
    record CatalogueTexts(Bilingual title, Bilingual description, Bilingual publisher, Bilingual themesTitle) {}

    /** Where the page stands: 1-based page number, the last page's number and the fixed page size. */
    record Paging(int page, int lastPage, int pageSize) {}

    private final String site;
    private final Model model = ModelFactory.createDefaultModel();

    private DcatGraph(String site) {
        this.site = site;
        model.setNsPrefix("dcat", Vocabulary.DCAT);
        model.setNsPrefix("dct", Vocabulary.DCT);
        model.setNsPrefix("foaf", Vocabulary.FOAF_NS);
        model.setNsPrefix("odrl", Vocabulary.ODRL_NS);
        model.setNsPrefix("hydra", Vocabulary.HYDRA_NS);
        model.setNsPrefix("skos", Vocabulary.SKOS);
        model.setNsPrefix("xsd", Vocabulary.XSD);
        model.setNsPrefix("rdfs", Vocabulary.RDFS);
    }

    /** The catalogue page for {@code slice}, with the tracks (top-level categories) as the theme scheme. */
    static Model build(
            String siteBase, CatalogueTexts texts, List<CategoryRef> tracks, PublishedSlice slice, Paging paging) {
        DcatGraph graph = new DcatGraph(siteBase);
        graph.describe(texts, tracks, slice, paging);
        return graph.model;
    }

    /** The catalogue's address (the feed without a page number). */
    static String catalogueIri(String siteBase) {
        return siteBase + "/dcat/catalog";
    }

    static String pageIri(String siteBase, int page) {
        return catalogueIri(siteBase) + "?page=" + page;
    }

    /** The listing's ODRL policy, served by the licence module at this address. */
    static String policyIri(String siteBase, long listingId) {
        return siteBase + "/odrl/listings/" + listingId;
    }

    static String listingPage(String siteBase, long listingId) {
        return siteBase + "/listings/" + listingId;
    }

    private void describe(CatalogueTexts texts, List<CategoryRef> tracks, PublishedSlice slice, Paging paging) {
        Resource catalogue = model.createResource(catalogueIri(site))
                .addProperty(RDF.type, DCAT.Catalog)
                .addProperty(RDF.type, HYDRA.Collection);
        addBilingual(catalogue, DCTerms.title, texts.title());
        addBilingual(catalogue, DCTerms.description, texts.description());
        Resource operator = model.createResource(site + "/#operator")
                .addProperty(RDF.type, FOAF.Agent)
                .addProperty(FOAF.homepage, document(site + "/"));
        addBilingual(operator, FOAF.name, texts.publisher());
        catalogue.addProperty(DCTerms.publisher, operator);
        catalogue.addProperty(FOAF.homepage, document(site + "/"));
        catalogue.addProperty(DCTerms.language, language(EN));
        catalogue.addProperty(DCTerms.language, language(ZH));
        if (slice.lastChange() != null) {
            catalogue.addProperty(DCTerms.modified, dateTime(slice.lastChange()));
        }
        Resource scheme = themeScheme(texts, tracks);
        catalogue.addProperty(DCAT.themeTaxonomy, scheme);
        catalogue.addProperty(DCAT.themeTaxonomy, euThemeScheme());
        catalogue.addLiteral(
                HYDRA.totalItems, model.createTypedLiteral(slice.totalPublished(), XSDDatatype.XSDinteger));

        Resource view = model.createResource(pageIri(site, paging.page()))
                .addProperty(RDF.type, HYDRA.PartialCollectionView)
                .addProperty(HYDRA.first, model.createResource(pageIri(site, 1)))
                .addProperty(HYDRA.last, model.createResource(pageIri(site, paging.lastPage())))
                .addLiteral(HYDRA.itemsPerPage, model.createTypedLiteral(paging.pageSize(), XSDDatatype.XSDinteger));
        if (paging.page() > 1) {
            view.addProperty(HYDRA.previous, model.createResource(pageIri(site, paging.page() - 1)));
        }
        if (paging.page() < paging.lastPage()) {
            view.addProperty(HYDRA.next, model.createResource(pageIri(site, paging.page() + 1)));
        }
        catalogue.addProperty(HYDRA.view, view);

        for (PublishedListing listing : slice.listings()) {
            catalogue.addProperty(DCAT.dataset, dataset(listing, scheme));
        }
    }

    private Resource dataset(PublishedListing published, Resource scheme) {
        ListingDetails listing = published.details();
        ListingContent content = listing.content();
        String page = listingPage(site, listing.id());
        Resource dataset = model.createResource(page + "#dataset")
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.identifier, String.valueOf(listing.id()));
        addBilingual(dataset, DCTerms.title, content.title());
        Bilingual description = firstPresent(content.description(), content.summary(), content.title());
        addBilingual(dataset, DCTerms.description, description);
        Set<String> keywords = new LinkedHashSet<>(content.tags());
        keywords.forEach(tag -> dataset.addProperty(DCAT.keyword, tag));
        if (listing.merchant() != null) {
            dataset.addProperty(DCTerms.publisher, merchant(listing.merchant()));
        }
        if (listing.category() != null) {
            CategoryRef track = listing.category().track();
            dataset.addProperty(DCAT.theme, trackConcept(track, scheme));
            EuVocabularies.themeOfTrack(track.code())
                    .ifPresent(theme -> dataset.addProperty(DCAT.theme, euTheme(theme)));
        }
        dataset.addProperty(DCAT.landingPage, document(page));
        if (listing.publishedAt() != null) {
            dataset.addProperty(DCTerms.issued, dateTime(listing.publishedAt()));
        }
        if (published.modifiedAt() != null) {
            dataset.addProperty(DCTerms.modified, dateTime(published.modifiedAt()));
        }
        for (String code : new LinkedHashSet<>(content.languages())) {
            EuVocabularies.language(code).ifPresent(iri -> dataset.addProperty(DCTerms.language, linguistic(iri)));
        }
        for (String code : new LinkedHashSet<>(content.regions())) {
            EuVocabularies.country(code)
                    .ifPresent(iri -> dataset.addProperty(
                            DCTerms.spatial, model.createResource(iri).addProperty(RDF.type, DCTerms.Location)));
        }
        EuVocabularies.frequency(content.updateFrequency())
                .ifPresent(iri -> dataset.addProperty(
                        DCTerms.accrualPeriodicity,
                        model.createResource(iri).addProperty(RDF.type, DCTerms.Frequency)));

        Resource distribution = model.createResource(page + "#distribution")
                .addProperty(RDF.type, DCAT.Distribution)
                // The public listing page, where a buyer chooses a plan: never a delivery, download or key address.
                .addProperty(DCAT.accessURL, model.createResource(page))
                .addProperty(
                        ODRL.hasPolicy,
                        model.createResource(policyIri(site, listing.id())).addProperty(RDF.type, ODRL.Policy));
        addBilingual(distribution, DCTerms.title, content.title());
        if (hasText(content.licence())) {
            Resource licence = model.createResource(page + "#licence").addProperty(RDF.type, DCTerms.LicenseDocument);
            addBilingual(licence, RDFS.label, content.licence());
            distribution.addProperty(DCTerms.license, licence);
        }
        dataset.addProperty(DCAT.distribution, distribution);
        return dataset;
    }

    private Resource merchant(MerchantSummary merchant) {
        String page = site + "/merchants/"
                + UriUtils.encodePathSegment(merchant.slug(), java.nio.charset.StandardCharsets.UTF_8);
        Resource agent = model.createResource(page + "#merchant").addProperty(RDF.type, FOAF.Agent);
        if (hasText(merchant.name())) {
            addBilingual(agent, FOAF.name, merchant.name());
        } else {
            agent.addProperty(FOAF.name, merchant.slug());
        }
        agent.addProperty(FOAF.page, document(page));
        return agent;
    }

    private Resource themeScheme(CatalogueTexts texts, List<CategoryRef> tracks) {
        Resource scheme =
                model.createResource(catalogueIri(site) + "#themes").addProperty(RDF.type, SKOS.ConceptScheme);
        addBilingual(scheme, DCTerms.title, texts.themesTitle());
        for (CategoryRef track : tracks) {
            Resource concept = trackConcept(track, scheme);
            scheme.addProperty(SKOS.hasTopConcept, concept);
        }
        return scheme;
    }

    private Resource trackConcept(CategoryRef track, Resource scheme) {
        String page = site + "/categories/"
                + UriUtils.encodePathSegment(track.code(), java.nio.charset.StandardCharsets.UTF_8);
        Resource concept = model.createResource(page + "#theme");
        if (!model.contains(concept, RDF.type, SKOS.Concept)) {
            concept.addProperty(RDF.type, SKOS.Concept)
                    .addProperty(SKOS.notation, track.code())
                    .addProperty(SKOS.inScheme, scheme)
                    .addProperty(SKOS.topConceptOf, scheme);
            addBilingual(concept, SKOS.prefLabel, track.name());
            if (!hasText(track.name())) {
                concept.addProperty(SKOS.prefLabel, track.code(), EN);
            }
        }
        return concept;
    }

    private Resource euThemeScheme() {
        return model.createResource(Vocabulary.EU_DATA_THEME)
                .addProperty(RDF.type, SKOS.ConceptScheme)
                .addProperty(DCTerms.title, "Data theme", EN);
    }

    private Resource euTheme(EuVocabularies.DataTheme theme) {
        Resource concept = model.createResource(theme.iri());
        if (!model.contains(concept, RDF.type, SKOS.Concept)) {
            concept.addProperty(RDF.type, SKOS.Concept)
                    .addProperty(SKOS.prefLabel, theme.label(), EN)
                    .addProperty(SKOS.inScheme, euThemeScheme());
        }
        return concept;
    }

    private Resource language(String code) {
        return linguistic(EuVocabularies.language(code).orElseThrow());
    }

    private Resource linguistic(String iri) {
        return model.createResource(iri).addProperty(RDF.type, DCTerms.LinguisticSystem);
    }

    private Resource document(String iri) {
        return model.createResource(iri).addProperty(RDF.type, FOAF.Document);
    }

    private Literal dateTime(Instant instant) {
        return model.createTypedLiteral(instant.truncatedTo(ChronoUnit.SECONDS).toString(), XSDDatatype.XSDdateTime);
    }

    /** Each language the text has, tagged; a language the text lacks is left out. */
    private static void addBilingual(Resource subject, Property property, Bilingual text) {
        if (text == null) {
            return;
        }
        if (text.en() != null && !text.en().isBlank()) {
            subject.addProperty(property, text.en(), EN);
        }
        if (text.zh() != null && !text.zh().isBlank()) {
            subject.addProperty(property, text.zh(), ZH);
        }
    }

    private static boolean hasText(Bilingual text) {
        return text != null
                && ((text.en() != null && !text.en().isBlank())
                        || (text.zh() != null && !text.zh().isBlank()));
    }

    private static Bilingual firstPresent(Bilingual... texts) {
        for (Bilingual text : texts) {
            if (hasText(text)) {
                return text;
            }
        }
        return null;
    }
}
