package dataport.catalog;

import dataport.catalog.CatalogService.NewPlan;
import dataport.catalog.InvalidListing.Violation;
import dataport.shared.Bilingual;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The server's checks of a listing's content, per field the rule broken ({@link Violation}: translation key and the
 * limit it names), so the editor can show each message next to its field without a list of limits of its own. The
 * database columns' sizes are the limits.
 */
public final class ListingRules {

    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 500;
    public static final int DESCRIPTION_MAX = 20_000;
    public static final int SLA_MAX = 500;
    public static final int LICENCE_MAX = 1000;
    public static final int TAG_MAX = 64;
    public static final int TAGS_MAX = 20;
    public static final int PLAN_NAME_MAX = 120;
    public static final int PLAN_UNIT_MAX = 60;
    public static final int PLANS_MAX = 10;
    public static final int IMAGES_MAX = 8;
    public static final int COMMENT_MAX = 2000;
    /** Prices below one billion in the currency's major unit; far above any real listing, far below {@code long}. */
    public static final long PRICE_MAJOR_MAX = 1_000_000_000L;

    /** The track whose listings are data products: they must say whether personal information is involved. */
    public static final String DATA_PRODUCTS_TRACK = "data";

    private ListingRules() {}

    /**
     * Problems with the content; empty when it may be saved. {@code forSubmission} adds what a listing needs before
     * staff review it (a pricing plan).
     */
    static Map<String, String> check(ListingContent c, CategoryRef category, boolean forSubmission) {
        Map<String, String> keys = new LinkedHashMap<>();
        violations(c, category, forSubmission).forEach((field, v) -> keys.put(field, v.messageKey()));
        return keys;
    }

    /** The same checks, with the values each message names (the length limit of a too long field). */
    static Map<String, Violation> violations(ListingContent c, CategoryRef category, boolean forSubmission) {
        Errors errors = new Errors();
        if (category == null || category.parent() == null) {
            errors.put("category", "workspace.form.error.category");
        }
        if (blank(c.title())) {
            errors.put("titleEn", "workspace.form.error.title");
        }
        length(errors, c.title(), TITLE_MAX, "title");
        length(errors, c.summary(), SUMMARY_MAX, "summary");
        length(errors, c.description(), DESCRIPTION_MAX, "description");
        length(errors, c.sla(), SLA_MAX, "sla");
        length(errors, c.licence(), LICENCE_MAX, "licence");
        checkLicenceTerms(errors, c.licenceTerms());
        if (c.deliveryMode() == null) {
            errors.put("deliveryMode", "workspace.form.error.required");
        }
        if (c.classification() == null) {
            errors.put("classification", "workspace.form.error.required");
        }
        if (c.crossBorder() && c.classification() == DataClassification.CORE) {
            errors.put("crossBorder", "workspace.form.core-not-cross-border");
        }
        if (c.personalInformation() == null
                && category != null
                && DATA_PRODUCTS_TRACK.equals(category.track().code())) {
            errors.put("personalInformation", "workspace.form.error.personal-information");
        }
        if (c.tags().size() > TAGS_MAX || c.tags().stream().anyMatch(t -> tooLong(t, TAG_MAX))) {
            errors.put("tags", "workspace.form.error.tags", TAGS_MAX, TAG_MAX);
        }
        if (c.regions().stream().anyMatch(r -> r == null || !r.matches("[A-Z]{2}"))) {
            errors.put("regions", "workspace.form.error.regions");
        }
        if (c.languages().stream().anyMatch(l -> l == null || !l.matches("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?"))) {
            errors.put("languages", "workspace.form.error.languages");
        }
        if (c.imageIds().size() > IMAGES_MAX) {
            errors.put("images", "workspace.images.too-many", IMAGES_MAX);
        }
        checkPlans(errors, c, forSubmission);
        return errors.all;
    }

    /** Field to violation; the first rule a field breaks is the one it shows. */
    private static final class Errors {
        final Map<String, Violation> all = new LinkedHashMap<>();

        void put(String field, String key, Object... arguments) {
            all.putIfAbsent(field, Violation.of(key, arguments));
        }
    }

    /** The known ISO 3166 alpha-2 codes (the JDK's list, which includes regions such as HK, MO and TW). */
    private static final java.util.Set<String> ISO_CODES = java.util.Set.of(java.util.Locale.getISOCountries());

    private static void checkLicenceTerms(Errors errors, LicenceTerms t) {
        if (t.use() == null) {
            errors.put("licenceUse", "workspace.form.error.required");
        }
        if (t.territory().stream().anyMatch(code -> code == null || !ISO_CODES.contains(code))) {
            errors.put("licenceTerritory", "workspace.licence.error.territory");
        }
        if (t.termMonths() != null && (t.termMonths() < 1 || t.termMonths() > LicenceTerms.TERM_MONTHS_MAX)) {
            errors.put("licenceTermMonths", "workspace.licence.error.term", LicenceTerms.TERM_MONTHS_MAX);
        }
        if (t.maxUsers() != null && (t.maxUsers() < 1 || t.maxUsers() > LicenceTerms.MAX_USERS_MAX)) {
            errors.put("licenceMaxUsers", "workspace.licence.error.users", LicenceTerms.MAX_USERS_MAX);
        }
    }

    private static void checkPlans(Errors errors, ListingContent c, boolean forSubmission) {
        if (c.plans().size() > PLANS_MAX) {
            errors.put("plans", "workspace.form.error.plans-max", PLANS_MAX);
            return;
        }
        if (forSubmission && c.plans().isEmpty()) {
            errors.put("plans", "workspace.form.error.plans-none");
            return;
        }
        for (int i = 0; i < c.plans().size(); i++) {
            NewPlan p = c.plans().get(i);
            String at = "plans." + i + ".";
            if (blank(p.name())) {
                errors.put(at + "name", "workspace.form.error.plan-name");
            }
            length(errors, p.name(), PLAN_NAME_MAX, at + "name");
            length(errors, p.unit(), PLAN_UNIT_MAX, at + "unit");
            if (p.model() == null) {
                errors.put(at + "model", "workspace.form.error.required");
                continue;
            }
            if (p.model() == PricingModel.SUBSCRIPTION && p.period() == null) {
                errors.put(at + "period", "workspace.form.error.period");
            }
            if (p.model() == PricingModel.QUOTE) {
                continue;
            }
            if (p.price() == null) {
                errors.put(at + "price", "workspace.form.error.price");
            } else if (p.price().minorUnits() < 0
                    || p.price().amount().compareTo(java.math.BigDecimal.valueOf(PRICE_MAJOR_MAX)) >= 0) {
                errors.put(at + "price", "workspace.form.error.price-range");
            }
        }
    }

    private static boolean blank(Bilingual text) {
        return text == null || (isBlank(text.en()) && isBlank(text.zh()));
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** {@code field} "title" names the two fields titleEn and titleZh; a plan's "plans.0.name" names plans.0.nameEn and plans.0.nameZh. */
    private static void length(Errors errors, Bilingual text, int max, String field) {
        if (text == null) {
            return;
        }
        if (tooLong(text.en(), max)) {
            errors.put(field + "En", "workspace.form.error.too-long", max);
        }
        if (tooLong(text.zh(), max)) {
            errors.put(field + "Zh", "workspace.form.error.too-long", max);
        }
    }

    private static boolean tooLong(String s, int max) {
        return s != null && s.codePointCount(0, s.length()) > max;
    }
}
