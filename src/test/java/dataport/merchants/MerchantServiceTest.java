package dataport.merchants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dataport.IntegrationTest;
import dataport.audit.AuditEntry;
import dataport.audit.AuditFilter;
import dataport.audit.AuditService;
import dataport.merchants.MerchantService.NewMerchant;
import dataport.shared.Bilingual;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@WithMockUser(roles = "COMPLIANCE")
@RecordApplicationEvents
class MerchantServiceTest {

    @Autowired
    MerchantService merchants;

    @Autowired
    ApplicationEvents events;

    @Autowired
    AuditService audit;

    @Test
    void registeringAnApprovedMerchantMakesTheApplicantItsOwner() {
        long owner = newUserId();
        String name = "Lumen Data " + UUID.randomUUID().toString().substring(0, 8) + " Ltd.";

        MerchantSummary merchant = merchants.registerApproved(request(null, name), owner);

        assertThat(merchant.slug()).isEqualTo(MerchantService.slugify(name));
        assertThat(merchant.isActive()).isTrue();
        assertThat(merchants.isMember(owner, merchant.id())).isTrue();
        assertThat(merchants.findForMember(owner))
                .get()
                .extracting(MerchantSummary::id)
                .isEqualTo(merchant.id());
        assertThat(merchants.findBySlug(merchant.slug())).isPresent();
    }

    @Test
    void slugsStayUniqueWhenNamesRepeat() {
        String name = "Twin Data " + UUID.randomUUID().toString().substring(0, 8);

        MerchantSummary first = merchants.registerApproved(request(null, name), newUserId());
        MerchantSummary second = merchants.registerApproved(request(null, name), newUserId());
        MerchantSummary third = merchants.registerApproved(request(null, name), newUserId());

        assertThat(second.slug()).isEqualTo(first.slug() + "-2");
        assertThat(third.slug()).isEqualTo(first.slug() + "-3");
    }

    @Test
    void aUserWhoBelongsToNoMerchantHasNone() {
        long stranger = newUserId();

        assertThat(merchants.findForMember(stranger)).isEmpty();
        assertThat(merchants.isMember(stranger, merchants.findAll().getFirst().id()))
                .isFalse();
    }

    @Test
    void addingAMemberTwiceIsHarmless() {
        MerchantSummary merchant = merchants.registerApproved(request(null, "Team " + UUID.randomUUID()), newUserId());
        long colleague = newUserId();

        merchants.addMember(merchant.id(), colleague);
        merchants.addMember(merchant.id(), colleague);

        assertThat(merchants.isMember(colleague, merchant.id())).isTrue();
        assertThat(merchants.findForMember(colleague))
                .get()
                .extracting(MerchantSummary::id)
                .isEqualTo(merchant.id());
    }

    @Test
    void addingAMemberToAnUnknownMerchantIsRefused() {
        assertThatThrownBy(() -> merchants.addMember(999_999_999L, newUserId()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @WithMockUser(username = "cora@dataport.example", roles = "COMPLIANCE")
    void aSuspendedMerchantNoLongerMakesItsMembersMerchantsUntilReinstated() {
        long owner = newUserId();
        MerchantSummary merchant = merchants.registerApproved(request(null, "Paused " + UUID.randomUUID()), owner);

        MerchantSummary suspended = merchants.suspend(merchant.id(), "Licence under review");

        assertThat(suspended.status()).isEqualTo(MerchantStatus.SUSPENDED);
        assertThat(merchants.findForMember(owner)).isEmpty();
        assertThat(merchants.isMember(owner, merchant.id())).isTrue();

        merchants.reinstate(merchant.id());

        assertThat(merchants.findForMember(owner)).isPresent();
        AuditFilter trail = new AuditFilter(null, "merchant.", "merchant", String.valueOf(merchant.id()), null, null);
        assertThat(audit.find(trail, 0, 10))
                .extracting(AuditEntry::action, AuditEntry::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("merchant.reinstated", "cora@dataport.example"),
                        org.assertj.core.groups.Tuple.tuple("merchant.suspended", "cora@dataport.example"));
        assertThat(audit.find(trail, 0, 10).getLast().after()).contains("SUSPENDED", "Licence under review");
    }

    @Test
    void suspendingAndReinstatingTellThatTheMerchantChangedSoCardsDropTheirCopy() {
        MerchantSummary merchant = merchants.registerApproved(request(null, "Told " + UUID.randomUUID()), newUserId());

        merchants.suspend(merchant.id(), "Licence under review");
        merchants.reinstate(merchant.id());

        assertThat(events.stream(MerchantChanged.class))
                .containsExactly(new MerchantChanged(merchant.id()), new MerchantChanged(merchant.id()));
    }

    @Test
    @WithMockUser(roles = "COMPLIANCE")
    void suspendingTwiceIsRefusedAndLeavesNoAuditEntry() {
        MerchantSummary merchant = merchants.registerApproved(request(null, "Twice " + UUID.randomUUID()), newUserId());
        merchants.suspend(merchant.id(), "Licence under review");

        assertThatThrownBy(() -> merchants.suspend(merchant.id(), "again")).isInstanceOf(IllegalStateException.class);

        AuditFilter trail =
                new AuditFilter(null, "merchant.suspended", "merchant", String.valueOf(merchant.id()), null, null);
        assertThat(audit.count(trail)).isEqualTo(1);
    }

    @Test
    @WithMockUser(roles = {"BUYER", "MERCHANT", "CURATOR", "ADMIN"})
    void onlyComplianceStaffMaySuspendOrReinstate() {
        long id = merchants.findAll().getFirst().id();

        assertThatThrownBy(() -> merchants.suspend(id, "because")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> merchants.reinstate(id)).isInstanceOf(AccessDeniedException.class);
    }

    static NewMerchant request(String slug, String nameEn) {
        return new NewMerchant(
                slug,
                Bilingual.of(nameEn, "测试数商"),
                Origin.FOREIGN,
                "SG",
                "Singapore",
                null,
                null,
                2020,
                Bilingual.of("A test merchant.", "测试用数商。"));
    }

    static long newUserId() {
        return ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE / 2);
    }
}
