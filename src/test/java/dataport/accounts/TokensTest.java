package dataport.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokensTest {

    @Test
    void aTokenIs32RandomBytesWrittenUrlSafe() {
        String token = Tokens.newToken();

        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            assertThat(seen.add(Tokens.newToken())).isTrue();
        }
    }

    @Test
    void onlyTheSha256OfATokenIsKeptAndItIsStable() {
        String token = Tokens.newToken();

        assertThat(Tokens.hash(token)).matches("[0-9a-f]{64}").isEqualTo(Tokens.hash(token));
        assertThat(Tokens.hash(token)).doesNotContain(token).isNotEqualTo(Tokens.hash(Tokens.newToken()));
        assertThat(Tokens.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void aVerificationLinkLasts48HoursAndAResetLinkOneHour() {
        Instant now = Instant.parse("2026-11-25T10:00:00Z");
        AccountToken verify = new AccountToken(1, AccountToken.Purpose.VERIFY_EMAIL, "h1", now);
        AccountToken reset = new AccountToken(1, AccountToken.Purpose.RESET_PASSWORD, "h2", now);

        assertThat(verify.isUsable(now.plus(Duration.ofHours(47)))).isTrue();
        assertThat(verify.isExpired(now.plus(Duration.ofHours(48)))).isTrue();
        assertThat(reset.isUsable(now.plus(Duration.ofMinutes(59)))).isTrue();
        assertThat(reset.isExpired(now.plus(Duration.ofMinutes(60)))).isTrue();
    }

    @Test
    void aTokenWorksOnlyOnce() {
        Instant now = Instant.parse("2026-11-25T10:00:00Z");
        AccountToken token = new AccountToken(1, AccountToken.Purpose.RESET_PASSWORD, "h", now);

        token.use(now.plusSeconds(1));

        assertThat(token.isUsable(now.plusSeconds(2))).isFalse();
        assertThatThrownBy(() -> token.use(now.plusSeconds(2))).isInstanceOf(IllegalStateException.class);
    }
}
