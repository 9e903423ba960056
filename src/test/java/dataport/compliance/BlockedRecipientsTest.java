package dataport.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dataport.IntegrationTest;
import dataport.catalog.DataClassification;
import dataport.catalog.DemoSignIn;
import dataport.catalog.ListingDetails;
import dataport.orders.CheckoutRefused;
import dataport.orders.OrderService;
import dataport.shared.ExportNotice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;

/** The blocked-recipients list as compliance staff keep it, and routing reading it. */
@IntegrationTest
class BlockedRecipientsTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    RecipientBlocklist blocklist;

    @Autowired
    OrderService orders;

    @Autowired
    JdbcTemplate jdbc;

    CrossBorderFixtures f;
    ListingDetails harmless;

    @BeforeEach
    void fixtures() {
        f = new CrossBorderFixtures(context);
        harmless = f.listing(DataClassification.GENERAL, l -> true);
        f.declare(harmless.id(), CrossBorderFixtures.noPersonalInformation());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aBuyerOnTheListIsBlockedAndNoLongerOnceTheEntryIsDeactivated() {
        assertThat(routedOutcome()).as("before the entry").isEqualTo("ALLOWED");

        DemoSignIn.as(f.signIn, DemoSignIn.COMPLIANCE);
        long entry = blocklist.add(new NewBlockedRecipient(
                "Demo Buyer Ltd",
                "DE",
                DemoSignIn.BUYER.toUpperCase(),
                null,
                "HRB 4711",
                "Named in a sanctions notice",
                "PIPL Art. 42"));
        try {
            DemoSignIn.as(f.signIn, DemoSignIn.BUYER);
            assertThat(orders.exportPreview(harmless.id(), "DE"))
                    .get()
                    .extracting(ExportNotice::ruleCode)
                    .isEqualTo("BLOCKED_RECIPIENT");
            assertThatThrownBy(() -> f.order(harmless, "DE"))
                    .isInstanceOfSatisfying(
                            CheckoutRefused.class,
                            r -> assertThat(r.reason()).isEqualTo(CheckoutRefused.Reason.EXPORT_BLOCKED));
        } finally {
            DemoSignIn.as(f.signIn, DemoSignIn.COMPLIANCE);
            BlockedRecipientRow row = blocklist.entries().stream()
                    .filter(r -> r.id() == entry)
                    .findFirst()
                    .orElseThrow();
            blocklist.deactivate(entry, row.version(), "Notice withdrawn");
        }

        assertThat(routedOutcome()).as("after deactivation").isEqualTo("ALLOWED");
        assertThat(jdbc.queryForList(
                        "SELECT action FROM audit_event WHERE subject_type = 'blocked-recipient' AND subject_id = ?",
                        String.class,
                        String.valueOf(entry)))
                .containsExactlyInAnyOrder("blocked-recipient.added", "blocked-recipient.deactivated");
        DemoSignIn.as(f.signIn, DemoSignIn.COMPLIANCE);
        assertThat(blocklist.entries())
                .filteredOn(r -> r.id() == entry)
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.active()).isFalse();
                    assertThat(r.deactivationReason()).isEqualTo("Notice withdrawn");
                    assertThat(r.deactivatedBy()).isEqualTo(DemoSignIn.COMPLIANCE);
                });
    }

    @Test
    void aDomainEntryMatchesSubdomainsAndACountryWideEntryOnlyItsCountry() {
        BlockedRecipient byDomain = new BlockedRecipient(
                new NewBlockedRecipient("Example", null, null, "@Example.com", null, "r", "b"),
                "s",
                java.time.Instant.EPOCH);
        assertThat(byDomain.matches("a@mail.example.com", "US")).isTrue();
        assertThat(byDomain.matches("a@EXAMPLE.COM", "US")).isTrue();
        assertThat(byDomain.matches("a@notexample.com", "US")).isFalse();

        BlockedRecipient wholeCountry = new BlockedRecipient(
                new NewBlockedRecipient("Somewhere", "KP", null, null, null, "r", "b"), "s", java.time.Instant.EPOCH);
        assertThat(wholeCountry.matches("a@example.com", "KP")).isTrue();
        assertThat(wholeCountry.matches("a@example.com", "US")).isFalse();

        wholeCountry.deactivate("lifted", "s", java.time.Instant.EPOCH);
        assertThat(wholeCountry.matches("a@example.com", "KP")).isFalse();
        assertThatThrownBy(() -> wholeCountry.deactivate("again", "s", java.time.Instant.EPOCH))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anEntryNeedsAWayToMatchABuyerAndAReasonAndOnlyComplianceMayAddOne() {
        assertThat(new NewBlockedRecipient("X", null, null, null, "123", " ", null).problems())
                .extracting(ListingDeclaration.Problem::messageKey)
                .contains("compliance.blocked.error.no-identifier", "compliance.blocked.error.required");
        assertThat(new NewBlockedRecipient("X", "CN", null, null, null, "r", "b").problems())
                .extracting(ListingDeclaration.Problem::messageKey)
                .containsExactly("compliance.blocked.error.mainland");

        DemoSignIn.as(f.signIn, DemoSignIn.BUYER);
        assertThatThrownBy(() -> blocklist.add(new NewBlockedRecipient("X", "US", null, null, null, "r", "b")))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** Routes a fresh order of the demo buyer for use in Germany and returns its outcome. */
    private String routedOutcome() {
        long order = f.order(harmless, "DE");
        return jdbc.queryForObject("SELECT outcome FROM compliance_routing WHERE order_id = ?", String.class, order);
    }
}
