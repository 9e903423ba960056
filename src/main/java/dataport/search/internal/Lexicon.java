package dataport.search.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.springframework.stereotype.Component;

/**
 * The bilingual lexicon behind cross-language search: Chinese word → English glosses and English word or phrase →
 * Chinese words. Built once at start-up from CC-CEDICT ({@code search/cedict-lexicon.tsv.gz}, CC BY-SA 4.0, derived by
 * {@code src/lexicon/build-cedict-lexicon.sh}) with the curated {@code search/synonyms.txt} on top: a curated pair
 * comes before any dictionary sense. About 86,000 words; some 40 MB of heap.
 */
@Component
public class Lexicon {

    static final String DICTIONARY = "search/cedict-lexicon.tsv.gz";
    static final String CURATED = "search/synonyms.txt";

    /** Translations kept per term: more finds more, but each further sense is less likely the one meant. */
    static final int ZH_PER_ENGLISH = 3;

    static final int EN_PER_CHINESE = 5;
    static final int MAX_PHRASE_WORDS = 4;
    private static final int MAX_CHINESE_WORD = 8;

    /**
     * Words that translate to nothing useful: English function words, and words on nearly every data listing (their
     * own-language match already counts; a translation of them only adds noise).
     */
    private static final Set<String> ENGLISH_NOISE = Set.of(
            "a",
            "an",
            "and",
            "are",
            "as",
            "at",
            "be",
            "by",
            "for",
            "from",
            "has",
            "in",
            "into",
            "is",
            "it",
            "its",
            "of",
            "on",
            "or",
            "that",
            "the",
            "this",
            "to",
            "with",
            "data",
            "dataset",
            "datasets",
            "database",
            "information",
            "info",
            "service",
            "services",
            "platform",
            "system",
            "open",
            "public",
            "set",
            "use",
            "all",
            "new",
            "other",
            "more",
            "about",
            "api",
            "file",
            "files");

    private static final Set<String> CHINESE_NOISE = Set.of(
            "数据", "数据集", "数据库", "信息", "服务", "平台", "系统", "开放", "公开", "提供", "包括", "相关", "以及", "进行", "我们", "可以", "主要",
            "中心", "网站", "发布", "查询", "资料", "内容", "有限公司", "公司");

    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");
    private static final Pattern LATIN_WORD = Pattern.compile("[\\p{IsLatin}0-9][\\p{IsLatin}0-9'\\-]*");

    private final Map<String, List<String>> english = new HashMap<>();
    private final Map<String, List<String>> chinese;

    /** The Chinese words in code-point order, to find the longer words that start with a word by binary search. */
    private final String[] chineseWords;

    /** Combining forms found so far ({@link #combiningForm}), empty for words without one. */
    private final Map<String, Optional<String>> combiningForms = new ConcurrentHashMap<>();

    private static final Pattern ONE_WORD = Pattern.compile("[a-z]{3,}");

    /** English word → single Chinese characters: too ambiguous alone, but parts of a composed phrase. */
    private final Map<String, List<String>> characters = new HashMap<>();

    public Lexicon() {
        this(resource(DICTIONARY), resource(CURATED));
    }

    Lexicon(InputStream dictionary, InputStream curated) {
        Map<String, List<String>> zh = new HashMap<>(120_000);
        Map<String, List<Ranked>> en = new HashMap<>(200_000);
        try (dictionary;
                curated) {
            readCurated(curated, zh, en);
            readDictionary(dictionary, zh, en);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search lexicon", e);
        }
        this.chinese = zh;
        this.chineseWords = zh.keySet().stream().sorted().toArray(String[]::new);
        en.forEach((phrase, candidates) -> {
            List<String> ranked = candidates.stream()
                    .sorted(Comparator.comparingDouble(Ranked::rank))
                    .map(Ranked::word)
                    .distinct()
                    .toList();
            List<String> words = ranked.stream()
                    .filter(w -> w.length() > 1)
                    .limit(ZH_PER_ENGLISH)
                    .toList();
            List<String> single =
                    ranked.stream().filter(w -> w.length() == 1).limit(2).toList();
            if (!words.isEmpty()) {
                english.put(phrase, words);
            }
            if (!single.isEmpty()) {
                characters.put(phrase, single);
            }
        });
    }

