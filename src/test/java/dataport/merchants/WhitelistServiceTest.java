package dataport.merchants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dataport.IntegrationTest;
import dataport.audit.AuditFilter;
import dataport.audit.AuditService;
import dataport.shared.Bilingual;
import dataport.shared.Languages;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@WithMockUser(roles = "COMPLIANCE")
@RecordApplicationEvents
class WhitelistServiceTest {

    @Autowired
    ApplicationEvents events;

    @Autowired
    WhitelistService whitelist;

    @Autowired
    MerchantService merchants;

    @Autowired
    AuditService audit;

    final LocalDate today = LocalDate.now(AuditService.ZONE);

    @Test
    @WithMockUser(username = "cora@dataport.example", roles = "COMPLIANCE")
    void aGrantWhitelistsTheMerchantForItsDaysAndIsAudited() {
        MerchantSummary merchant = newMerchant();

        WhitelistGrant grant = whitelist.grant(
                merchant.id(), Bilingual.of("Cross-border cloud hosting", null), today, today.plusDays(29), "ok");

        assertThat(grant.state()).isEqualTo(WhitelistGrant.State.CURRENT);
        assertThat(grant.grantedBy()).isEqualTo("cora@dataport.example");
        assertThat(whitelist.isWhitelisted(merchant.id(), today)).isTrue();
        assertThat(whitelist.isWhitelisted(merchant.id(), today.plusDays(29))).isTrue();
        assertThat(whitelist.isWhitelisted(merchant.id(), today.plusDays(30))).isFalse();
        assertThat(whitelist.isWhitelisted(merchant.id(), today.minusDays(1))).isFalse();
        assertThat(whitelist.currentEntries(merchant.id()))
                .extracting(WhitelistGrant::scope)
                .containsExactly(Bilingual.of("Cross-border cloud hosting", null));
        MerchantSummary summary = merchants.find(merchant.id()).orElseThrow();
        assertThat(summary.whitelisted()).isTrue();
        assertThat(summary.whitelistScope().in(Locale.ENGLISH)).isEqualTo("Cross-border cloud hosting");
        assertThat(summary.whitelistScope().in(Languages.CHINESE))
                .as("an English-only scope still shows to Chinese readers")
                .isEqualTo("Cross-border cloud hosting");
        assertThat(audit.find(trail("whitelist.granted", grant.id()), 0, 10))
                .singleElement()
                .satisfies(e -> assertThat(e.after()).contains("Cross-border cloud hosting", merchant.slug()));
    }

    @Test
    void theMerchantsScopeIsInEachReadersLanguageAndSeveralEntriesJoinPerLanguage() {
        MerchantSummary merchant = newMerchant();

        WhitelistGrant both = whitelist.grant(merchant.id(), Bilingual.of("Cloud hosting", "云托管"), today, null, null);
        whitelist.grant(merchant.id(), Bilingual.of(null, "数据交换"), today, null, null);

        assertThat(both.scope()).isEqualTo(Bilingual.of("Cloud hosting", "云托管"));
        Bilingual scope = merchants.find(merchant.id()).orElseThrow().whitelistScope();
        assertThat(scope.in(Locale.ENGLISH)).isEqualTo("Cloud hosting; 数据交换");
        assertThat(scope.in(Languages.CHINESE)).isEqualTo("云托管; 数据交换");
        assertThat(audit.find(trail("whitelist.granted", both.id()), 0, 10))
                .singleElement()
                .satisfies(e -> assertThat(e.after()).contains("Cloud hosting", "云托管"));
    }

    @Test
    @WithMockUser(roles = "COMPLIANCE")
    void anEntryStartingLaterDoesNotWhitelistToday() {
        MerchantSummary merchant = newMerchant();

        WhitelistGrant grant =
                whitelist.grant(merchant.id(), Bilingual.of("Data exchange", null), today.plusDays(3), null, null);

        assertThat(grant.state()).isEqualTo(WhitelistGrant.State.UPCOMING);
        assertThat(merchants.find(merchant.id()).orElseThrow().whitelisted()).isFalse();
        assertThat(whitelist.isWhitelisted(merchant.id(), today.plusYears(5))).isTrue();
    }

    @Test
    @WithMockUser(roles = "COMPLIANCE")
    void anEndBeforeTheStartIsRefusedAndNothingIsRecorded() {
        MerchantSummary merchant = newMerchant();
        long before = audit.count(new AuditFilter(null, "whitelist.granted", null, null, null, null));

        assertThatThrownBy(() ->
                        whitelist.grant(merchant.id(), Bilingual.of("Hosting", null), today, today.minusDays(1), null))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(whitelist.isWhitelisted(merchant.id(), today)).isFalse();
        assertThat(audit.count(new AuditFilter(null, "whitelist.granted", null, null, null, null)))
                .isEqualTo(before);
    }

