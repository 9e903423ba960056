package dataport.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class IndexTimeTranslationTest {

    static IndexTimeTranslation translation;

    @BeforeAll
    static void load() {
        translation = new IndexTimeTranslation(new Lexicon());
    }

    @Test
    void aChineseOnlyTitleGetsTheEnglishGlossesOfItsWords() {
        assertThat(translation.englishFor("地震监测")).contains("earthquake", "monitor");
    }

    @Test
    void anEnglishOnlyTitleGetsChineseWordsForItsWordsAndPhrases() {
        assertThat(translation.chineseFor("Remote sensing of the ocean")).contains("遥感", "海洋");
    }

    @Test
    void noCompositionsOfSingleCharactersAreStored() {
        // At query time "water resources" is also composed as 水 + 资源; a stored composition would match 资源 alone.
        assertThat(translation.chineseFor("water resources")).doesNotContain("水资源");
    }

    @Test
    void textWithNothingToTranslateGivesNoField() {
        assertThat(translation.chineseFor("the data")).isNull();
        assertThat(translation.englishFor("数据")).isNull();
    }
}
