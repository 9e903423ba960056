package dataport.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnifiedSocialCreditCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000802100433B", "91110108551385082Q"})
    void acceptsCodesWhoseCheckCharacterIsRight(String code) {
        assertThat(UnifiedSocialCreditCode.isValid(code)).isTrue();
    }

    @Test
    void computesTheCheckCharacterWithTheStandardWeights() {
        assertThat(UnifiedSocialCreditCode.checkCharacter("91350100M000100Y4")).isEqualTo('3');
    }

    @Test
    void aCheckCharacterOfZeroIsWrittenAsZero() {
        // find a 17-character prefix whose weighted sum is a multiple of 31
        String prefix = null;
        for (int i = 0; i < 31 && prefix == null; i++) {
            String candidate = "9131000000000000" + UnifiedSocialCreditCode.ALPHABET.charAt(i);
            if (UnifiedSocialCreditCode.checkCharacter(candidate) == '0') {
                prefix = candidate;
            }
        }
        assertThat(prefix).isNotNull();
        assertThat(UnifiedSocialCreditCode.isValid(prefix + "0")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "91350100M000100Y44", // wrong check character
                "91350100M000100Y4", // 17 characters
                "91350100M000100Y433", // 19 characters
                "91350100M000100I43", // I is not in the alphabet
                "91350100m000100Y43", // lower case
                "913501A0M000100Y4X", // letters in the region code
                "",
                "                  "
            })
    void refusesMalformedCodesAndWrongCheckCharacters(String code) {
        assertThat(UnifiedSocialCreditCode.isValid(code)).isFalse();
    }

    @Test
    void refusesNull() {
        assertThat(UnifiedSocialCreditCode.isValid(null)).isFalse();
    }
}
