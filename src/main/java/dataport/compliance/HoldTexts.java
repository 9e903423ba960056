package dataport.compliance;

import dataport.shared.Bilingual;
import dataport.shared.Languages;
import dataport.shared.ui.Translations;
import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** The bilingual notes of a routing notice (why payment waits, which filing covers it), from the module's bundle. */
@Component
class HoldTexts {

    private final Translations translations;

    HoldTexts(Translations translations) {
        this.translations = translations;
    }

    /** Why payment waits; {@code state} as {@link Assessment#holdReason} names it, or "not-filed". */
    Bilingual hold(String state) {
        return both("compliance.hold." + state);
    }

    Bilingual coveredBy(FilingType filing, LocalDate until) {
        return new Bilingual(
                translations.getTranslation(
                        "compliance.covered-by",
                        Languages.ENGLISH,
                        translations.getTranslation("compliance.filing." + filing, Languages.ENGLISH),
                        until.toString()),
                translations.getTranslation(
                        "compliance.covered-by",
                        Languages.CHINESE,
                        translations.getTranslation("compliance.filing." + filing, Languages.CHINESE),
                        until.toString()));
    }

    private Bilingual both(String key) {
        return new Bilingual(
                translations.getTranslation(key, Languages.ENGLISH),
                translations.getTranslation(key, Languages.CHINESE));
    }
}
