package dataport.search;

import dataport.catalog.DataClassification;
import dataport.catalog.DeliveryMode;
import dataport.catalog.PricingModel;
import dataport.merchants.Origin;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A dimension a buyer can narrow results by: its URL parameter, the index field behind it, and which values are
 * acceptable. Unacceptable values (typos, hostile input) are dropped, never an error.
 */
public enum SearchFacet {
    TRACK("track", "trackCode", code()),
    CATEGORY("category", "categoryCode", code()),
    ORIGIN("origin", "merchantOrigin", oneOf(Origin.values())),
    COUNTRY("country", "merchantCountry", Pattern.compile("[A-Z]{2}").asMatchPredicate()),
    DELIVERY("delivery", "deliveryMode", oneOf(DeliveryMode.values())),
    PRICING("pricing", "pricingModels", oneOf(PricingModel.values())),
    PRICE("price", "priceUsdMinor", v -> PriceRange.of(v).isPresent()),
    CLASSIFICATION("class", "classification", oneOf(DataClassification.values())),
    CROSS_BORDER("xborder", "crossBorder", Set.of("true", "false")::contains),
    WHITELIST("wl", "whitelisted", Set.of("true", "false")::contains),
    LANGUAGE(
            "lang",
            "languages",
            Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})?").asMatchPredicate()),
    /** "4★ & up": the listing's plain average rating (as shown, one decimal) is at least the value. */
    STARS("stars", "ratingAverage", v -> MinimumStars.of(v).isPresent());

    private final String parameter;
    private final String field;
    private final Predicate<String> acceptable;

    SearchFacet(String parameter, String field, Predicate<String> acceptable) {
        this.parameter = parameter;
        this.field = field;
        this.acceptable = acceptable;
    }

    public String parameter() {
        return parameter;
    }

    public String field() {
        return field;
    }

    public boolean accepts(String value) {
        return value != null && value.length() <= 64 && acceptable.test(value);
    }

    public boolean isBoolean() {
        return this == CROSS_BORDER || this == WHITELIST;
    }

    public static Optional<SearchFacet> byParameter(String parameter) {
        return Arrays.stream(values())
                .filter(f -> f.parameter.equals(parameter))
                .findFirst();
    }

    private static Predicate<String> code() {
        return Pattern.compile("[A-Za-z0-9_.-]{1,64}").asMatchPredicate();
    }

    private static Predicate<String> oneOf(Enum<?>[] values) {
        Set<String> names = Arrays.stream(values).map(Enum::name).collect(Collectors.toSet());
        return names::contains;
    }

    /** The rating facet's choices: at least this many stars on average. */
    public enum MinimumStars {
        FOUR("4", 4),
        THREE("3", 3);

        private final String key;
        private final int stars;

        MinimumStars(String key, int stars) {
            this.key = key;
            this.stars = stars;
        }

        public String key() {
            return key;
        }

        public int stars() {
            return stars;
        }

        public static Optional<MinimumStars> of(String key) {
            return Arrays.stream(values()).filter(m -> m.key.equals(key)).findFirst();
        }
    }

    /**
     * Price bands over the indicative US-dollar price (see {@code search/exchange-rates.properties}): the cheapest plan
     * of a listing converted at a fixed rate, for filtering and facets only.
     */
    public enum PriceRange {
        UNDER_100("0-100", null, 10_000L),
        FROM_100("100-1000", 10_000L, 100_000L),
        FROM_1000("1000-10000", 100_000L, 1_000_000L),
        FROM_10000("10000-", 1_000_000L, null);

        private final String key;
        private final Long fromUsdMinor;
        private final Long toUsdMinor;

        PriceRange(String key, Long fromUsdMinor, Long toUsdMinor) {
            this.key = key;
            this.fromUsdMinor = fromUsdMinor;
            this.toUsdMinor = toUsdMinor;
        }

        public String key() {
            return key;
        }

        /** Inclusive lower bound in US cents, or null. */
        public Long fromUsdMinor() {
            return fromUsdMinor;
        }

        /** Exclusive upper bound in US cents, or null. */
        public Long toUsdMinor() {
            return toUsdMinor;
        }

        public static Optional<PriceRange> of(String key) {
            return Arrays.stream(values()).filter(r -> r.key.equals(key)).findFirst();
        }

        public static List<PriceRange> all() {
            return List.of(values());
        }
    }
}
