package dataport.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.text.ParseException;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.elasticsearch.plugin.Inject;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.elasticsearch.plugin.settings.AnalysisSettings;
import org.elasticsearch.plugin.settings.ListSetting;
import org.elasticsearch.plugin.settings.StringSetting;

/**
 * Synonyms from the index settings, one Solr-format rule per list entry: {@code "cloud, 云, 云服务"} makes the
 * terms equivalent, {@code "k8s => kubernetes"} rewrites one way. Matching ignores case.
 *
 * <p>A rule only matches if it is split into the same tokens as the text reaching the filter. Elasticsearch's
 * own synonym filter reuses the analyzer's tokenizer for that, which the stable plugin API does not expose, so
 * the {@code tokenizer} setting names it: {@code standard} (default: the standard tokenizer, "跨境" = 跨 + 境),
 * {@code smartcn} (for dataport_smartcn chains, "跨境" = one word) or {@code cjk} (for chains that put this
 * filter after dataport_cjk_bigram, "跨境" = one bigram).
 *
 * <p>It produces a token graph (multi-word synonyms), which Lucene turns into correct phrase queries at
 * search time but cannot index faithfully: put it in the {@code search_analyzer}, and before stop words and
 * the stemmer so rules are written in plain words.
 */
@NamedComponent("dataport_synonyms")
public final class SynonymsFilter implements TokenFilterFactory {

    @AnalysisSettings
    public interface Settings {
        @ListSetting(path = "synonyms")
        List<String> synonyms();

        @StringSetting(path = "tokenizer", defaultValue = "standard")
        String tokenizer();
    }

    /** Null when there are no rules: an empty map has no FST and SynonymGraphFilter rejects it. */
    private final SynonymMap synonyms;

    @Inject
    public SynonymsFilter(Settings settings) {
        this.synonyms = parse(settings.synonyms(), settings.tokenizer());
    }

    @Override
    public TokenStream create(TokenStream input) {
        // An empty list is a no-op so a mapping can declare the filter before any synonyms are curated.
        return synonyms == null ? input : new SynonymGraphFilter(input, synonyms, true);
    }

    static SynonymMap parse(List<String> rules, String tokenizer) {
        if (rules.stream().allMatch(String::isBlank)) {
            return null;
        }
        try (Analyzer ruleAnalyzer = ruleAnalyzer(tokenizer)) {
            // dedup: repeated rules are harmless; expand: "a, b, c" maps every term to all the others.
            SolrSynonymParser parser = new SolrSynonymParser(true, true, ruleAnalyzer);
            parser.parse(new StringReader(String.join("\n", rules)));
            SynonymMap map = parser.build();
            return map.fst == null ? null : map;
        } catch (ParseException e) {
            // The message names the line, i.e. the rule's position in the list (1-based); the cause says why.
            String why = e.getCause() == null ? "" : " (" + e.getCause().getMessage() + ")";
            throw new IllegalArgumentException("dataport_synonyms: " + e.getMessage() + why + " in " + rules, e);
        } catch (IOException e) {
            throw new IllegalStateException("dataport_synonyms: cannot parse " + rules, e);
        }
    }

    /** Tokenizes rule terms like the chain they will meet, lower-cased so matching can ignore case. */
    private static Analyzer ruleAnalyzer(String tokenizer) {
        return switch (tokenizer.toLowerCase(Locale.ROOT)) {
            case "standard" -> analyzer(StandardTokenizer::new, false);
            case "smartcn" -> analyzer(SmartcnTokenizer::new, false);
            case "cjk" -> analyzer(StandardTokenizer::new, true);
            default -> throw new IllegalArgumentException(
                "dataport_synonyms: tokenizer must be standard, smartcn or cjk, not [" + tokenizer + "]");
        };
    }

    private static Analyzer analyzer(Supplier<Tokenizer> tokenizer, boolean cjkBigrams) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = tokenizer.get();
                if (!cjkBigrams) {
                    return new TokenStreamComponents(source, new LowerCaseFilter(source));
                }
                // Same order as dataport_cjk: width folding first, so "Ａ" becomes "A" before lower-casing.
                TokenStream stream = new LowerCaseFilter(new CJKWidthFilter(source));
                return new TokenStreamComponents(source, CjkFilters.bigrams(stream, false));
            }
        };
    }
}
