package dataport.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BilingualTest {

    @Test
    void givesTheReadersLanguage() {
        Bilingual text = Bilingual.of("Cloud storage", "云存储");

        assertThat(text.in(Languages.ENGLISH)).isEqualTo("Cloud storage");
        assertThat(text.in(Languages.CHINESE)).isEqualTo("云存储");
        assertThat(text.isFallbackIn(Languages.CHINESE)).isFalse();
    }

    @Test
    void fallsBackToTheOtherLanguageAndSaysSo() {
        Bilingual onlyChinese = Bilingual.of("  ", "跨境数据");

        assertThat(onlyChinese.in(Languages.ENGLISH)).isEqualTo("跨境数据");
        assertThat(onlyChinese.isFallbackIn(Languages.ENGLISH)).isTrue();
        assertThat(Bilingual.of(null, null).in(Languages.CHINESE)).isEmpty();
    }

    @Test
    void resolvesAnyChineseOrOtherTagToASupportedLanguage() {
        assertThat(Languages.resolve("zh-Hans-CN")).isEqualTo(Languages.CHINESE);
        assertThat(Languages.resolve("zh")).isEqualTo(Languages.CHINESE);
        assertThat(Languages.resolve("de-DE")).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.resolve("<script>")).isEqualTo(Languages.ENGLISH);
    }
}
