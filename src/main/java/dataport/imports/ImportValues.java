package dataport.imports;

import dataport.catalog.CategoryRef;
import dataport.catalog.DataClassification;
import dataport.catalog.DeliveryMode;
import dataport.catalog.UpdateFrequency;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The values DataPort accepts for the value-mapped fields, and the words other exchanges' exports use for them
 * (English and Chinese), from which each distinct value of a column gets a suggested target. Also reads country and
 * language lists ("中国;美国", "CN, US", "English / 中文").
 */
public final class ImportValues {

    /** Pricing targets: SUBSCRIPTION alone needs the period from its own column. */
    public static final List<String> PLAN_MODELS =
            List.of("ONE_OFF", "SUBSCRIPTION_MONTH", "SUBSCRIPTION_YEAR", "SUBSCRIPTION", "USAGE", "QUOTE");

    public static final List<String> PERIODS = List.of("MONTH", "YEAR");
    public static final List<String> BOOLEANS = List.of("true", "false");
    public static final List<String> CURRENCIES =
            List.of("CNY", "USD", "EUR", "HKD", "GBP", "JPY", "SGD", "AUD", "CAD", "CHF", "KRW", "AED", "MOP", "TWD");

    private static final Map<ImportField, Map<String, String>> WORDS = new HashMap<>();
    private static final Map<String, String> COUNTRIES = new HashMap<>();
    private static final Map<String, String> LANGUAGES = new HashMap<>();

