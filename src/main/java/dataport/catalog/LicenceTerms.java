package dataport.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A listing's licence as structured terms (issue 17): what the buyer may use the data for, whether derivative works
 * are allowed, attribution required, onward transfer forbidden, where (an empty territory is worldwide; else ISO 3166
 * alpha-2 codes of countries and regions), for how long (null months: perpetual) and by how many people (null: no
 * limit). The merchant's free text ({@link ListingContent#licence()}) adds to these terms.
 *
 * <p>{@link #canonical()} is the one text form (stored with each licence policy, hashed into its uid); {@link
 * #parse(String)} reads it back.
 */
public record LicenceTerms(
        LicenceUse use,
        boolean derivatives,
        boolean attribution,
        boolean noOnwardTransfer,
        List<String> territory,
        Integer termMonths,
        Integer maxUsers) {

    /** Longest term a merchant may set: 50 years. */
    public static final int TERM_MONTHS_MAX = 600;

    /** Most users a limit may name. */
    public static final int MAX_USERS_MAX = 1_000_000;

    public LicenceTerms {
        territory = territory == null
                ? List.of()
                : territory.stream().distinct().sorted().toList();
    }

    /**
     * What listings have until the merchant chooses (also V61's column defaults for existing, demo and imported
     * listings): internal use only, derivative works for that use allowed, no attribution, no onward transfer,
     * worldwide, perpetual, no user limit.
     */
    public static LicenceTerms defaults() {
        return new LicenceTerms(LicenceUse.INTERNAL, true, false, true, List.of(), null, null);
    }

    /** The templates the editor starts from, by name (translation key {@code workspace.licence.template.<name>}). */
    public static Map<String, LicenceTerms> templates() {
        Map<String, LicenceTerms> templates = new LinkedHashMap<>();
        templates.put("internal", defaults());
        templates.put("commercial", new LicenceTerms(LicenceUse.COMMERCIAL, true, false, true, List.of(), null, null));
        templates.put(
                "open-attribution", new LicenceTerms(LicenceUse.COMMERCIAL, true, true, false, List.of(), null, null));
        templates.put("evaluation", new LicenceTerms(LicenceUse.INTERNAL, false, false, true, List.of(), 3, 5));
        return templates;
    }

    public boolean worldwide() {
        return territory.isEmpty();
    }

    public boolean perpetual() {
        return termMonths == null;
    }

    /** {@code use=INTERNAL;derivatives=true;attribution=false;noTransfer=true;territory=CN,HK;term=12;users=5}. */
    public String canonical() {
        return "use=" + use
                + ";derivatives=" + derivatives
                + ";attribution=" + attribution
                + ";noTransfer=" + noOnwardTransfer
                + ";territory=" + String.join(",", territory)
                + ";term=" + (termMonths == null ? "" : termMonths)
                + ";users=" + (maxUsers == null ? "" : maxUsers);
    }

    /** Reads {@link #canonical()} back. */
    public static LicenceTerms parse(String canonical) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String part : canonical.split(";", -1)) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("Not licence terms: " + canonical);
            }
            values.put(part.substring(0, eq), part.substring(eq + 1));
        }
        String territory = values.getOrDefault("territory", "");
        return new LicenceTerms(
                LicenceUse.valueOf(values.get("use")),
                Boolean.parseBoolean(values.get("derivatives")),
                Boolean.parseBoolean(values.get("attribution")),
                Boolean.parseBoolean(values.get("noTransfer")),
                territory.isEmpty() ? List.of() : List.of(territory.split(",")),
                number(values.get("term")),
                number(values.get("users")));
    }

    /** The territory as the database column keeps it: comma-separated codes, null for worldwide. */
    String territoryColumn() {
        return territory.isEmpty() ? null : String.join(",", territory);
    }

    static List<String> territoryOf(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        List<String> codes = new ArrayList<>();
        for (String code : column.split(",")) {
            if (!code.isBlank()) {
                codes.add(code.trim());
            }
        }
        return codes;
    }

    private static Integer number(String text) {
        return text == null || text.isEmpty() ? null : Integer.valueOf(text);
    }
}
