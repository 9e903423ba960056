package dataport.merchants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dataport.shared.Bilingual;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class MerchantTest {

    private final Merchant merchant = new Merchant("acme", Bilingual.of("Acme", "阿克米"), Origin.FOREIGN, "sg");

    @Test
    void aNewMerchantIsActive() {
        assertThat(merchant.getStatus()).isEqualTo(MerchantStatus.ACTIVE);
        assertThat(merchant.toSummary().isActive()).isTrue();
    }

    @Test
    void suspendingRecordsTheReasonAndReinstatingClearsIt() {
        merchant.suspend("  Licence under review  ", Instant.parse("2026-11-25T02:00:00Z"));

        assertThat(merchant.getStatus()).isEqualTo(MerchantStatus.SUSPENDED);
        assertThat(merchant.getSuspendedReason()).isEqualTo("Licence under review");

        merchant.reinstate();

        assertThat(merchant.getStatus()).isEqualTo(MerchantStatus.ACTIVE);
        assertThat(merchant.getSuspendedReason()).isNull();
    }

    @Test
    void aSuspendedMerchantCannotBeSuspendedAgain() {
        merchant.suspend("Licence under review", Instant.now());

        assertThatThrownBy(() -> merchant.suspend("again", Instant.now())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anActiveMerchantCannotBeReinstated() {
        assertThatThrownBy(merchant::reinstate).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aSuspensionNeedsAReason() {
        assertThatThrownBy(() -> merchant.suspend(" ", Instant.now())).isInstanceOf(IllegalArgumentException.class);
        assertThat(merchant.getStatus()).isEqualTo(MerchantStatus.ACTIVE);
    }

    @Test
    void slugsAreLowerCaseAsciiWordsJoinedByHyphens() {
        assertThat(MerchantService.slugify("Kestrel Datenwerk GmbH")).isEqualTo("kestrel-datenwerk-gmbh");
        assertThat(MerchantService.slugify("Café Données S.A.")).isEqualTo("cafe-donnees-s-a");
        assertThat(MerchantService.slugify("数贸港")).isEqualTo("merchant");
        assertThat(MerchantService.slugify("x".repeat(200))).hasSize(MerchantService.MAX_SLUG);
    }
}