    static {
        words(
                ImportField.PLAN_MODEL,
                "ONE_OFF",
                "one off",
                "one-off",
                "oneoff",
                "once",
                "one time",
                "one-time",
                "perpetual",
                "buyout",
                "fixed",
                "一次性",
                "买断",
                "一次性付费",
                "单次购买");
        words(
                ImportField.PLAN_MODEL,
                "SUBSCRIPTION_MONTH",
                "monthly",
                "per month",
                "month",
                "subscription monthly",
                "monthly subscription",
                "月付",
                "包月",
                "按月",
                "月订阅",
                "按月订阅",
                "月租");
        words(
                ImportField.PLAN_MODEL,
                "SUBSCRIPTION_YEAR",
                "yearly",
                "annual",
                "annually",
                "per year",
                "year",
                "subscription yearly",
                "annual subscription",
                "yearly subscription",
                "包年",
                "年付",
                "按年",
                "年订阅",
                "按年订阅",
                "年租");
        words(ImportField.PLAN_MODEL, "SUBSCRIPTION", "subscription", "subscribe", "recurring", "订阅", "订阅制");
        words(
                ImportField.PLAN_MODEL,
                "USAGE",
                "usage",
                "pay as you go",
                "pay-as-you-go",
                "payg",
                "metered",
                "per call",
                "per use",
                "pay per use",
                "pay-per-use",
                "per request",
                "按量",
                "按量计费",
                "按次",
                "按次计费",
                "按调用",
                "按调用量",
                "计量");
        words(
                ImportField.PLAN_MODEL,
                "QUOTE",
                "quote",
                "on request",
                "contact",
                "contact us",
                "contact sales",
                "negotiable",
                "rfq",
                "询价",
                "面议",
                "议价",
                "协商",
                "联系我们",
                "价格面议");
        words(ImportField.PLAN_PERIOD, "MONTH", "month", "monthly", "mo", "m", "月", "每月", "按月", "月付");
        words(
                ImportField.PLAN_PERIOD,
                "YEAR",
                "year",
                "yearly",
                "annual",
                "annually",
                "yr",
                "y",
                "年",
                "每年",
                "按年",
                "年付");
        words(ImportField.CURRENCY, "CNY", "cny", "rmb", "¥", "￥", "元", "人民币", "yuan", "renminbi");
        words(ImportField.CURRENCY, "USD", "usd", "$", "us$", "us dollar", "dollar", "美元", "美金");
        words(ImportField.CURRENCY, "EUR", "eur", "€", "euro", "欧元");
        words(ImportField.CURRENCY, "HKD", "hkd", "hk$", "港币", "港元");
        words(ImportField.CURRENCY, "GBP", "gbp", "£", "pound", "英镑");
        words(ImportField.CURRENCY, "JPY", "jpy", "日元", "円", "yen");
        words(ImportField.CURRENCY, "SGD", "sgd", "s$", "新加坡元", "新币");
        words(
                ImportField.UPDATE_FREQUENCY,
                "REAL_TIME",
                "real time",
                "real-time",
                "realtime",
                "live",
                "streaming",
                "实时");
        words(ImportField.UPDATE_FREQUENCY, "HOURLY", "hourly", "every hour", "每小时", "小时");
        words(ImportField.UPDATE_FREQUENCY, "DAILY", "daily", "every day", "day", "每日", "每天", "日更", "日");
        words(ImportField.UPDATE_FREQUENCY, "WEEKLY", "weekly", "every week", "week", "每周", "周更", "周");
        words(ImportField.UPDATE_FREQUENCY, "MONTHLY", "monthly", "every month", "month", "每月", "月更", "月");
        words(ImportField.UPDATE_FREQUENCY, "QUARTERLY", "quarterly", "every quarter", "quarter", "每季度", "季度", "季更");
        words(
                ImportField.UPDATE_FREQUENCY,
                "YEARLY",
                "yearly",
                "annually",
                "annual",
                "every year",
                "year",
                "每年",
                "年度",
                "按年",
                "年更",
                "年");
        words(
                ImportField.UPDATE_FREQUENCY,
                "IRREGULAR",
                "irregular",
                "irregularly",
                "ad hoc",
                "from time to time",
                "不定期",
                "不定期更新",
                "不定时");
        words(ImportField.UPDATE_FREQUENCY, "ON_DEMAND", "on demand", "on-demand", "as needed", "按需", "按需更新");
        words(ImportField.UPDATE_FREQUENCY, "STATIC", "static", "never", "none", "one off", "不更新", "静态", "一次性");
        words(ImportField.DELIVERY_MODE, "API", "api", "rest", "rest api", "interface", "接口", "api接口", "数据接口");
        words(
                ImportField.DELIVERY_MODE,
                "FILE",
                "file",
                "files",
                "download",
                "dataset",
                "data package",
                "csv",
                "文件",
                "数据包",
                "离线文件",
                "文件下载",
                "下载");
        words(
                ImportField.DELIVERY_MODE,
                "SAAS",
                "saas",
                "online",
                "web",
                "cloud",
                "platform",
                "在线",
                "云服务",
                "在线服务",
                "平台");
        words(
                ImportField.DELIVERY_MODE,
                "DEDICATED_LINE",
                "dedicated line",
                "leased line",
                "private line",
                "专线",
                "数据专线");
        words(
                ImportField.DELIVERY_MODE,
                "ON_PREMISE",
                "on premise",
                "on-premise",
                "on premises",
                "on-premises",
                "private deployment",
                "self-hosted",
                "本地部署",
                "私有化部署",
                "私有部署",
                "本地化部署");
        words(
                ImportField.DELIVERY_MODE,
                "PROFESSIONAL_SERVICE",
                "professional service",
                "professional services",
                "service",
                "services",
                "consulting",
                "consultancy",
                "专业服务",
                "咨询",
                "人工服务",
                "服务");
        words(ImportField.CLASSIFICATION, "PUBLIC", "public", "open", "公开", "公开数据", "开放");
        words(ImportField.CLASSIFICATION, "GENERAL", "general", "normal", "internal", "一般", "一般数据", "普通");
        words(ImportField.CLASSIFICATION, "IMPORTANT", "important", "sensitive", "重要", "重要数据", "敏感");
        words(ImportField.CLASSIFICATION, "CORE", "core", "核心", "核心数据");
        for (ImportField flag : List.of(ImportField.PERSONAL_INFORMATION, ImportField.CROSS_BORDER)) {
            words(flag, "true", "true", "yes", "y", "1", "x", "✓", "✔", "是", "有", "含", "包含", "允许", "可", "可以", "涉及");
            words(flag, "false", "false", "no", "n", "0", "-", "否", "无", "不", "不含", "不包含", "不允许", "不可", "不涉及");
        }

        for (String code : Locale.getISOCountries()) {
            Locale country = Locale.of("", code);
            COUNTRIES.put(key(code), code);
            try {
                COUNTRIES.put(key(country.getISO3Country()), code);
            } catch (java.util.MissingResourceException e) {
                // no three-letter code
            }
            COUNTRIES.put(key(country.getDisplayCountry(Locale.ENGLISH)), code);
            COUNTRIES.put(key(country.getDisplayCountry(Locale.SIMPLIFIED_CHINESE)), code);
        }
        aliases(COUNTRIES, "US", "usa", "united states of america", "america", "美利坚合众国", "美");
        aliases(COUNTRIES, "GB", "uk", "great britain", "britain", "england", "英");
        aliases(COUNTRIES, "CN", "prc", "mainland china", "china mainland", "中国大陆", "大陆", "中华人民共和国", "中");
        aliases(COUNTRIES, "HK", "hong kong", "hongkong", "香港", "中国香港");
        aliases(COUNTRIES, "MO", "macau", "macao", "澳门", "中国澳门");
        aliases(COUNTRIES, "TW", "taiwan", "台湾", "中国台湾");
        aliases(COUNTRIES, "KR", "korea", "south korea", "韩国");
        aliases(COUNTRIES, "AE", "uae", "阿联酋");
        aliases(COUNTRIES, "RU", "russia", "俄罗斯");
        aliases(COUNTRIES, "VN", "vietnam", "越南");

        for (String code : Locale.getISOLanguages()) {
            Locale language = Locale.of(code);
            LANGUAGES.put(key(code), code);
            LANGUAGES.put(key(language.getDisplayLanguage(Locale.ENGLISH)), code);
            LANGUAGES.put(key(language.getDisplayLanguage(Locale.SIMPLIFIED_CHINESE)), code);
        }
        aliases(
                LANGUAGES,
                "zh",
                "中文",
                "汉语",
                "普通话",
                "简体中文",
                "繁体中文",
                "mandarin",
                "chinese",
                "zh-cn",
                "zh-hans",
                "zh-tw",
                "zh-hant",
                "cantonese",
                "粤语");
        aliases(LANGUAGES, "en", "英文", "英语", "english");
        aliases(LANGUAGES, "ja", "日文", "日语");
        aliases(LANGUAGES, "ko", "韩文", "韩语");
        aliases(LANGUAGES, "fr", "法文", "法语");
        aliases(LANGUAGES, "de", "德文", "德语");
        aliases(LANGUAGES, "es", "西班牙文", "西班牙语");
        aliases(LANGUAGES, "ru", "俄文", "俄语");
        aliases(LANGUAGES, "ar", "阿拉伯文", "阿拉伯语");
    }

