package dataport.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.junit.jupiter.api.Test;

/** Runs the Lucene token streams directly, the way Elasticsearch composes them into a custom analyzer. */
class AnalysisTest {

    record Synonyms(List<String> synonyms, String tokenizer) implements SynonymsFilter.Settings {
    }

    record Grams(int minGram, int maxGram) implements EdgeNGramFilter.Settings {
    }

    private static final List<String> BILINGUAL = List.of("cloud, 云", "cross-border, 跨境");

    @Test
    void chineseAnalyzerSegmentsWordsAndStemsEnglish() throws IOException {
        Analyzer chinese = new Analyzers.Chinese().create();
        assertEquals(List.of("跨境", "数据", "服务"), terms(chinese, "跨境数据服务"));
        // Punctuation (full- and half-width) is dropped; English words are lower-cased and stemmed.
        assertEquals(List.of("云", "服务", "cloud", "storage", "api"), terms(chinese, "云服务，Cloud Storages! ＡＰＩ。"));
    }

    @Test
    void cjkAnalyzerEmitsOverlappingBigrams() throws IOException {
        Analyzer cjk = new Analyzers.Cjk().create();
        assertEquals(List.of("跨境", "境数", "数据", "据服", "服务"), terms(cjk, "跨境数据服务"));
        assertEquals(List.of("api", "云"), terms(cjk, "ＡＰＩ 云"));
    }

    @Test
    void cjkBigramCanKeepUnigrams() throws IOException {
        Analyzer withUnigrams = chain(StandardTokenizer::new, new CjkFilters.Bigram(() -> true));
        assertEquals(List.of("数", "数据", "据"), terms(withUnigrams, "数据"));
        Analyzer bigramsOnly = chain(StandardTokenizer::new, new CjkFilters.Bigram(() -> false));
        assertEquals(List.of("数据"), terms(bigramsOnly, "数据"));
    }

    @Test
    void englishAnalyzerStemsPluralsAndGerunds() throws IOException {
        Analyzer english = new Analyzers.English().create();
        assertEquals(List.of("cloud", "storage"), terms(english, "Cloud Storages"));
        assertEquals(terms(english, "storage"), terms(english, "storages"));
        assertEquals(terms(english, "compute"), terms(english, "computing"));
        assertEquals(List.of("dataport", "cafe", "policy"), terms(english, "The DataPort's Café policies"));
    }

    @Test
    void composedEnglishChainMatchesTheAnalyzer() throws IOException {
        Analyzer composed = chain(StandardTokenizer::new, new EnglishFilters.Possessive(), new BasicFilters.Lowercase(),
            new BasicFilters.AsciiFolding(), new EnglishFilters.Stop(), new EnglishFilters.Stem());
        String text = "The DataPort's Café offers Cloud Storages and computing";
        assertEquals(terms(new Analyzers.English().create(), text), terms(composed, text));
    }

    @Test
    void synonymsExpandBothWaysIgnoringCase() throws IOException {
        Analyzer standard = chain(StandardTokenizer::new, new BasicFilters.Lowercase(),
            new SynonymsFilter(new Synonyms(BILINGUAL, "standard")));
        assertEquals(List.of("cloud", "云"), sorted(terms(standard, "CLOUD")));
        assertEquals(List.of("cloud", "云"), terms(standard, "云"));
        // Standard tokenizer: 跨境 is two characters, matched as a two-token synonym.
        assertEquals(List.of("border", "cross", "境", "跨"), sorted(terms(standard, "跨境")));
        assertEquals(List.of("border", "cross", "境", "跨"), sorted(terms(standard, "Cross-Border")));
    }

    @Test
    void synonymsFollowTheSmartcnSegmentation() throws IOException {
        Analyzer smartcn = chain(SmartcnTokenizer::new, new BasicFilters.Lowercase(),
            new SynonymsFilter(new Synonyms(BILINGUAL, "smartcn")));
        assertEquals(List.of("border", "cross", "数据", "服务", "跨境"), sorted(terms(smartcn, "跨境数据服务")));
        assertEquals(List.of("cloud", "云", "服务"), terms(smartcn, "云服务"));
    }

