package dataport.analysis;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.AnalyzerFactory;

/**
 * Ready-made analyzers for fields that need no synonyms or n-grams; each is the same chain a mapping can
 * compose from the dataport_* filters, so switching a field to a custom analyzer later changes nothing else.
 */
public final class Analyzers {

    private Analyzers() {
    }

    /** standard tokenizer, possessive, lowercase, ASCII folding, English stop words, KStem. */
    @NamedComponent("dataport_english")
    public static final class English implements AnalyzerFactory {
        @Override
        public Analyzer create() {
            return new Analyzer() {
                @Override
                protected TokenStreamComponents createComponents(String fieldName) {
                    Tokenizer source = new StandardTokenizer();
                    TokenStream stream = new EnglishPossessiveFilter(source);
                    stream = new ASCIIFoldingFilter(new LowerCaseFilter(stream));
                    stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                    return new TokenStreamComponents(source, EnglishFilters.stem(stream));
                }

                // Terms of prefix/wildcard/fuzzy queries skip analysis; fold them the same way at least.
                @Override
                protected TokenStream normalize(String fieldName, TokenStream in) {
                    return new ASCIIFoldingFilter(new LowerCaseFilter(in));
                }
            };
        }
    }

    /**
     * smartcn word segmentation, lowercase, KStem: Chinese words plus stemmed English words, for text that
     * mixes both ("云存储 Cloud Storages").
     */
    @NamedComponent("dataport_chinese")
    public static final class Chinese implements AnalyzerFactory {
        @Override
        public Analyzer create() {
            return new Analyzer() {
                @Override
                protected TokenStreamComponents createComponents(String fieldName) {
                    Tokenizer source = new SmartcnTokenizer();
                    return new TokenStreamComponents(source, EnglishFilters.stem(new LowerCaseFilter(source)));
                }

                @Override
                protected TokenStream normalize(String fieldName, TokenStream in) {
                    return new LowerCaseFilter(in);
                }
            };
        }
    }

    /** standard tokenizer, CJK width, lowercase, CJK bigrams (no unigrams): recall where smartcn misses words. */
    @NamedComponent("dataport_cjk")
    public static final class Cjk implements AnalyzerFactory {
        @Override
        public Analyzer create() {
            return new Analyzer() {
                @Override
                protected TokenStreamComponents createComponents(String fieldName) {
                    Tokenizer source = new StandardTokenizer();
                    TokenStream stream = new LowerCaseFilter(new CJKWidthFilter(source));
                    return new TokenStreamComponents(source, CjkFilters.bigrams(stream, false));
                }

                @Override
                protected TokenStream normalize(String fieldName, TokenStream in) {
                    return new LowerCaseFilter(new CJKWidthFilter(in));
                }
            };
        }
    }
}
