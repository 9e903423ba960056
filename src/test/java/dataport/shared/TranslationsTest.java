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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every user-visible string exists in English and Simplified Chinese, in every module's i18n bundle. */
class TranslationsTest {

    private static final Pattern PARAMETER = Pattern.compile("\\{\\d");

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
    void aPatternParsedOnceFormatsEachCallWithItsOwnArgumentsInItsOwnLanguage() throws Exception {
        // Parsed patterns are kept per language and key; formatting must not leak between calls or threads.
        List<Callable<String>> calls = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int n = i % 3;
            Locale locale = i % 2 == 0 ? Languages.ENGLISH : Languages.CHINESE;
            calls.add(() -> n + " " + locale.getLanguage() + " "
                    + translations.getTranslation("browse.listing-count", locale, n));
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (Future<String> result : pool.invokeAll(calls)) {
                String line = result.get();
                assertThat(line)
                        .isIn(
                                "0 en No listings",
                                "1 en 1 listing",
                                "2 en 2 listings",
                                "0 zh 暂无产品",
                                "1 zh 1 个产品",
                                "2 zh 2 个产品");
            }
        } finally {
            pool.shutdown();
        }
        assertThat(translations.getTranslation("exhibits.item-count", Languages.ENGLISH, 12_345))
                .isEqualTo("12,345 items");
        assertThat(translations.getTranslation("exhibits.item-count", Languages.CHINESE, 12_345))
                .isEqualTo("12,345 项");
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

    /**
     * A pattern with parameters goes through MessageFormat (which turns {@code ''} into one apostrophe and swallows a
     * single one); a message without parameters is shown as written. So a doubled apostrophe must never reach the
     * reader, and a single one must not vanish.
     */
    @Test
    void noRenderedMessageShowsADoubledApostropheOrLosesASingleOne() {
        for (Map<String, String> bundle : List.of(english, chinese)) {
            bundle.forEach((key, pattern) -> {
                boolean formatted = PARAMETER.matcher(pattern).find();
                String rendered =
                        formatted ? new MessageFormat(pattern).format(new Object[] {1, 1, 1, 1, 1, 1, 1, 1}) : pattern;
                assertThat(rendered).as(key + " as readers see it").doesNotContain("''");
                if (formatted) {
                    assertThat(pattern.replace("''", ""))
                            .as(key + ": a lone apostrophe that MessageFormat would swallow")
                            .doesNotContain("'");
                }
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