    @Test
    void synonymsAfterCjkBigrams() throws IOException {
        Analyzer cjk = chain(StandardTokenizer::new, new CjkFilters.Width(), new BasicFilters.Lowercase(),
            new CjkFilters.Bigram(() -> false), new SynonymsFilter(new Synonyms(BILINGUAL, "cjk")));
        assertTrue(terms(cjk, "跨境数据").containsAll(List.of("跨境", "cross", "border", "数据")));
    }

    @Test
    void emptySynonymsAreANoOp() throws IOException {
        for (List<String> rules : List.of(List.<String>of(), List.of("", " "))) {
            Analyzer none = chain(StandardTokenizer::new, new SynonymsFilter(new Synonyms(rules, "standard")));
            assertEquals(List.of("cloud"), terms(none, "cloud"));
        }
    }

    @Test
    void badSynonymSettingsFailEarly() {
        assertThrows(IllegalArgumentException.class,
            () -> new SynonymsFilter(new Synonyms(List.of("a => b => c"), "standard")));
        assertThrows(IllegalArgumentException.class,
            () -> new SynonymsFilter(new Synonyms(BILINGUAL, "ik")));
    }

    @Test
    void edgeNGramsArePrefixes() throws IOException {
        Analyzer grams = chain(StandardTokenizer::new, new BasicFilters.Lowercase(), new EdgeNGramFilter(new Grams(2, 4)));
        assertEquals(List.of("cl", "clo", "clou"), terms(grams, "Cloud"));
        assertThrows(IllegalArgumentException.class, () -> new EdgeNGramFilter(new Grams(3, 2)));
        assertThrows(IllegalArgumentException.class, () -> new EdgeNGramFilter(new Grams(0, 2)));
    }

    /** The names are DataPort's mapping contract; the shapes are what Elasticsearch's loader insists on. */
    @Test
    void componentsHaveTheContractNamesAndLoadableShapes() {
        List<Class<?>> components = List.of(BasicFilters.Lowercase.class, BasicFilters.AsciiFolding.class,
            EnglishFilters.Possessive.class, EnglishFilters.Stop.class, EnglishFilters.Stem.class, CjkFilters.Width.class,
            CjkFilters.Bigram.class, EdgeNGramFilter.class, SynonymsFilter.class, SmartcnTokenizer.Factory.class,
            Analyzers.English.class, Analyzers.Chinese.class, Analyzers.Cjk.class);
        List<String> names = components.stream().map(c -> c.getAnnotation(NamedComponent.class).value()).sorted().toList();
        assertEquals(List.of("dataport_ascii_folding", "dataport_chinese", "dataport_cjk", "dataport_cjk_bigram",
            "dataport_cjk_width", "dataport_edge_ngram", "dataport_english", "dataport_english_possessive",
            "dataport_english_stem", "dataport_english_stop", "dataport_lowercase", "dataport_smartcn",
            "dataport_synonyms"), names);
        for (Class<?> component : components) {
            assertEquals(1, component.getConstructors().length, component + ": exactly one public constructor");
        }
        // Elasticsearch's settings proxy reads exactly one annotation per method (and has no default methods).
        for (Class<?> settings : List.of(CjkFilters.BigramSettings.class, EdgeNGramFilter.Settings.class,
            SynonymsFilter.Settings.class)) {
            for (Method m : settings.getDeclaredMethods()) {
                assertEquals(1, m.getAnnotations().length, m.toString());
            }
        }
    }

    private static Analyzer chain(Supplier<Tokenizer> tokenizer, TokenFilterFactory... filters) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = tokenizer.get();
                TokenStream stream = source;
                for (TokenFilterFactory filter : filters) {
                    stream = filter.create(stream);
                }
                return new TokenStreamComponents(source, stream);
            }
        };
    }

    private static List<String> terms(Analyzer analyzer, String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }

    private static List<String> sorted(List<String> terms) {
        return terms.stream().sorted().toList();
    }
}