    @Test
    @WithMockUser(username = "cora@dataport.example", roles = "COMPLIANCE")
    void revokingEndsTheEntryAndIsAuditedWithTheReason() {
        MerchantSummary merchant = newMerchant();
        WhitelistGrant grant =
                whitelist.grant(merchant.id(), Bilingual.of("Hosting", null), today.minusDays(10), null, null);

        WhitelistGrant revoked = whitelist.revoke(grant.id(), grant.version(), "Licence withdrawn");

        assertThat(revoked.state()).isEqualTo(WhitelistGrant.State.REVOKED);
        assertThat(revoked.revokedBy()).isEqualTo("cora@dataport.example");
        assertThat(whitelist.isWhitelisted(merchant.id(), today)).isFalse();
        assertThat(merchants.find(merchant.id()).orElseThrow().whitelisted()).isFalse();
        assertThat(audit.find(trail("whitelist.revoked", grant.id()), 0, 10))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.before()).contains("CURRENT");
                    assertThat(e.after()).contains("REVOKED", "Licence withdrawn");
                });
        assertThat(whitelist.find(WhitelistGrant.State.REVOKED, 0, 500))
                .extracting(WhitelistGrant::id)
                .contains(grant.id());
        assertThat(whitelist.find(WhitelistGrant.State.CURRENT, 0, 500))
                .extracting(WhitelistGrant::id)
                .doesNotContain(grant.id());
    }

    @Test
    void grantingAndRevokingTellThatTheMerchantChangedSoCardsDropTheirCopy() {
        MerchantSummary merchant = newMerchant();

        WhitelistGrant grant = whitelist.grant(merchant.id(), Bilingual.of("Hosting", null), today, null, null);
        whitelist.revoke(grant.id(), grant.version(), "Licence withdrawn");

        assertThat(events.stream(MerchantChanged.class))
                .containsExactly(new MerchantChanged(merchant.id()), new MerchantChanged(merchant.id()));
    }

    @Test
    @WithMockUser(roles = "COMPLIANCE")
    void aRevocationBasedOnAStaleVersionIsRefused() {
        MerchantSummary merchant = newMerchant();
        WhitelistGrant grant = whitelist.grant(merchant.id(), Bilingual.of("Hosting", null), today, null, null);
        whitelist.revoke(grant.id(), grant.version(), "first");

        assertThatThrownBy(() -> whitelist.revoke(grant.id(), grant.version(), "second"))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
    }

    @Test
    @WithMockUser(roles = "COMPLIANCE")
    void theStaffListFiltersByState() {
        MerchantSummary merchant = newMerchant();
        WhitelistGrant expired = whitelist.grant(
                merchant.id(), Bilingual.of("Old", null), today.minusDays(60), today.minusDays(1), null);

        assertThat(whitelist.find(WhitelistGrant.State.EXPIRED, 0, 500))
                .extracting(WhitelistGrant::id)
                .contains(expired.id());
        assertThat(whitelist.find(WhitelistGrant.State.CURRENT, 0, 500))
                .extracting(WhitelistGrant::id)
                .doesNotContain(expired.id());
        assertThat(whitelist.count(null)).isGreaterThanOrEqualTo(whitelist.count(WhitelistGrant.State.EXPIRED) + 1);
    }

    @Test
    @WithMockUser(roles = {"BUYER", "MERCHANT", "CURATOR", "ADMIN"})
    void onlyComplianceStaffMayGrantOrRevoke() {
        long id = merchants.findAll().getFirst().id();

        assertThatThrownBy(() -> whitelist.grant(id, Bilingual.of("Hosting", null), today, null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> whitelist.revoke(1L, 0L, "because")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = {"BUYER", "MERCHANT"})
    void onlyStaffMayListEntries() {
        assertThatThrownBy(() -> whitelist.find(null, 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> whitelist.count(null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDemoCatalogueHasWhitelistedMerchants() {
        MerchantSummary meridian = merchants.findBySlug("meridian-straits").orElseThrow();
        MerchantSummary cobalt = merchants.findBySlug("cobalt-ridge").orElseThrow();

        assertThat(meridian.whitelisted()).isTrue();
        assertThat(cobalt.whitelisted()).as("its demo entry has expired").isFalse();
    }

    private MerchantSummary newMerchant() {
        return merchants.registerApproved(
                MerchantServiceTest.request(null, "Whitelist " + UUID.randomUUID()), MerchantServiceTest.newUserId());
    }

    private static AuditFilter trail(String action, long entryId) {
        return new AuditFilter(null, action, "whitelist-entry", String.valueOf(entryId), null, null);
    }
}
