package dataport.shared.ui;

import com.vaadin.flow.i18n.I18NProvider;
import dataport.shared.Languages;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every user-visible string, in English and Simplified Chinese. Each module keeps its own messages in
 * {@code i18n/<module>.properties} (English) and {@code i18n/<module>_zh_CN.properties}; this provider merges them,
 * so modules do not share one ever-growing file. A key missing in Chinese falls back to English; a key missing
 * everywhere shows as {@code !key} and is logged (TranslationsTest keeps both languages complete).
 */
@Component
public class Translations implements I18NProvider {

    private static final Logger log = LoggerFactory.getLogger(Translations.class);
    static final String LOCATION = "classpath*:i18n/*.properties";

    private final Map<String, String> english;
    private final Map<String, String> chinese;
    /**
     * Each pattern with parameters parsed once per language. Parsing a {@code choice} or a number pattern costs the JDK
     * an exception per sub-format (MessageFormat tries the style keywords first), and pages format such messages for
     * every card: under load they were a third of all exceptions thrown. Formats are not thread-safe: each call
     * formats a clone, which copies the parsed form.
     */
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    public Translations() {
        Map<Boolean, Map<String, String>> bundles = load();
        english = bundles.get(false);
        chinese = bundles.get(true);
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        String pattern = Languages.isChinese(locale) ? chinese.getOrDefault(key, english.get(key)) : english.get(key);
        if (pattern == null) {
            log.warn("No translation for key {}", key);
            return "!" + key;
        }
        if (params.length == 0) {
            return pattern;
        }
        Locale language = Languages.isChinese(locale) ? Languages.CHINESE : Languages.ENGLISH;
        MessageFormat parsed = formats.computeIfAbsent(
                language.toLanguageTag() + ' ' + key, k -> new MessageFormat(pattern, language));
        return ((MessageFormat) parsed.clone()).format(params);
    }

    /** All messages of one language, for tests that check both languages are complete. */
    public Map<String, String> all(Locale locale) {
        return Map.copyOf(Languages.isChinese(locale) ? chinese : english);
    }

    private static Map<Boolean, Map<String, String>> load() {
        Map<String, String> en = new HashMap<>();
        Map<String, String> zh = new HashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(LOCATION)) {
                String name = resource.getFilename();
                if (name == null) {
                    continue;
                }
                Properties properties = new Properties();
                try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
                    properties.load(reader);
                }
                Map<String, String> target = name.endsWith("_zh_CN.properties") ? zh : en;
                for (String key : properties.stringPropertyNames()) {
                    if (target.put(key, properties.getProperty(key)) != null) {
                        throw new IllegalStateException("Translation key " + key + " is defined twice (" + name + ")");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of(false, en, true, zh);
    }
}
