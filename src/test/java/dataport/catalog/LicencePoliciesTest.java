package dataport.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dataport.IntegrationTest;
import dataport.orders.CheckoutRequest;
import dataport.orders.OrderLicence;
import dataport.orders.OrderService;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * Licence policies end to end: an order keeps the policy it was bought under whatever the listing says later, the
 * ODRL endpoints answer anyone with JSON-LD (404 for what does not exist), and stored policies cannot be changed.
 */
@IntegrationTest
class LicencePoliciesTest {

    static final LicenceTerms TWELVE_MONTHS_IN_CHINA =
            new LicenceTerms(LicenceUse.COMMERCIAL, false, true, true, List.of("CN"), 12, 5);
    static final LicenceTerms INTERNAL_WORLDWIDE = LicenceTerms.defaults();

    @Autowired
    WebApplicationContext web;

    @Autowired
    AuthenticationProvider signIn;

    @Autowired
    CatalogService catalog;

    @Autowired
    LicencePolicies policies;

    @Autowired
    OrderService orders;

    @Autowired
    Listings listings;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcTemplate jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).build();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    long publishedListing(LicenceTerms terms) {
        long merchantId =
                catalog.details(catalog.publishedIds()).getFirst().merchant().id();
        DemoSignIn.as(signIn, DemoSignIn.COMPLIANCE);
        long id = catalog.createPublished(
                merchantId,
                TestListings.content()
                        .title(dataport.shared.Bilingual.of("Licensed port data", "许可港口数据"))
                        .licenceTerms(terms)
                        .build(),
                Instant.now());
        SecurityContextHolder.clearContext();
        return id;
    }

    long order(long listingId) {
        ListingDetails listing = catalog.findPublished(listingId).orElseThrow();
        DemoSignIn.as(signIn, DemoSignIn.BUYER);
        return orders.placeOrder(new CheckoutRequest(
                "licence-test-" + UUID.randomUUID(),
                listingId,
                listing.version(),
                0,
                listing.plans().getFirst().price(),
                1,
                null));
    }

    @Test
    void anOrderKeepsThePolicyItWasBoughtUnderAfterTheListingsLicenceChanges() throws Exception {
        long listingId = publishedListing(TWELVE_MONTHS_IN_CHINA);
        long orderId = order(listingId);
        LicencePolicy bought =
                orders.licenceOfMyOrder(orderId).map(OrderLicence::policy).orElseThrow();
        assertThat(bought.terms()).isEqualTo(TWELVE_MONTHS_IN_CHINA);
        assertThat(bought.listingId()).isEqualTo(listingId);

        transaction.executeWithoutResult(
                tx -> listings.findById(listingId).orElseThrow().license(INTERNAL_WORLDWIDE));

        LicencePolicy now = policies.current(listingId).orElseThrow();
        assertThat(now.uid()).isNotEqualTo(bought.uid());
        assertThat(now.terms()).isEqualTo(INTERNAL_WORLDWIDE);
        assertThat(orders.licenceOfMyOrder(orderId).map(OrderLicence::policy).orElseThrow())
                .isEqualTo(bought);
        SecurityContextHolder.clearContext();
        mvc.perform(get("/odrl/policies/" + bought.uid()))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("\"P12M\"")));
        mvc.perform(get("/odrl/listings/" + listingId))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Location", policies.url(now.uid())))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("P12M"))));
    }

    @Test
    void anotherUserCannotReadTheLicenceOfSomeoneElsesOrder() {
        long orderId = order(publishedListing(TWELVE_MONTHS_IN_CHINA));

        DemoSignIn.as(signIn, DemoSignIn.ADMIN);

        assertThat(orders.licenceOfMyOrder(orderId)).isEmpty();
    }

    @Test
    void theSameLicenceIsOnePolicyHoweverOftenItIsAsked() {
        long listingId = publishedListing(TWELVE_MONTHS_IN_CHINA);

        String first = policies.current(listingId).orElseThrow().uid();
        String second = policies.current(listingId).orElseThrow().uid();

        assertThat(second).isEqualTo(first);
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM licence_policy WHERE listing_id = ?", Long.class, listingId))
                .isOne();
    }

    @Test
    void storedPoliciesCannotBeChangedOrDeleted() {
        String uid = policies.current(publishedListing(INTERNAL_WORLDWIDE))
                .orElseThrow()
                .uid();

        assertThatThrownBy(() -> jdbc.update("UPDATE licence_policy SET terms = 'x' WHERE uid = ?", uid))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM licence_policy WHERE uid = ?", uid))
                .hasMessageContaining("append-only");
    }

    @Test
    void aListingsPolicyIsPublicJsonLdNamingItsStableAddress() throws Exception {
        long listingId = publishedListing(TWELVE_MONTHS_IN_CHINA);

        mvc.perform(get("/odrl/listings/" + listingId))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/ld+json"))
                .andExpect(header().string("Link", org.hamcrest.Matchers.containsString("rel=\"canonical\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("\"@type\" : \"Offer\"")))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("http://www.w3.org/ns/odrl.jsonld")));
        String uid = policies.current(listingId).orElseThrow().uid();
        mvc.perform(get("/odrl/policies/" + uid))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/ld+json"))
                .andExpect(header().string("Cache-Control", org.hamcrest.Matchers.containsString("immutable")));
    }

    @Test
    void unknownPoliciesAndListingsThatAreNotPublishedAnswer404() throws Exception {
        mvc.perform(get("/odrl/policies/" + "0".repeat(64))).andExpect(status().isNotFound());
        mvc.perform(get("/odrl/policies/not-a-uid")).andExpect(status().isNotFound());
        mvc.perform(get("/odrl/listings/999999999")).andExpect(status().isNotFound());
        mvc.perform(get("/odrl/listings/abc")).andExpect(status().isNotFound());
        DemoSignIn.as(signIn, DemoSignIn.MERCHANT);
        long draft = catalog.createDraft(TestListings.content("Draft port data", "港口数据草稿"));
        SecurityContextHolder.clearContext();
        mvc.perform(get("/odrl/listings/" + draft)).andExpect(status().isNotFound());
    }
}
