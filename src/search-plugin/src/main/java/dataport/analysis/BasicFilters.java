package dataport.analysis;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/** Language-neutral normalisation filters. */
public final class BasicFilters {

    private BasicFilters() {
    }

    @NamedComponent("dataport_lowercase")
    public static final class Lowercase implements TokenFilterFactory {
        @Override
        public TokenStream create(TokenStream input) {
            return new LowerCaseFilter(input);
        }

        // Also applied to the terms of prefix/wildcard/fuzzy queries, which are not analysed otherwise.
        @Override
        public TokenStream normalize(TokenStream input) {
            return create(input);
        }
    }

    /** "Café" and "cafe" should find each other: users rarely type the accents that titles carry. */
    @NamedComponent("dataport_ascii_folding")
    public static final class AsciiFolding implements TokenFilterFactory {
        @Override
        public TokenStream create(TokenStream input) {
            return new ASCIIFoldingFilter(input);
        }

        @Override
        public TokenStream normalize(TokenStream input) {
            return create(input);
        }
    }
}
