package dataport.merchants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dataport.shared.Bilingual;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class WhitelistEntryTest {

    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate TO = LocalDate.of(2026, 12, 31);

    private WhitelistEntry entry(LocalDate from, LocalDate to) {
        return new WhitelistEntry(1L, Bilingual.of("Cloud hosting", "云托管"), from, to, null, "cora", Instant.now());
    }

    @Test
    void isValidFromTheFirstToTheLastDayBothIncluded() {
        WhitelistEntry e = entry(FROM, TO);

        assertThat(e.isValidOn(FROM.minusDays(1))).isFalse();
        assertThat(e.isValidOn(FROM)).isTrue();
        assertThat(e.isValidOn(TO)).isTrue();
        assertThat(e.isValidOn(TO.plusDays(1))).isFalse();
    }

    @Test
    void withoutAnEndItStaysValid() {
        assertThat(entry(FROM, null).isValidOn(FROM.plusYears(30))).isTrue();
    }

    @Test
    void aOneDayEntryIsAllowed() {
        assertThat(entry(FROM, FROM).isValidOn(FROM)).isTrue();
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        assertThatThrownBy(() -> entry(TO, FROM))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("before it starts");
    }

    @Test
    void aScopeIsRequired() {
        assertThatThrownBy(() -> new WhitelistEntry(1L, Bilingual.of(" ", ""), FROM, TO, null, "cora", Instant.now()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRevokedEntryIsNoLongerValidAndCannotBeRevokedTwice() {
        WhitelistEntry e = entry(FROM, TO);

        e.revoke("Licence withdrawn", "cora", Instant.now());

        assertThat(e.isValidOn(FROM.plusDays(10))).isFalse();
        assertThat(e.toGrant(null, FROM.plusDays(10)).state()).isEqualTo(WhitelistGrant.State.REVOKED);
        assertThatThrownBy(() -> e.revoke("again", "cora", Instant.now())).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aRevocationNeedsAReason() {
        WhitelistEntry e = entry(FROM, TO);

        assertThatThrownBy(() -> e.revoke("", "cora", Instant.now())).isInstanceOf(IllegalArgumentException.class);
        assertThat(e.isRevoked()).isFalse();
    }

    @Test
    void theStateFollowsTheDay() {
        WhitelistEntry e = entry(FROM, TO);

        assertThat(e.toGrant(null, FROM.minusDays(1)).state()).isEqualTo(WhitelistGrant.State.UPCOMING);
        assertThat(e.toGrant(null, FROM).state()).isEqualTo(WhitelistGrant.State.CURRENT);
        assertThat(e.toGrant(null, TO.plusDays(1)).state()).isEqualTo(WhitelistGrant.State.EXPIRED);
    }

    @Test
    void aScopeInOneLanguageIsEnoughAndIsStripped() {
        WhitelistEntry chineseOnly =
                new WhitelistEntry(1L, Bilingual.of(null, " 跨境云托管 "), FROM, TO, null, "cora", Instant.now());

        assertThat(chineseOnly.getScope()).isEqualTo(new Bilingual(null, "跨境云托管"));
        assertThat(chineseOnly.toGrant(null, FROM).scope().in(Locale.ENGLISH)).isEqualTo("跨境云托管");
    }

    @Test
    void aScopeTooLongInEitherLanguageIsRefused() {
        String tooLong = "x".repeat(WhitelistService.SCOPE_MAX + 1);

        assertThatThrownBy(() ->
                        new WhitelistEntry(1L, Bilingual.of("Hosting", tooLong), FROM, TO, null, "cora", Instant.now()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() ->
                        new WhitelistEntry(1L, Bilingual.of(tooLong, "托管"), FROM, TO, null, "cora", Instant.now()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aMissingScopeIsRefused() {
        assertThatThrownBy(() -> new WhitelistEntry(1L, null, FROM, TO, null, "cora", Instant.now()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
