package dataport.shared.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A section another module adds to a published listing's public page ({@code /listings/{id}}), as a Spring bean, so
 * the catalogue needs to know no module that depends on it (e.g. the reviews).
 */
public interface ListingPageSection {

    /** A new component for the listing, or empty when there is nothing to show. */
    Optional<Component> forListing(long listingId);
}
