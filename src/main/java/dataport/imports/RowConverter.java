package dataport.imports;

import dataport.catalog.BillingPeriod;
import dataport.catalog.CatalogService;
import dataport.catalog.CategoryRef;
import dataport.catalog.DataClassification;
import dataport.catalog.DeliveryMode;
import dataport.catalog.ListingContent;
import dataport.catalog.PricingModel;
import dataport.catalog.UpdateFrequency;
import dataport.shared.Bilingual;
import dataport.shared.Money;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Turns spreadsheet rows into listings with a mapping, checking every limit the listing editor checks. */
final class RowConverter {

    static final int MAX_TITLE = 200;
    static final int MAX_SUMMARY = 500;
    static final int MAX_DESCRIPTION = 20_000;
    static final int MAX_TAG = 64;
    static final int MAX_TAGS = 20;
    static final int MAX_EXTERNAL_ID = 100;
    static final int MAX_URL = 500;
    static final int MAX_UNIT = 60;
    static final int MAX_PROVIDER = 200;

    private final Sheet sheet;
    private final ImportMapping mapping;
    private final List<CategoryRef> categories;
    private final boolean providerRequired;
    private final Map<String, Integer> columnIndex = new HashMap<>();
    private final Map<String, Optional<String>> resolved = new HashMap<>();

    RowConverter(Sheet sheet, ImportMapping mapping, List<CategoryRef> categories, boolean providerRequired) {
        this.sheet = sheet;
        this.mapping = mapping;
        this.categories = categories;
        this.providerRequired = providerRequired;
        for (int i = 0; i < sheet.headers().size(); i++) {
            columnIndex.put(sheet.headers().get(i), i);
        }
    }

    /** Mapping problems that concern every row (a required field with no column), as errors on line 1. */
    List<RowError> mappingErrors() {
        List<RowError> errors = new ArrayList<>();
        if (!mapping.columns().containsKey(ImportField.TITLE_EN)
                && !mapping.columns().containsKey(ImportField.TITLE_ZH)) {
            errors.add(RowError.of(1, ImportField.TITLE_EN, "import.mapping.title-required"));
        }
        if (!mapping.columns().containsKey(ImportField.CATEGORY)
                && !mapping.defaults().containsKey(ImportField.CATEGORY)) {
            errors.add(RowError.of(1, ImportField.CATEGORY, "import.mapping.required"));
        }
        if (providerRequired
                && !mapping.columns().containsKey(ImportField.PROVIDER)
                && !mapping.defaults().containsKey(ImportField.PROVIDER)) {
            errors.add(RowError.of(1, ImportField.PROVIDER, "import.mapping.provider-required"));
        }
        return errors;
    }

    List<PreparedRow> convertAll() {
        List<PreparedRow> rows = new ArrayList<>(sheet.size());
        Map<String, Integer> seenIds = new HashMap<>();
        Map<String, Integer> seenUrls = new HashMap<>();
        for (int r = 0; r < sheet.size(); r++) {
            PreparedRow row = convert(r);
            String scope = row.provider() == null ? "" : ImportValues.key(row.provider()) + "|";
            Integer firstId =
                    row.externalId() == null ? null : seenIds.putIfAbsent(scope + row.externalId(), row.line());
            Integer firstUrl = row.externalId() != null || row.sourceUrl() == null
                    ? null
                    : seenUrls.putIfAbsent(scope + row.sourceUrl(), row.line());
            if (firstId != null || firstUrl != null) {
                List<RowError> errors = new ArrayList<>(row.errors());
                errors.add(RowError.of(
                        row.line(),
                        firstId != null ? ImportField.EXTERNAL_ID : ImportField.SOURCE_URL,
                        "import.row.duplicate",
                        firstId != null ? firstId : firstUrl));
                row = row.withErrors(errors);
            }
            rows.add(row);
        }
        return rows;
    }

