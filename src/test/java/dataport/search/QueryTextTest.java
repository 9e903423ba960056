package dataport.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryTextTest {

    @Test
    void collapsesWhiteSpaceAndDropsControlCharacters() {
        assertThat(QueryText.of("  cloud\t\n storage\u0000\u0007 ").value()).isEqualTo("cloud storage");
    }

    @Test
    void onlySpacesIsAnEmptyQuery() {
        assertThat(QueryText.of("   \u3000 ").isEmpty()).isTrue();
        assertThat(QueryText.of(null).isEmpty()).isTrue();
    }

    @Test
    void keepsOperatorsQuotesAndBackslashesAsText() {
        assertThat(QueryText.of("\"cloud* AND (data\\").value()).isEqualTo("\"cloud* AND (data\\");
    }

    @Test
    void cutsVeryLongInputWithoutSplittingEmoji() {
        String longText = "😀".repeat(10_000);

        QueryText text = QueryText.of(longText);

        assertThat(text.truncated()).isTrue();
        assertThat(text.value().codePointCount(0, text.value().length())).isEqualTo(QueryText.MAX_LENGTH);
        assertThat(text.value()).isEqualTo("😀".repeat(QueryText.MAX_LENGTH));
    }

    @Test
    void aQueryOfExactlyTheLimitIsNotTruncated() {
        assertThat(QueryText.of("a".repeat(QueryText.MAX_LENGTH)).truncated()).isFalse();
    }
}
