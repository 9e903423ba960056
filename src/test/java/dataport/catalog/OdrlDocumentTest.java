package dataport.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.shared.Bilingual;
import dataport.shared.SiteUrl;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The ODRL document read as RDF with Apache Jena. The tests have no network, so the document's context URL is
 * replaced by an inline context with the same mappings for the terms used (the ODRL 2.2 namespace).
 */
class OdrlDocumentTest {

    static final SiteUrl SITE = new SiteUrl("https://dataport.example/");
    static final String UID = "a".repeat(64);
    static final String POLICY = "https://dataport.example/odrl/policies/" + UID;

    static LicencePolicy policy(LicenceTerms terms, Bilingual additions) {
        return new LicencePolicy(UID, 42, 7, "harbour-data", terms, additions, Instant.parse("2026-12-07T02:00:00Z"));
    }

    static Model rdf(Map<String, Object> document) {
        Map<String, Object> local = new LinkedHashMap<>(document);
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("@vocab", "http://www.w3.org/ns/odrl/2/");
        context.put("odrl", "http://www.w3.org/ns/odrl/2/");
        context.put("dct", "http://purl.org/dc/terms/");
        context.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        context.put("uid", "@id");
        for (String reference :
                List.of("assigner", "target", "attributedParty", "permission", "prohibition", "duty", "constraint")) {
            context.put(reference, Map.of("@type", "@id"));
        }
        for (String vocab : List.of("action", "leftOperand", "operator")) {
            context.put(vocab, Map.of("@type", "@vocab"));
        }
        local.put("@context", context);
        String json = JsonMapper.builder().build().writeValueAsString(local);
        return RDFParser.fromString(json, Lang.JSONLD).toModel();
    }

    static boolean ask(Model model, String where) {
        String query = """
                PREFIX odrl: <http://www.w3.org/ns/odrl/2/>
                PREFIX dct: <http://purl.org/dc/terms/>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                ASK { %s }""".formatted(where);
        try (QueryExecution q = QueryExecution.model(model).query(query).build()) {
            return q.execAsk();
        }
    }

    @Test
    void theDocumentIsAnOdrlOfferOfTheMerchantForTheListingUnderItsStableAddress() {
        Map<String, Object> doc = OdrlDocument.of(policy(LicenceTerms.defaults(), null), SITE);

        assertThat(doc.get("@context")).isEqualTo("http://www.w3.org/ns/odrl.jsonld");
        Model model = rdf(doc);
        assertThat(ask(
                        model,
                        "<" + POLICY + "> a odrl:Offer ;"
                                + " odrl:assigner <https://dataport.example/merchants/harbour-data> ;"
                                + " odrl:target <https://dataport.example/listings/42> ."))
                .isTrue();
    }

    @Test
    void internalUseIsAPurposeConstraintAndOnwardTransferIsProhibited() {
        Model model = rdf(OdrlDocument.of(policy(LicenceTerms.defaults(), null), SITE));

        assertThat(
                        ask(
                                model,
                                "<" + POLICY + "> odrl:permission ?p . ?p odrl:action odrl:use ; odrl:constraint ?c ."
                                        + " ?c odrl:leftOperand odrl:purpose ; odrl:operator odrl:eq ; odrl:rightOperand \"internal\" ."))
                .isTrue();
        for (String action : List.of("distribute", "sell", "give")) {
            assertThat(ask(model, "<" + POLICY + "> odrl:prohibition ?p . ?p odrl:action odrl:" + action + " ."))
                    .as(action)
                    .isTrue();
        }
        assertThat(ask(model, "<" + POLICY + "> odrl:permission ?p . ?p odrl:action odrl:derive ."))
                .isTrue();
        assertThat(ask(
                        model,
                        "?c odrl:leftOperand ?left . FILTER (?left IN (odrl:spatial, odrl:elapsedTime, odrl:count))"))
                .as("worldwide, perpetual and unlimited need no constraint")
                .isFalse();
    }

    @Test
    void territoryTermUsersAttributionAndAdditionsBecomeConstraintsDutiesAndDescriptions() {
        LicenceTerms terms = new LicenceTerms(LicenceUse.COMMERCIAL, false, true, false, List.of("CN", "HK"), 12, 5);
        Model model = rdf(OdrlDocument.of(policy(terms, Bilingual.of("No scraping.", "不得爬取。")), SITE));

        String use = "<" + POLICY + "> odrl:permission ?p . ?p odrl:action odrl:use ; odrl:constraint ?c . ";
        assertThat(ask(
                        model,
                        use + "?c odrl:leftOperand odrl:spatial ; odrl:operator odrl:isAnyOf ;"
                                + " odrl:rightOperand \"CN\", \"HK\" ."))
                .isTrue();
        assertThat(ask(
                        model,
                        use + "?c odrl:leftOperand odrl:elapsedTime ; odrl:operator odrl:lteq ;"
                                + " odrl:rightOperand \"P12M\"^^xsd:duration ."))
                .isTrue();
        assertThat(ask(model, use + "?c odrl:leftOperand odrl:count ; odrl:operator odrl:lteq ; odrl:rightOperand 5 ."))
                .isTrue();
        assertThat(ask(
                        model,
                        use + "?c odrl:leftOperand odrl:purpose ; odrl:operator odrl:isAnyOf ;"
                                + " odrl:rightOperand \"commercial\" ."))
                .isTrue();
        assertThat(ask(
                        model,
                        "<" + POLICY + "> odrl:permission ?p . ?p odrl:action odrl:distribute ;"
                                + " odrl:duty ?d . ?d odrl:action odrl:attribute ;"
                                + " odrl:attributedParty <https://dataport.example/merchants/harbour-data> ."))
                .isTrue();
        assertThat(ask(model, "<" + POLICY + "> odrl:prohibition ?p . ?p odrl:action odrl:derive ."))
                .isTrue();
        assertThat(ask(model, "<" + POLICY + "> dct:description \"不得爬取。\"@zh-Hans, \"No scraping.\"@en ."))
                .isTrue();
    }

    @Test
    void theUidIsTheSameForTheSameContentAndChangesWithAnyTerm() {
        Bilingual none = Bilingual.of(null, null);
        String a = LicencePolicies.uid(42, 7, "harbour-data", LicenceTerms.defaults(), none);

        assertThat(LicencePolicies.uid(42, 7, "harbour-data", LicenceTerms.defaults(), none))
                .isEqualTo(a)
                .hasSize(64);
        assertThat(LicencePolicies.uid(
                        42,
                        7,
                        "harbour-data",
                        new LicenceTerms(LicenceUse.INTERNAL, true, false, true, List.of(), 12, null),
                        none))
                .isNotEqualTo(a);
        assertThat(LicencePolicies.uid(43, 7, "harbour-data", LicenceTerms.defaults(), none))
                .isNotEqualTo(a);
        assertThat(LicencePolicies.uid(42, 7, "harbour-data", LicenceTerms.defaults(), Bilingual.of("x", null)))
                .isNotEqualTo(a);
    }
}
