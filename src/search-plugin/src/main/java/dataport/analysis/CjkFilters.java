package dataport.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.BooleanSetting;

/**
 * Dictionary-free CJK indexing: the standard tokenizer emits one token per Han character, and overlapping
 * bigrams of those match words far better than single characters while never missing a word the way a
 * dictionary segmenter (smartcn) can on new terms and product names.
 */
public final class CjkFilters {

    /** Full-width Latin ("ＡＰＩ１") to ASCII and half-width katakana to full-width, so both spellings match. */
    @NamedComponent("dataport_cjk_width")
    public static final class Width implements TokenFilterFactory {
        @Override
        public TokenStream create(TokenStream input) {
            return new CJKWidthFilter(input);
        }

        @Override
        public TokenStream normalize(TokenStream input) {
            return create(input);
        }
    }

    @AnalysisSettings
    public interface BigramSettings {
        /** Also keep the single characters: lets one-character queries match, at the cost of a bigger index. */
        @BooleanSetting(path = "output_unigrams", defaultValue = false)
        boolean outputUnigrams();
    }

    /** Must follow the tokenizer closely: it only pairs tokens the standard tokenizer typed as CJK. */
    @NamedComponent("dataport_cjk_bigram")
    public static final class Bigram implements TokenFilterFactory {
        private final boolean outputUnigrams;

        @Inject
        public Bigram(BigramSettings settings) {
            this.outputUnigrams = settings.outputUnigrams();
        }

        @Override
        public TokenStream create(TokenStream input) {
            return bigrams(input, outputUnigrams);
        }
    }

    static TokenStream bigrams(TokenStream input, boolean outputUnigrams) {
        int allScripts = CJKBigramFilter.HAN | CJKBigramFilter.HIRAGANA | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL;
        return new CJKBigramFilter(input, allScripts, outputUnigrams);
    }

    private CjkFilters() {
    }
}
