package dataport.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.search.SearchResults.Translation;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The why-matched line of a hit found through the index-time translation fields (which carry no query names). */
class CrossLanguageQueryTest {

    static Lexicon lexicon;

    @BeforeAll
    static void loadTheLexicon() {
        lexicon = new Lexicon();
    }

    @Test
    void anEnglishQueryMatchingAChineseOnlyListingsStoredGlossesNamesTheChineseWord() {
        List<Translation> translations = CrossLanguageQuery.translations(
                List.of(CrossLanguageQuery.INDEXED + "earthquake data"), null, "中国地震局", null, "负责全国地震监测预报工作", lexicon);

        assertThat(translations).contains(new Translation("地震", "earthquake"));
    }

    @Test
    void aChineseQueryMatchingAnEnglishOnlyListingsStoredWordsNamesTheEnglishWord() {
        List<Translation> translations = CrossLanguageQuery.translations(
                List.of(CrossLanguageQuery.INDEXED + "地震"),
                "Southern California Earthquake Data",
                null,
                "Seismic waveforms recorded in Southern California",
                null,
                lexicon);

        assertThat(translations).contains(new Translation("earthquake", "地震"));
    }

    @Test
    void aHitWithoutTheIndexTimeLegGetsNoExplanationFromItsText() {
        List<Translation> translations =
                CrossLanguageQuery.translations(List.of("other"), null, "中国地震局", null, null, lexicon);

        assertThat(translations).isEmpty();
    }
}
