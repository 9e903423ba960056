package dataport.shared;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.catalog.BillingPeriod;
import dataport.catalog.DataClassification;
import dataport.catalog.DeliveryMode;
import dataport.catalog.PricingModel;
import dataport.catalog.UpdateFrequency;
import dataport.merchants.Origin;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every user-visible string exists in English and Simplified Chinese. */
class TranslationsTest {

    private final Properties english = load("vaadin-i18n/translations.properties");
    private final Properties chinese = load("vaadin-i18n/translations_zh_CN.properties");

    @Test
    void bothLanguagesHaveExactlyTheSameKeys() {
        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(chinese.stringPropertyNames());
        Set<String> onlyChinese = new TreeSet<>(chinese.stringPropertyNames());
        onlyChinese.removeAll(english.stringPropertyNames());

        assertThat(onlyEnglish).as("keys missing in Chinese").isEmpty();
        assertThat(onlyChinese).as("keys missing in English").isEmpty();
    }

    @Test
    void noTranslationIsBlankAndEveryPatternParses() {
        for (Properties bundle : new Properties[] {english, chinese}) {
            bundle.stringPropertyNames().forEach(key -> {
                String value = bundle.getProperty(key);
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
                .forEach(key -> assertThat(english.getProperty(key)).as(key).isNotNull());
    }

    private static String[] keys(String prefix, Enum<?>[] values) {
        return Arrays.stream(values).map(v -> prefix + v.name()).toArray(String[]::new);
    }

    private static Properties load(String path) {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(path)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