    /** A Chinese candidate for an English phrase; a lower rank is a likelier translation. */
    private record Ranked(String word, double rank) {}

    private static void readCurated(InputStream in, Map<String, List<String>> zh, Map<String, List<Ranked>> en)
            throws IOException {
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line; (line = reader.readLine()) != null; ) {
            line = line.strip();
            if (line.isEmpty() || line.startsWith("#") || line.contains("=>")) {
                continue;
            }
            List<String> terms = Arrays.stream(line.split(","))
                    .map(t -> t.strip().toLowerCase(Locale.ROOT))
                    .filter(t -> !t.isEmpty())
                    .toList();
            List<String> chineseTerms =
                    terms.stream().filter(t -> HAN.matcher(t).matches()).toList();
            List<String> englishTerms =
                    terms.stream().filter(t -> !HAN.matcher(t).find()).toList();
            for (String c : chineseTerms) {
                zh.computeIfAbsent(c, k -> new ArrayList<>()).addAll(englishTerms);
            }
            for (String e : englishTerms) {
                for (int i = 0; i < chineseTerms.size(); i++) {
                    // Curated first: ranks below any dictionary rank.
                    en.computeIfAbsent(e, k -> new ArrayList<>()).add(new Ranked(chineseTerms.get(i), -10 + i));
                }
            }
        }
    }

    private static void readDictionary(InputStream in, Map<String, List<String>> zh, Map<String, List<Ranked>> en)
            throws IOException {
        BufferedReader reader =
                new BufferedReader(new InputStreamReader(new GZIPInputStream(in), StandardCharsets.UTF_8));
        for (String line; (line = reader.readLine()) != null; ) {
            int tab = line.indexOf('\t');
            if (line.startsWith("#") || tab < 0) {
                continue;
            }
            String[] cells = line.split("\t");
            String word = cells[0];
            List<String> glosses = List.of(cells[1].split("\\|"));
            // Words found in many other headwords are common ones (天气 before 天候, 水 before 溍).
            double common = cells.length > 2 ? Math.log1p(Integer.parseInt(cells[2])) : 0;
            List<String> known = zh.computeIfAbsent(word, k -> new ArrayList<>());
            for (String gloss : glosses) {
                if (!known.contains(gloss)) {
                    known.add(gloss);
                }
            }
            for (int i = 0; i < glosses.size(); i++) {
                String gloss = glosses.get(i);
                // First senses, common words, words with few senses (specific ones), and short words first.
                double rank = i + glosses.size() * 0.1 - common * 0.7 + (word.length() > 4 ? 1 : 0);
                en.computeIfAbsent(gloss, k -> new ArrayList<>()).add(new Ranked(word, rank));
                // "futures contract" also answers "futures", behind any word glossed "futures" outright.
                String[] parts = gloss.split(" ");
                if (parts.length == 2 && !ENGLISH_NOISE.contains(parts[0])) {
                    en.computeIfAbsent(parts[0], k -> new ArrayList<>()).add(new Ranked(word, rank + 3));
                }
            }
        }
    }

    private static InputStream resource(String name) {
        InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        return in;
    }

    /** A run of the text and what it translates to: "remote sensing" → 遥感, or 气象 → weather, meteorology. */
    public record Term(String text, List<String> translations) {}

    /**
     * The English words and phrases of a text that the lexicon can put into Chinese, longest phrase first, left to
     * right ("remote sensing data" → "remote sensing"); plural words are also looked up singular.
     */
    public List<Term> englishTerms(String text) {
        return englishTerms(text, true);
    }

    /**
     * As {@link #englishTerms(String)}; {@code compose} false leaves out two-word phrases put together from their
     * words' characters (index-time translation stores only dictionary words: a composition that is no real word would
     * match its characters' bigrams).
     */
    List<Term> englishTerms(String text, boolean compose) {
        List<String> words = new ArrayList<>();
        var m = LATIN_WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        List<Term> terms = new ArrayList<>();
        for (int i = 0; i < words.size(); ) {
            int taken = 0;
            for (int n = Math.min(MAX_PHRASE_WORDS, words.size() - i); n >= 1 && taken == 0; n--) {
                List<String> phrase = words.subList(i, i + n);
                if (n == 1 && ENGLISH_NOISE.contains(phrase.getFirst())) {
                    break;
                }
                List<String> found = lookUpEnglish(phrase);
                if (found.isEmpty() && n == 2 && compose) {
                    found = composed(phrase.getFirst(), phrase.getLast());
                }
                if (!found.isEmpty()) {
                    terms.add(new Term(String.join(" ", phrase), found));
                    taken = n;
                }
            }
            i += Math.max(1, taken);
        }
        return terms;
    }

    /** The content words of an English text (not the function words or data-listing boilerplate). */
    public List<String> englishContentWords(String text) {
        List<String> words = new ArrayList<>();
        var m = LATIN_WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (!ENGLISH_NOISE.contains(m.group())) {
                words.add(m.group());
            }
        }
        return words;
    }

    private List<String> lookUpEnglish(List<String> phrase) {
        String joined = String.join(" ", phrase);
        List<String> found = english.get(joined);
        if (found == null) {
            String last = phrase.getLast();
            String singular = singular(last);
            if (!singular.equals(last)) {
                List<String> head = new ArrayList<>(phrase.subList(0, phrase.size() - 1));
                head.add(singular);
                found = english.get(String.join(" ", head));
            }
        }
        if (found == null) {
            return List.of();
        }
        return found.stream().filter(w -> !CHINESE_NOISE.contains(w)).toList();
    }

    /**
     * A two-word phrase the dictionary lacks, put together from its words' translations: "water resources" → 水 + 资源
     * = 水资源, "clinical trials" → 临床 + 试验. A composition that is no real word simply matches nothing.
     */
    private List<String> composed(String first, String second) {
        if (ENGLISH_NOISE.contains(first) || ENGLISH_NOISE.contains(second)) {
            return List.of();
        }
        List<String> heads = parts(first);
        List<String> tails = parts(singular(second));
        List<String> found = new ArrayList<>();
        for (int i = 0; i < heads.size(); i++) {
            for (int j = 0; j < tails.size(); j++) {
                if (i + j <= 4 && heads.get(i).length() + tails.get(j).length() <= 5) {
                    found.add(heads.get(i) + tails.get(j));
                }
            }
        }
        return found.stream().limit(12).toList();
    }

    private List<String> parts(String word) {
        List<String> parts = new ArrayList<>();
        // Two characters: the likeliest one alone is often not the one compounds use (energy → 精 before 能; 风 + 能).
        parts.addAll(characters.getOrDefault(word, List.of()).stream().limit(2).toList());
        parts.addAll(english.getOrDefault(word, List.of()).stream().limit(3).toList());
        return parts;
    }

    static String singular(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 4 && (word.endsWith("ses") || word.endsWith("xes") || word.endsWith("ches"))) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    /**
     * The Chinese words of a text that the lexicon can put into English, by longest match left to right
     * ("遥感卫星数据" → 遥感卫星 or 遥感, 卫星); characters no word starts with are skipped.
     */
    public List<Term> chineseTerms(String text) {
        List<Term> terms = new ArrayList<>();
        var runs = HAN.matcher(text);
        while (runs.find()) {
            String run = runs.group();
            int first = terms.size();
            for (int i = 0; i < run.length(); ) {
                int taken = 0;
                for (int n = Math.min(MAX_CHINESE_WORD, run.length() - i); n >= 2; n--) {
                    String word = run.substring(i, i + n);
                    List<String> glosses = chinese.get(word);
                    if (glosses != null && !glosses.isEmpty()) {
                        if (!CHINESE_NOISE.contains(word)) {
                            List<String> translations = new ArrayList<>(
                                    glosses.stream().limit(EN_PER_CHINESE).toList());
                            String composed = composedGloss(word);
                            if (composed != null && !translations.contains(composed)) {
                                translations.add(composed);
                            }
                            terms.add(new Term(word, List.copyOf(translations)));
                        }
                        taken = n;
                        break;
                    }
                }
                i += Math.max(1, taken);
            }
            // The compound as one more sense of each of its words, after their own (which stay the fallback when the
            // compound is no real English word: 地震监测 → "seismomonitor").
            String compound = compoundGloss(run);
            for (int k = first; compound != null && k < terms.size(); k++) {
                List<String> senses = new ArrayList<>(terms.get(k).translations());
                senses.add(compound);
                terms.set(k, new Term(terms.get(k).text(), List.copyOf(senses)));
            }
        }
        return dedupe(terms);
    }

    /**
     * A long word's gloss put together from its dictionary sub-words, longest first: 卫星图像 → 卫星 + 图像 → "satellite
     * image", which the dictionary's own "satellite photo" misses. Null when the word does not split wholly into
     * known words of two characters or more.
     */
    private String composedGloss(String word) {
        if (word.length() < 3) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < word.length(); ) {
            int taken = 0;
            for (int n = Math.min(word.length() - 1, word.length() - i); n >= 2; n--) {
                List<String> glosses = chinese.get(word.substring(i, i + n));
                if (glosses != null && !glosses.isEmpty()) {
                    parts.add(glosses.getFirst());
                    taken = n;
                    break;
                }
            }
            if (taken == 0) {
                return null;
            }
            i += taken;
        }
        return String.join(" ", parts);
    }

    /**
     * A gloss for a four-character text the dictionary lacks that is two dictionary words, the first with an English
     * combining form:
     * 神经科学 → 神经 ("neuro-", from 神经元 neuron, 神经学 neurology, 神经外科 neurosurgery …) + 科学 (science) →
     * "neuroscience", which the words' own glosses ("nerve", "science") rarely find together. Null otherwise.
     */
    private String compoundGloss(String run) {
        // Only two two-character words, as a query's compound is: a longer text is a sentence, not a compound.
        if (run.length() != 4 || chinese.containsKey(run)) {
            return null;
        }
        for (int split = run.length() - 2; split >= 2; split--) {
            List<String> first = chinese.get(run.substring(0, split));
            List<String> second = chinese.get(run.substring(split));
            if (first != null && second != null && !second.isEmpty()) {
                if (CHINESE_NOISE.contains(run.substring(0, split)) || CHINESE_NOISE.contains(run.substring(split))) {
                    return null; // 气象数据 is weather data, not "meteorodata"
                }
                String form = combiningForm(run.substring(0, split));
                String head = second.getFirst();
                return form != null && ONE_WORD.matcher(head).matches() ? form + head : null;
            }
        }
        return null;
    }

    /**
     * The English combining form ending in "o" that most one-word glosses of the longer words starting with this word
     * share (at least three and half of them): 神经 → "neuro", 地理 → "geo" when its words say so; else null.
     */
    private String combiningForm(String word) {
        return combiningForms
                .computeIfAbsent(word, w -> {
                    List<String> glosses = new ArrayList<>();
                    int from = Arrays.binarySearch(chineseWords, w);
                    for (int i = from < 0 ? -from - 1 : from + 1;
                            i < chineseWords.length && chineseWords[i].startsWith(w);
                            i++) {
                        List<String> senses = chinese.get(chineseWords[i]);
                        if (!senses.isEmpty()
                                && ONE_WORD.matcher(senses.getFirst()).matches()) {
                            glosses.add(senses.getFirst());
                        }
                    }
                    Map<String, Integer> counts = new HashMap<>();
                    for (String gloss : glosses) {
                        for (int n = 3; n <= Math.min(7, gloss.length() - 1); n++) {
                            if (gloss.charAt(n - 1) == 'o') {
                                counts.merge(gloss.substring(0, n), 1, Integer::sum);
                            }
                        }
                    }
                    return counts.entrySet().stream()
                            .filter(e -> e.getValue() >= 3 && e.getValue() * 2 >= glosses.size())
                            .max(Map.Entry.<String, Integer>comparingByValue()
                                    .thenComparing(e -> e.getKey().length()))
                            .map(Map.Entry::getKey);
                })
                .orElse(null);
    }

    private static List<Term> dedupe(List<Term> terms) {
        Map<String, Term> byText = new LinkedHashMap<>();
        terms.forEach(t -> byText.putIfAbsent(t.text(), t));
        return List.copyOf(byText.values());
    }

    /** Glosses of a Chinese word, curated first (empty if unknown). */
    public List<String> glosses(String word) {
        return chinese.getOrDefault(word, List.of());
    }

    /** Chinese words for an English word or phrase, curated first (empty if unknown). */
    public List<String> chineseFor(String phrase) {
        return lookUpEnglish(List.of(phrase.toLowerCase(Locale.ROOT).split(" ")));
    }

    /** Distinct Han words (for tests and the README's figures). */
    int size() {
        return new LinkedHashSet<>(chinese.keySet()).size();
    }
}
