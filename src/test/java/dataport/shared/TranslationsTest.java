package dataport.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.catalog.BillingPeriod;
import dataport.catalog.DataClassification;
import dataport.catalog.DeliveryMode;
import dataport.catalog.PricingModel;
import dataport.catalog.UpdateFrequency;
import dataport.merchants.Origin;
import dataport.shared.ui.Translations;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every user-visible string exists in English and Simplified Chinese, in every module's i18n bundle. */
class TranslationsTest {

    private final Translations translations = new Translations();
    private final Map<String, String> english = translations.all(Languages.ENGLISH);
    private final Map<String, String> chinese = translations.all(Languages.CHINESE);

    @Test
    void bothLanguagesHaveExactlyTheSameKeys() {
        Set<String> onlyEnglish = new TreeSet<>(english.keySet());
        onlyEnglish.removeAll(chinese.keySet());
        Set<String> onlyChinese = new TreeSet<>(chinese.keySet());
        onlyChinese.removeAll(english.keySet());

        assertThat(onlyEnglish).as("keys missing in Chinese").isEmpty();
        assertThat(onlyChinese).as("keys missing in English").isEmpty();
    }

    @Test
    void noTranslationIsBlankAndEveryPatternParses() {
        for (Map<String, String> bundle : List.of(english, chinese)) {
            bundle.forEach((key, value) -> {
                assertThat(value).as(key).isNotBlank();
                new MessageFormat(value); // throws on a broken pattern
            });
        }
    }

    @Test
    void everyEnumShownToUsersHasALabel() {
        Stream.of(
                        keys("delivery.", DeliveryMode.values()),
                        keys("classification.", DataClassification.values()),
                        keys("pricing.", PricingModel.values()),
                        keys("frequency.", UpdateFrequency.values()),
                        keys("price.per.", BillingPeriod.values()),
                        keys("origin.", Origin.values()))
                .flatMap(Arrays::stream)
                .forEach(key -> assertThat(english.get(key)).as(key).isNotNull());
    }

    private static String[] keys(String prefix, Enum<?>[] values) {
        return Arrays.stream(values).map(v -> prefix + v.name()).toArray(String[]::new);
    }
}
