package dataport.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    private static final String EMAIL = "ann.lee@example.com";

    @Test
    void aLongUncommonPasswordIsAccepted() {
        assertThat(PasswordRules.problem("harbour lights at dusk", EMAIL)).isEmpty();
        assertThat(PasswordRules.problem("数据港的夜晚很安静啊", EMAIL)).isEmpty();
    }

    @Test
    void passwordsShorterThanTenCharactersAreRefused() {
        assertThat(PasswordRules.problem("Sh0rt!pw9", EMAIL)).contains("accounts.password.too-short");
        assertThat(PasswordRules.problem("", EMAIL)).contains("accounts.password.too-short");
        assertThat(PasswordRules.problem(null, EMAIL)).contains("accounts.password.too-short");
    }

    @Test
    void theEmailAddressOrItsLocalPartIsNoPassword() {
        assertThat(PasswordRules.problem("Ann.Lee@Example.com", EMAIL)).contains("accounts.password.is-email");
        assertThat(PasswordRules.problem("ann.lee@ex", "ann.lee@ex")).contains("accounts.password.is-email");
    }

    @Test
    void commonPasswordsAndOneRepeatedCharacterAreRefused() {
        assertThat(PasswordRules.problem("Password123", EMAIL)).contains("accounts.password.common");
        assertThat(PasswordRules.problem("1234567890", EMAIL)).contains("accounts.password.common");
        assertThat(PasswordRules.problem("zzzzzzzzzzzz", EMAIL)).contains("accounts.password.common");
    }

    @Test
    void absurdlyLongPasswordsAreRefused() {
        assertThat(PasswordRules.problem("x1".repeat(65), EMAIL)).contains("accounts.password.too-long");
    }
}
