package dataport.search;

import java.util.Arrays;
import java.util.Optional;

/**
 * Orders of results. There is no rating in the domain yet, so there is no rating order: add it here (and to the index)
 * when reviews carry one.
 */
public enum SearchSort {
    RELEVANCE("relevance"),
    NEWEST("newest"),
    PRICE_ASC("price"),
    PRICE_DESC("price-desc");

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