    PreparedRow convert(int r) {
        int line = r + 2;
        List<RowError> errors = new ArrayList<>();

        String externalId = text(r, ImportField.EXTERNAL_ID, MAX_EXTERNAL_ID, line, errors);
        String sourceUrl = text(r, ImportField.SOURCE_URL, MAX_URL, line, errors);
        if (sourceUrl != null && !isWebAddress(sourceUrl)) {
            errors.add(RowError.of(line, ImportField.SOURCE_URL, "import.row.bad-url"));
            sourceUrl = null;
        }
        String provider = text(r, ImportField.PROVIDER, MAX_PROVIDER, line, errors);
        if (provider == null && providerRequired) {
            // No provider column (or an empty cell): the one provider the ADMIN chose for every row.
            provider = mapping.defaults().get(ImportField.PROVIDER);
            if (provider != null && provider.strip().length() > MAX_PROVIDER) {
                errors.add(RowError.of(line, ImportField.PROVIDER, "import.row.too-long", MAX_PROVIDER));
                provider = null;
            } else if (provider != null) {
                provider = provider.strip();
            }
        }
        if (providerRequired && provider == null) {
            errors.add(RowError.of(line, ImportField.PROVIDER, "import.row.required"));
        }
        String providerCountry = null;
        String countryText = raw(r, ImportField.PROVIDER_COUNTRY);
        if (!countryText.isEmpty()) {
            List<String> unknown = new ArrayList<>();
            Set<String> found = ImportValues.countries(countryText, unknown);
            if (found.size() == 1 && unknown.isEmpty()) {
                providerCountry = found.iterator().next();
            } else {
                errors.add(RowError.of(line, ImportField.PROVIDER_COUNTRY, "import.row.unknown-country", countryText));
            }
        } else if (mapping.defaults().containsKey(ImportField.PROVIDER_COUNTRY)) {
            providerCountry = mapping.defaults().get(ImportField.PROVIDER_COUNTRY);
        }

        String titleEn = text(r, ImportField.TITLE_EN, MAX_TITLE, line, errors);
        String titleZh = text(r, ImportField.TITLE_ZH, MAX_TITLE, line, errors);
        if (titleEn == null && titleZh == null) {
            errors.add(RowError.of(line, ImportField.TITLE_EN, "import.row.title-required"));
        }
        Bilingual title = Bilingual.of(titleEn, titleZh);
        Bilingual summary = Bilingual.of(
                text(r, ImportField.SUMMARY_EN, MAX_SUMMARY, line, errors),
                text(r, ImportField.SUMMARY_ZH, MAX_SUMMARY, line, errors));
        Bilingual description = Bilingual.of(
                text(r, ImportField.DESCRIPTION_EN, MAX_DESCRIPTION, line, errors),
                text(r, ImportField.DESCRIPTION_ZH, MAX_DESCRIPTION, line, errors));

        String category = value(r, ImportField.CATEGORY, line, errors, true).orElse(null);
        DeliveryMode delivery = value(r, ImportField.DELIVERY_MODE, line, errors, true)
                .map(DeliveryMode::valueOf)
                .orElse(null);
        DataClassification classification = value(r, ImportField.CLASSIFICATION, line, errors, true)
                .map(DataClassification::valueOf)
                .orElse(null);
        boolean personal = value(r, ImportField.PERSONAL_INFORMATION, line, errors, false)
                .map(Boolean::parseBoolean)
                .orElse(false);
        boolean crossBorder = value(r, ImportField.CROSS_BORDER, line, errors, false)
                .map(Boolean::parseBoolean)
                .orElse(false);
        if (crossBorder && classification == DataClassification.CORE) {
            errors.add(RowError.of(line, ImportField.CROSS_BORDER, "import.row.core-cross-border"));
        }
        UpdateFrequency frequency = value(r, ImportField.UPDATE_FREQUENCY, line, errors, false)
                .map(UpdateFrequency::valueOf)
                .orElse(null);

        Set<String> tags = new LinkedHashSet<>();
        String tagText = raw(r, ImportField.TAGS);
        for (String tag : tagText.split("[;,，；、|\\n]+")) {
            String t = tag.strip();
            if (t.isEmpty()) continue;
            if (t.length() > MAX_TAG) {
                errors.add(RowError.of(line, ImportField.TAGS, "import.row.tag-too-long", MAX_TAG));
            } else {
                tags.add(t);
            }
        }
        if (tags.size() > MAX_TAGS) {
            errors.add(RowError.of(line, ImportField.TAGS, "import.row.too-many-tags", MAX_TAGS));
        }
        List<String> unknownCountries = new ArrayList<>();
        Set<String> regions = ImportValues.countries(raw(r, ImportField.REGIONS), unknownCountries);
        if (!unknownCountries.isEmpty()) {
            errors.add(RowError.of(
                    line, ImportField.REGIONS, "import.row.unknown-country", String.join(", ", unknownCountries)));
        }
        List<String> unknownLanguages = new ArrayList<>();
        Set<String> languages = ImportValues.languages(raw(r, ImportField.LANGUAGES), unknownLanguages);
        if (!unknownLanguages.isEmpty()) {
            errors.add(RowError.of(
                    line, ImportField.LANGUAGES, "import.row.unknown-language", String.join(", ", unknownLanguages)));
        }

        List<CatalogService.NewPlan> plans = plan(r, line, errors).map(List::of).orElse(List.of());

        ListingContent content = ListingContent.builder()
                .categoryCode(category)
                .title(title)
                .summary(summary)
                .description(description)
                .deliveryMode(delivery)
                .classification(classification)
                .personalInformation(personal)
                .crossBorder(crossBorder)
                .updateFrequency(frequency)
                .tags(tags)
                .regions(regions)
                .languages(languages)
                .plans(plans)
                .build();
        return new PreparedRow(line, externalId, sourceUrl, provider, providerCountry, content, List.copyOf(errors));
    }

