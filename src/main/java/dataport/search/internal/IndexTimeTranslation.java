package dataport.search.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Index-time translation: when a listing's title or summary is in one language only, its document also carries the
 * other language's words for it, from the {@link Lexicon}, in separate lower-weighted fields ({@code glossTitleEn},
 * {@code glossSummaryEn}, {@code glossTitleZh}, {@code glossSummaryZh}): English glosses of a Chinese-only title's
 * words, Chinese words for an English-only title's words. A listing written in both languages gets none: its own
 * text already answers both.
 *
 * <p>Only dictionary words are stored (no compositions of single characters), the first {@link #GLOSSES_PER_WORD}
 * senses of a Chinese word, and the curated synonyms come first as everywhere in the lexicon. Computed in memory
 * while the bulk request is built (a few microseconds a listing).
 */
@Component
class IndexTimeTranslation {

    /** Senses per Chinese word kept in the English gloss fields: the later senses of a word are mostly noise. */
    static final int GLOSSES_PER_WORD = 3;

    private final Lexicon lexicon;

    IndexTimeTranslation(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    ListingDocument translated(ListingDocument d) {
        return d.withGlosses(
                onlyIn(d.titleZh(), d.titleEn()) ? englishFor(d.titleZh()) : null,
                onlyIn(d.summaryZh(), d.summaryEn()) ? englishFor(d.summaryZh()) : null,
                onlyIn(d.titleEn(), d.titleZh()) ? chineseFor(d.titleEn()) : null,
                onlyIn(d.summaryEn(), d.summaryZh()) ? chineseFor(d.summaryEn()) : null);
    }

    private static boolean onlyIn(String present, String missing) {
        return present != null && !present.isBlank() && (missing == null || missing.isBlank());
    }

    /** English glosses of the Chinese text's words, each word's senses together, words in text order. */
    List<String> englishFor(String chinese) {
        Set<String> glosses = new LinkedHashSet<>();
        for (Lexicon.Term term : lexicon.chineseTerms(chinese)) {
            term.translations().stream().limit(GLOSSES_PER_WORD).forEach(glosses::add);
        }
        return nullIfEmpty(glosses);
    }

    /** Chinese dictionary words for the English text's words and phrases, in text order. */
    List<String> chineseFor(String english) {
        Set<String> words = new LinkedHashSet<>();
        for (Lexicon.Term term : lexicon.englishTerms(english, false)) {
            words.addAll(term.translations());
        }
        return nullIfEmpty(words);
    }

    private static List<String> nullIfEmpty(Set<String> values) {
        return values.isEmpty() ? null : List.copyOf(new ArrayList<>(values));
    }
}
