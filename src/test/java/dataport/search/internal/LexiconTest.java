package dataport.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LexiconTest {

    static Lexicon lexicon;

    @BeforeAll
    static void load() {
        lexicon = new Lexicon();
    }

    @Test
    void aMultiWordEnglishTermTranslatesAsOnePhrase() {
        assertThat(lexicon.englishTerms("remote sensing data"))
                .containsExactly(new Lexicon.Term("remote sensing", List.of("遥感")));
    }

    @Test
    void aTwoWordPhraseTheDictionaryLacksIsComposedFromItsWords() {
        assertThat(lexicon.englishTerms("water resources").getFirst().translations())
                .contains("水资源");
    }

    @Test
    void chineseTextIsSegmentedByLongestMatchAndGlossed() {
        List<Lexicon.Term> terms = lexicon.chineseTerms("气象数据");

        assertThat(terms).extracting(Lexicon.Term::text).containsExactly("气象");
        assertThat(terms.getFirst().translations()).contains("weather");
    }

    @Test
    void aCompoundTheDictionaryLacksIsAlsoGlossedThroughItsFirstWordsCombiningForm() {
        List<Lexicon.Term> terms = lexicon.chineseTerms("神经科学");

        assertThat(terms)
                .isNotEmpty()
                .allSatisfy(t -> assertThat(t.translations()).endsWith("neuroscience"));
    }

    @Test
    void aCompoundKeepsItsWordsOwnGlossesFirst() {
        List<Lexicon.Term> terms = lexicon.chineseTerms("地震监测");

        assertThat(terms.getFirst().translations().getFirst()).isEqualTo("earthquake");
    }

    @Test
    void aPhraseAndItsAcronymAreTwoSensesNotOneRunTogether() {
        // CC-CEDICT: "natural language processing, NLP".
        assertThat(lexicon.glosses("自然语言处理")).containsExactly("natural language processing", "nlp");
        assertThat(lexicon.glosses("中枢神经系统")).containsExactly("central nervous system", "cns");
    }

    @Test
    void curatedPairsComeBeforeDictionarySenses() {
        assertThat(lexicon.chineseFor("cloud").getFirst()).isEqualTo("云服务");
        assertThat(lexicon.glosses("算力")).startsWith("compute");
    }

    @Test
    void classifiersSurnamesAndCrossReferencesAreLeftOut() {
        assertThat(lexicon.glosses("张")).noneMatch(g -> g.contains("surname") || g.contains("classifier"));
        assertThat(lexicon.glosses("个")).noneMatch(g -> g.contains("classifier") || g.contains("used in"));
    }

    @Test
    void printsWhatSomeQueriesTranslateTo() {
        for (String q : List.of(
                "futures exchange",
                "polar research",
                "wind energy",
                "insurance",
                "court judgments",
                "traditional chinese medicine",
                "nuclear energy",
                "genome",
                "stock exchange",
                "weather")) {
            System.out.println(q + " → " + lexicon.englishTerms(q));
        }
        for (String q : List.of("卫星图像", "脑电图", "地热", "海面温度", "自然语言处理", "医学影像", "新冠", "植被", "人口普查", "高程")) {
            System.out.println(q + " → " + lexicon.chineseTerms(q));
        }
    }
}