    /** One plan from the pricing, period, unit, price and currency columns; none when all of them are empty. */
    private Optional<CatalogService.NewPlan> plan(int r, int line, List<RowError> errors) {
        String priceText = raw(r, ImportField.PRICE);
        boolean anyColumn = !raw(r, ImportField.PLAN_MODEL).isEmpty() || !priceText.isEmpty();
        if (!anyColumn) {
            return Optional.empty();
        }
        int before = errors.size();
        String model =
                value(r, ImportField.PLAN_MODEL, line, errors, false).orElse(priceText.isEmpty() ? null : "ONE_OFF");
        if (model == null) {
            return Optional.empty();
        }
        PricingModel pricing;
        BillingPeriod period = null;
        switch (model) {
            case "SUBSCRIPTION_MONTH" -> {
                pricing = PricingModel.SUBSCRIPTION;
                period = BillingPeriod.MONTH;
            }
            case "SUBSCRIPTION_YEAR" -> {
                pricing = PricingModel.SUBSCRIPTION;
                period = BillingPeriod.YEAR;
            }
            default -> pricing = PricingModel.valueOf(model);
        }
        if (pricing == PricingModel.SUBSCRIPTION) {
            Optional<String> explicit = value(r, ImportField.PLAN_PERIOD, line, errors, false);
            if (explicit.isPresent()) {
                period = BillingPeriod.valueOf(explicit.get());
            }
            if (period == null) {
                errors.add(RowError.of(line, ImportField.PLAN_PERIOD, "import.row.period-required"));
            }
        }
        String unitText = text(r, ImportField.PLAN_UNIT, MAX_UNIT, line, errors);
        Bilingual unit = null;
        if (pricing == PricingModel.USAGE) {
            if (unitText == null) {
                errors.add(RowError.of(line, ImportField.PLAN_UNIT, "import.row.unit-required"));
            } else {
                boolean chinese = unitText.codePoints()
                        .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
                unit = chinese ? Bilingual.of(null, unitText) : Bilingual.of(unitText, null);
            }
        }
        Money price = null;
        if (pricing != PricingModel.QUOTE) {
            price = price(r, priceText, line, errors);
        }
        if (errors.size() > before) {
            return Optional.empty();
        }
        Bilingual name = Bilingual.of(planName(pricing, period, false), planName(pricing, period, true));
        return Optional.of(new CatalogService.NewPlan(name, pricing, period, unit, price));
    }

