package dataport.shared.ui;

import java.util.Set;

/**
 * A link in the main navigation, contributed by a module as a Spring bean, so the layout needs to know no module.
 *
 * @param route the route path, e.g. {@code staff/applications}
 * @param labelKey translation key of the link text
 * @param roles roles that see the link (any one suffices), e.g. {@code COMPLIANCE}; empty: everyone sees it
 * @param order position, smaller first
 * @param notForRoles roles that never see the link, even with one of {@code roles} (a merchant is also a buyer, but
 *     "Become a merchant" is not for them)
 */
public record NavigationEntry(String route, String labelKey, Set<String> roles, int order, Set<String> notForRoles) {

    public NavigationEntry(String route, String labelKey, Set<String> roles, int order) {
        this(route, labelKey, roles, order, Set.of());
    }

    /** This link, hidden from anyone with one of {@code excludedRoles}. */
    public NavigationEntry notFor(String... excludedRoles) {
        return new NavigationEntry(route, labelKey, roles, order, Set.of(excludedRoles));
    }
}
