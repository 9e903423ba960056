package dataport.analysis;

import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** English filters; stop words and the stemmer expect lower-cased input, so place them after dataport_lowercase. */
public final class EnglishFilters {

    private EnglishFilters() {
    }

    /**
     * The stemmer every DataPort analyzer shares, so English words in Chinese text stem like English text.
     * KStem rather than Porter: both conflate "storages/storage" and "computing/compute", but KStem yields
     * real words and does not over-conflate ("computer" stays apart from "compute", "policies" becomes "policy"
     * not "polici"), which keeps highlighting and suggestions readable.
     */
    static TokenStream stem(TokenStream input) {
        return new KStemFilter(input);
    }

    /** Drops a trailing "'s" so "DataPort's" matches "DataPort"; the stemmer alone would leave "dataport's". */
    @NamedComponent("dataport_english_possessive")
    public static final class Possessive implements TokenFilterFactory {
        @Override
        public TokenStream create(TokenStream input) {
            return new EnglishPossessiveFilter(input);
        }
    }

    /** Lucene's English stop list (the same one Elasticsearch's "english" analyzer uses). */
    @NamedComponent("dataport_english_stop")
    public static final class Stop implements TokenFilterFactory {
        @Override
        public TokenStream create(TokenStream input) {
            return new StopFilter(input, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        }
    }

    @NamedComponent("dataport_english_stem")
    public static final class Stem implements TokenFilterFactory {
        @Override
        public TokenStream create(TokenStream input) {
            return stem(input);
        }
    }
}