    private ImportValues() {}

    /** The values a column of {@code field} may map to; categories by their codes. */
    public static List<String> targets(ImportField field, List<CategoryRef> categories) {
        return switch (field) {
            case CATEGORY -> categories.stream().map(CategoryRef::code).toList();
            case DELIVERY_MODE -> names(DeliveryMode.values());
            case CLASSIFICATION -> names(DataClassification.values());
            case UPDATE_FREQUENCY -> names(UpdateFrequency.values());
            case PERSONAL_INFORMATION, CROSS_BORDER -> BOOLEANS;
            case PLAN_MODEL -> PLAN_MODELS;
            case PLAN_PERIOD -> PERIODS;
            case CURRENCY -> CURRENCIES;
            default -> List.of();
        };
    }

    /** What DataPort value the raw value most likely means, if it can tell. */
    public static Optional<String> suggest(ImportField field, String raw, List<CategoryRef> categories) {
        String k = key(raw);
        if (k.isEmpty()) {
            return Optional.empty();
        }
        List<String> targets = targets(field, categories);
        for (String target : targets) {
            if (key(target).equals(k)) {
                return Optional.of(target);
            }
        }
        if (field == ImportField.CATEGORY) {
            for (CategoryRef c : categories) {
                if (k.equals(key(c.name().en())) || k.equals(key(c.name().zh()))) {
                    return Optional.of(c.code());
                }
            }
            return Optional.empty();
        }
        String word = WORDS.getOrDefault(field, Map.of()).get(k);
        if (word != null) {
            return Optional.of(word);
        }
        if (field == ImportField.CURRENCY && k.length() == 3 && k.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            try {
                return Optional.of(
                        Currency.getInstance(k.toUpperCase(Locale.ROOT)).getCurrencyCode());
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The countries of a list such as "中国;美国", "CN, US", "Germany / France" ({@code unknown} gets the rest). */
    public static Set<String> countries(String raw, List<String> unknown) {
        return list(raw, COUNTRIES, unknown);
    }

    /** The language codes of a list such as "English / 中文" or "en,zh". */
    public static Set<String> languages(String raw, List<String> unknown) {
        return list(raw, LANGUAGES, unknown);
    }

    private static Set<String> list(String raw, Map<String, String> vocabulary, List<String> unknown) {
        Set<String> found = new LinkedHashSet<>();
        for (String token : raw.split("[;,，；、/|\\n]+")) {
            String k = key(token);
            if (k.isEmpty()) {
                continue;
            }
            String code = vocabulary.get(k);
            if (code != null) {
                found.add(code);
                continue;
            }
            // "CN US" or "DE FR IT": split by spaces only when every part is known.
            List<String> parts = Arrays.stream(k.split(" ")).toList();
            if (parts.size() > 1 && parts.stream().allMatch(vocabulary::containsKey)) {
                parts.forEach(p -> found.add(vocabulary.get(p)));
            } else {
                unknown.add(token.strip());
            }
        }
        return found;
    }

    static String key(String value) {
        return ImportField.normalise(value);
    }

    private static void words(ImportField field, String target, String... words) {
        Map<String, String> map = WORDS.computeIfAbsent(field, f -> new HashMap<>());
        for (String w : words) {
            map.putIfAbsent(key(w), target);
        }
    }

    private static void aliases(Map<String, String> map, String code, String... names) {
        for (String n : names) {
            map.put(key(n), code);
        }
    }

    private static List<String> names(Enum<?>[] values) {
        List<String> names = new ArrayList<>();
        for (Enum<?> v : values) {
            names.add(v.name());
        }
        return List.copyOf(names);
    }
}
