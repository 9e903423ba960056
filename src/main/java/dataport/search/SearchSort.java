package dataport.search;

import java.util.Arrays;
import java.util.Optional;

/**
 * Orders of results. BEST_RATED sorts by the Bayesian average of the listing's visible ratings
 * ({@link dataport.shared.RatingSummary#bayesian()}), so one 5-star review does not beat fifty 4.8s; listings without
 * ratings come last.
 */
public enum SearchSort {
    RELEVANCE("relevance"),
    NEWEST("newest"),
    PRICE_ASC("price"),
    PRICE_DESC("price-desc"),
    BEST_RATED("rating");

    private final String parameter;

    SearchSort(String parameter) {
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }

    public static Optional<SearchSort> byParameter(String parameter) {
        return Arrays.stream(values())
                .filter(s -> s.parameter.equals(parameter))
                .findFirst();
    }
}