    private Money price(int r, String priceText, int line, List<RowError> errors) {
        if (priceText.isEmpty()) {
            errors.add(RowError.of(line, ImportField.PRICE, "import.row.price-required"));
            return null;
        }
        int before = errors.size();
        String currencyCode =
                value(r, ImportField.CURRENCY, line, errors, false).orElse(null);
        if (errors.size() > before) {
            return null; // an unknown currency was reported already
        }
        // "¥1,200", "1200元", "USD 99": a currency written in the price cell counts when no column gives one.
        String symbols = priceText.replaceAll("[0-9.,\\s'\\-]", "");
        if (currencyCode == null && !symbols.isEmpty()) {
            currencyCode = ImportValues.suggest(ImportField.CURRENCY, symbols, categories)
                    .orElse(null);
        }
        if (currencyCode == null) {
            errors.add(RowError.of(line, ImportField.CURRENCY, "import.row.currency-required"));
            return null;
        }
        String number = priceText.replaceAll("[^0-9.,\\-]", "");
        if (number.contains(",") && number.contains(".")) {
            // "1,234.50" or "1.234,50": the separator that comes last is the decimal one.
            number = number.lastIndexOf(',') > number.lastIndexOf('.')
                    ? number.replace(".", "").replace(',', '.')
                    : number.replace(",", "");
        } else if (number.matches("-?\\d+,\\d{1,2}")) {
            number = number.replace(',', '.');
        } else {
            number = number.replace(",", "");
        }
        try {
            BigDecimal amount = new BigDecimal(number);
            if (amount.signum() < 0) {
                errors.add(RowError.of(line, ImportField.PRICE, "import.row.price-negative"));
                return null;
            }
            if (amount.compareTo(new BigDecimal("1000000000000")) > 0) {
                errors.add(RowError.of(line, ImportField.PRICE, "import.row.price-too-large"));
                return null;
            }
            return Money.of(amount, Currency.getInstance(currencyCode));
        } catch (NumberFormatException e) {
            errors.add(RowError.of(line, ImportField.PRICE, "import.row.bad-price", priceText));
        } catch (IllegalArgumentException e) {
            errors.add(RowError.of(line, ImportField.PRICE, "import.row.price-decimals", priceText, currencyCode));
        }
        return null;
    }

    private static String planName(PricingModel model, BillingPeriod period, boolean chinese) {
        return switch (model) {
            case ONE_OFF -> chinese ? "一次性购买" : "One-off";
            case SUBSCRIPTION ->
                period == BillingPeriod.YEAR ? (chinese ? "包年订阅" : "Yearly") : (chinese ? "包月订阅" : "Monthly");
            case USAGE -> chinese ? "按量计费" : "Pay as you go";
            case QUOTE -> chinese ? "询价" : "On request";
        };
    }

    /**
     * The DataPort value of a value-mapped field: from its column (the user's value mapping or the suggestion), else
     * the mapping's default; an error when a value is there but unknown, or when required and nothing gives one.
     */
    private Optional<String> value(int r, ImportField field, int line, List<RowError> errors, boolean required) {
        String raw = raw(r, field);
        if (!raw.isEmpty()) {
            // A column holds few distinct values: resolve each once, not once per row.
            Optional<String> target = resolved.computeIfAbsent(
                    field.name() + "\u0000" + raw, k -> mapping.resolve(field, raw, categories));
            if (target.isEmpty()) {
                errors.add(RowError.of(line, field, "import.row.unknown-value", raw));
            }
            return target;
        }
        String fallback = mapping.defaults().get(field);
        if (fallback != null) {
            return Optional.of(fallback);
        }
        if (required) {
            errors.add(RowError.of(line, field, "import.row.required"));
        }
        return Optional.empty();
    }

    private String text(int r, ImportField field, int max, int line, List<RowError> errors) {
        String value = raw(r, field);
        if (value.isEmpty()) {
            return null;
        }
        if (value.length() > max) {
            errors.add(RowError.of(line, field, "import.row.too-long", max));
            return null;
        }
        return value;
    }

    String raw(int r, ImportField field) {
        String header = mapping.columns().get(field);
        Integer column = header == null ? null : columnIndex.get(header);
        return column == null ? "" : sheet.cell(r, column).strip();
    }

    private static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
