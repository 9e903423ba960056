package dataport.opendata;

import dataport.catalog.UpdateFrequency;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;

/**
 * The EU Publications Office's authority tables that DCAT-AP asks for, and how DataPort's values map onto them: data
 * themes for the tracks (where one fits), languages, countries and update frequencies. An unknown value maps to
 * nothing rather than to a wrong concept.
 */
final class EuVocabularies {

    /** A concept of the EU data-theme vocabulary with its English label. */
    record DataTheme(String code, String label) {
        String iri() {
            return Vocabulary.EU_DATA_THEME + "/" + code;
        }
    }

    static final DataTheme TECH = new DataTheme("TECH", "Science and technology");
    static final DataTheme ECON = new DataTheme("ECON", "Economy and finance");
    static final DataTheme EDUC = new DataTheme("EDUC", "Education, culture and sport");
    static final DataTheme INTR = new DataTheme("INTR", "International issues");

    /** The plan's tracks (category codes of the top level) to the EU theme that fits each. */
    private static final Map<String, DataTheme> TRACK_THEMES = Map.ofEntries(
            Map.entry("cloud", TECH),
            Map.entry("digital-services", TECH),
            Map.entry("data", TECH),
            Map.entry("metaverse", TECH),
            Map.entry("quantum", TECH),
            Map.entry("cryptography", TECH),
            Map.entry("data-security", TECH),
            Map.entry("ai-compute", TECH),
            Map.entry("digital-content", EDUC),
            Map.entry("nft", EDUC),
            Map.entry("ecommerce", ECON),
            Map.entry("intl-data", INTR));

    private static final Map<UpdateFrequency, String> FREQUENCIES = Map.of(
            UpdateFrequency.REAL_TIME, "UPDATE_CONT",
            UpdateFrequency.HOURLY, "HOURLY",
            UpdateFrequency.DAILY, "DAILY",
            UpdateFrequency.WEEKLY, "WEEKLY",
            UpdateFrequency.MONTHLY, "MONTHLY",
            UpdateFrequency.QUARTERLY, "QUARTERLY",
            UpdateFrequency.YEARLY, "ANNUAL",
            UpdateFrequency.IRREGULAR, "IRREG",
            UpdateFrequency.STATIC, "NEVER");

    private EuVocabularies() {}

    static Optional<DataTheme> themeOfTrack(String trackCode) {
        return Optional.ofNullable(TRACK_THEMES.get(trackCode));
    }

    /** A two-letter language code ({@code en}, {@code zh}) as the EU language table's IRI ({@code …/ENG}). */
    static Optional<String> language(String code) {
        if (code == null || !code.matches("[A-Za-z]{2}")) {
            return Optional.empty();
        }
        try {
            String three = Locale.forLanguageTag(code).getISO3Language();
            return three.length() == 3
                    ? Optional.of(Vocabulary.EU_LANGUAGE + three.toUpperCase(Locale.ROOT))
                    : Optional.empty();
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    /** A two-letter country code ({@code CN}) as the EU country table's IRI ({@code …/CHN}). */
    static Optional<String> country(String code) {
        if (code == null || !code.matches("[A-Za-z]{2}")) {
            return Optional.empty();
        }
        try {
            String three = Locale.of("", code.toUpperCase(Locale.ROOT)).getISO3Country();
            return three.length() == 3 ? Optional.of(Vocabulary.EU_COUNTRY + three) : Optional.empty();
        } catch (MissingResourceException e) {
            return Optional.empty();
        }
    }

    /** On demand has no EU frequency: it maps to nothing. */
    static Optional<String> frequency(UpdateFrequency frequency) {
        return Optional.ofNullable(frequency == null ? null : FREQUENCIES.get(frequency))
                .map(code -> Vocabulary.EU_FREQUENCY + code);
    }
}
