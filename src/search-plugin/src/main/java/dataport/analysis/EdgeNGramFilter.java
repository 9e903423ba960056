package dataport.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenFilter;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.IntSetting;

/**
 * Prefixes of each token ("clo", "clou", "cloud") for search-as-you-type; the bare server has neither the
 * edge_ngram filter nor the search_as_you_type field. Use it in the index analyzer only: at search time the
 * typed prefix should match as is, not be cut into its own prefixes.
 */
@NamedComponent("dataport_edge_ngram")
public final class EdgeNGramFilter implements TokenFilterFactory {

    @AnalysisSettings
    public interface Settings {
        @IntSetting(path = "min_gram", defaultValue = 1)
        int minGram();

        @IntSetting(path = "max_gram", defaultValue = 20)
        int maxGram();
    }

    private final int minGram;
    private final int maxGram;

    @Inject
    public EdgeNGramFilter(Settings settings) {
        this.minGram = settings.minGram();
        this.maxGram = settings.maxGram();
        // Fail when the index is created rather than on the first document.
        if (minGram < 1 || maxGram < minGram) {
            throw new IllegalArgumentException(
                "dataport_edge_ngram needs 1 <= min_gram <= max_gram, got min_gram=" + minGram + ", max_gram=" + maxGram);
        }
    }

    @Override
    public TokenStream create(TokenStream input) {
        // preserveOriginal=false: a token longer than max_gram is indexed only by its prefixes up to max_gram.
        return new EdgeNGramTokenFilter(input, minGram, maxGram, false);
    }
}
