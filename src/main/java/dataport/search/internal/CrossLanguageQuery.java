package dataport.search.internal;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import dataport.search.SearchResults.Translation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The query-time translation leg of a search: an English text's words and phrases put into Chinese and looked for as
 * phrases in the Chinese fields, or a Chinese text's words put into English and looked for in the English fields. Each
 * translation is a named clause, so a hit tells which one matched ("matched 气象 for weather").
 *
 * <p>Every translated term must match (three quarters of them from three terms on), and the translated terms must
 * cover the text's content words as the own-language query must match them (all of up to two, else three quarters):
 * "xloud storage" is not answered by anything about storage.
 */
final class CrossLanguageQuery {

    private static final String NAME = "xl\u001f";

    /** The index-time leg's name: this prefix and the query text (to say afterwards which stored words matched). */
    static final String INDEXED = "xi\u001f";

    private static final String SEPARATOR = "\u001f";
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    /** Single-word glosses from this length on also match words sharing all but their last three letters. */
    private static final int WORD_FAMILY_LENGTH = 10;

    private CrossLanguageQuery() {}

    /** Which legs a search uses: translation at query time, the index-time translation fields, or both. */
    enum Mode {
        QUERY,
        INDEX,
        BOTH;

        static Mode of(String value) {
            return Mode.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** The cross-language clause of a search in the given mode; empty when the text has nothing to translate. */
    static Optional<Query> of(String text, Lexicon lexicon, float boost, Mode mode) {
        Optional<Query> atQueryTime = mode == Mode.INDEX ? Optional.empty() : of(text, lexicon, boost);
        Optional<Query> atIndexTime = mode == Mode.QUERY ? Optional.empty() : indexed(text, lexicon, boost);
        if (atQueryTime.isEmpty() || atIndexTime.isEmpty()) {
            return atQueryTime.isPresent() ? atQueryTime : atIndexTime;
        }
        return Optional.of(Query.of(q -> q.bool(
                b -> b.should(atQueryTime.get()).should(atIndexTime.get()).minimumShouldMatch("1"))));
    }

    /**
     * The index-time leg: the query's own words against the other-language listings' translation fields ({@link
     * IndexTimeTranslation}). An English text's content words must match the English glosses as the own-language
     * query must match (all of up to two, else three quarters); a Chinese text's dictionary words must each be found as
     * a phrase among the Chinese words of an English-only listing, under the same coverage rule as at query time.
     */
    static Optional<Query> indexed(String text, Lexicon lexicon, float boost) {
        if (HAN.matcher(text).find()) {
            List<Lexicon.Term> terms = lexicon.chineseTerms(text);
            if (terms.isEmpty() || !coversEnough(text, terms, true, lexicon)) {
                return Optional.empty();
            }
            List<Query> words = terms.stream()
                    .map(t -> Query.of(q -> q.multiMatch(mm -> mm.query(t.text())
                            .fields("glossTitleZh^3", "glossSummaryZh^1.5")
                            .type(TextQueryType.Phrase))))
                    .toList();
            String minimum = words.size() <= 2 ? String.valueOf(words.size()) : "75%";
            return Optional.of(Query.of(q -> q.bool(b ->
                    b.should(words).minimumShouldMatch(minimum).boost(boost).queryName(INDEXED + text))));
        }
        List<String> content = lexicon.englishContentWords(text);
        if (content.isEmpty()) {
            return Optional.empty();
        }
        String words = String.join(" ", content);
        return Optional.of(Query.of(q -> q.bool(b -> b.should(s -> s.multiMatch(mm -> mm.query(words)
                        .fields("glossTitleEn^3", "glossSummaryEn^1.5")
                        .type(TextQueryType.BestFields)
                        .tieBreaker(0.3)
                        .minimumShouldMatch("2<75%")))
                .should(s -> s.multiMatch(mm -> mm.query(words)
                        .fields("glossTitleEn^3", "glossSummaryEn^1.5")
                        .type(TextQueryType.Phrase)))
                .minimumShouldMatch("1")
                .boost(boost)
                .queryName(INDEXED + text))));
    }

    static Optional<Query> of(String text, Lexicon lexicon, float boost) {
        boolean chinese = HAN.matcher(text).find();
        List<Lexicon.Term> terms = chinese ? lexicon.chineseTerms(text) : lexicon.englishTerms(text);
        if (terms.isEmpty() || !coversEnough(text, terms, chinese, lexicon)) {
            return Optional.empty();
        }
        List<Query> clauses = new ArrayList<>();
        for (Lexicon.Term term : terms) {
            List<Query> alternatives = new ArrayList<>();
            for (String translation : term.translations()) {
                String name = NAME + translation + SEPARATOR + term.text();
                alternatives.add(
                        chinese ? inEnglishFields(translation, name, lexicon) : inChineseFields(translation, name));
            }
            clauses.add(Query.of(q -> q.disMax(d -> d.queries(alternatives).tieBreaker(0.1))));
        }
        String minimum = clauses.size() <= 2 ? String.valueOf(clauses.size()) : "75%";
        return Optional.of(Query.of(
                q -> q.bool(b -> b.should(clauses).minimumShouldMatch(minimum).boost(boost))));
    }

    private static boolean coversEnough(String text, List<Lexicon.Term> terms, boolean chinese, Lexicon lexicon) {
        if (chinese) {
            long han = text.codePoints()
                    .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                    .count();
            long covered = terms.stream().mapToLong(t -> t.text().length()).sum();
            return covered * 4 >= han * 3;
        }
        int content = lexicon.englishContentWords(text).size();
        long covered = terms.stream()
                .mapToLong(t -> lexicon.englishContentWords(t.text()).size())
                .sum();
        // As the own-language query: up to two words, all of them; more, three quarters ("xloud storage" is no query
        // for 存储).
        return content <= 2 ? covered >= content : covered * 4 >= content * 3L;
    }

    /** A Chinese word as a phrase of bigrams, so smartcn's word boundaries in the listing do not matter. */
    private static Query inChineseFields(String word, String name) {
        return Query.of(q -> q.bool(b -> b.should(s ->
                        s.matchPhrase(m -> m.field("titleZh.bigram").query(word).boost(3f)))
                .should(s -> s.matchPhrase(
                        m -> m.field("summaryZh.bigram").query(word).boost(1.5f)))
                .should(s ->
                        s.matchPhrase(m -> m.field("descriptionZh").query(word).boost(0.5f)))
                .queryName(name)));
    }

    /**
     * A gloss in the English fields: as a phrase, or as a bag of its words (all but one of them, never without the
     * longest, through the fields'
     * own stemming analyzer: the dictionary's "satellite photo" finds "Satellite imagery", "geothermal heat" finds
     * "Geothermal") a little lower; a long single-word gloss also finds its word family ("electroencephalogram" →
     * "Electroencephalography") lower still.
     */
    private static Query inEnglishFields(String gloss, String name, Lexicon lexicon) {
        String[] words = gloss.split(" ");
        return Query.of(q -> q.bool(b -> {
            b.should(s -> s.matchPhrase(m -> m.field("titleEn").query(gloss).boost(3f)))
                    .should(s ->
                            s.matchPhrase(m -> m.field("summaryEn").query(gloss).boost(1.5f)))
                    .should(s -> s.matchPhrase(m -> m.field("tags").query(gloss).boost(1.5f)))
                    .should(s -> s.matchPhrase(
                            m -> m.field("descriptionEn").query(gloss).boost(0.5f)));
            String head = longest(lexicon.englishContentWords(gloss));
            if (words.length > 1 && head != null) {
                // All but one word, and never without the longest, most specific one: "mental state" (神经) must not
                // find every listing about a state, nor "medical science" (医学) every one about science.
                String[] fields = {"titleEn^3", "summaryEn^1.5", "tags^1.5", "descriptionEn^0.5"};
                b.should(s -> s.bool(bag -> bag.must(m -> m.multiMatch(mm -> mm.query(gloss)
                                .fields(List.of(fields))
                                .type(TextQueryType.BestFields)
                                .minimumShouldMatch("-1")))
                        .filter(f -> f.multiMatch(mm -> mm.query(head).fields(List.of(fields))))
                        .boost(0.6f)));
            } else if (gloss.length() >= WORD_FAMILY_LENGTH && gloss.chars().allMatch(Character::isLetter)) {
                String stem = gloss.substring(0, gloss.length() - 3);
                b.should(s -> s.prefix(p -> p.field("titleEn")
                                .value(stem.toLowerCase(java.util.Locale.ROOT))
                                .boost(1.5f)))
                        .should(s -> s.prefix(p -> p.field("summaryEn")
                                .value(stem.toLowerCase(java.util.Locale.ROOT))
                                .boost(0.75f)));
            }
            return b.queryName(name);
        }));
    }

    /** The longest of the words (the first of equally long ones), or null when there are none. */
    private static String longest(List<String> words) {
        String longest = null;
        for (String word : words) {
            if (longest == null || word.length() > longest.length()) {
                longest = word;
            }
        }
        return longest;
    }

    /**
     * The translations a hit matched through, from its matched query names; other names are ignored. A hit found
     * through the index-time fields (whose stored words carry no names) is explained from its own text: which of its
     * words' translations is the query's word ("matched 气象 for weather", "matched earthquake for 地震").
     */
    static List<Translation> translations(
            List<String> matchedQueries,
            String titleEn,
            String titleZh,
            String summaryEn,
            String summaryZh,
            Lexicon lexicon) {
        List<Translation> found = new ArrayList<>(translations(matchedQueries));
        for (String name : matchedQueries) {
            if (!name.startsWith(INDEXED)) {
                continue;
            }
            String text = name.substring(INDEXED.length());
            for (Translation t : HAN.matcher(text).find()
                    ? englishWordsFor(text, join(titleEn, summaryEn), lexicon)
                    : chineseWordsFor(text, join(titleZh, summaryZh), lexicon)) {
                if (!found.contains(t)) {
                    found.add(t);
                }
            }
        }
        return List.copyOf(found);
    }

    private static String join(String first, String second) {
        return (first == null ? "" : first) + " \n " + (second == null ? "" : second);
    }

    /** For an English query: the listing's Chinese words whose stored glosses contain one of the query's words. */
    private static List<Translation> chineseWordsFor(String query, String chinese, Lexicon lexicon) {
        List<String> wanted = lexicon.englishContentWords(query);
        List<Translation> found = new ArrayList<>();
        for (Lexicon.Term term : lexicon.chineseTerms(chinese)) {
            for (String gloss : term.translations().stream()
                    .limit(IndexTimeTranslation.GLOSSES_PER_WORD)
                    .toList()) {
                List<String> glossWords = lexicon.englishContentWords(gloss).stream()
                        .map(Lexicon::singular)
                        .toList();
                String matched = wanted.stream()
                        .filter(w -> glossWords.contains(Lexicon.singular(w)))
                        .findFirst()
                        .orElse(null);
                if (matched != null) {
                    found.add(new Translation(term.text(), matched));
                    break;
                }
            }
        }
        return found;
    }

    /** For a Chinese query: the listing's English words or phrases whose stored Chinese words include a query word. */
    private static List<Translation> englishWordsFor(String query, String english, Lexicon lexicon) {
        List<String> wanted =
                lexicon.chineseTerms(query).stream().map(Lexicon.Term::text).toList();
        List<Translation> found = new ArrayList<>();
        for (Lexicon.Term term : lexicon.englishTerms(english, false)) {
            for (String word : term.translations()) {
                if (wanted.contains(word)) {
                    found.add(new Translation(term.text(), word));
                    break;
                }
            }
        }
        return found;
    }

    /** The translations a hit matched through, from its matched query names; other names are ignored. */
    static List<Translation> translations(List<String> matchedQueries) {
        List<Translation> found = new ArrayList<>();
        for (String name : matchedQueries) {
            if (!name.startsWith(NAME)) {
                continue;
            }
            String[] parts = name.substring(NAME.length()).split(SEPARATOR, 2);
            if (parts.length == 2) {
                Translation t = new Translation(parts[0], parts[1]);
                if (!found.contains(t)) {
                    found.add(t);
                }
            }
        }
        return List.copyOf(found);
    }
}
