package dataport.catalog.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import dataport.catalog.BrowseService;
import dataport.catalog.ListingDetails;
import dataport.shared.ListingRatings;
import java.util.List;

/**
 * "Related listings" under a listing: published listings of the same sub-track first, then of the same track, never
 * the listing itself; hidden when there are none. The listing page passes in its {@link BrowseService}. The cards
 * are one light node ({@link CardGrid}): the listing page is what a browsing session keeps last.
 */
public class RelatedListings extends Section {

    static final int LIMIT = 4;

    RelatedListings(BrowseService browse, ListingRatings ratings, ListingDetails listing) {
        addClassName("dp-section");
        addClassName("dp-related");
        setId("related-listings");
        List<ListingDetails> related = browse.related(listing.id(), LIMIT);
        var rated = ratings.of(related.stream().map(ListingDetails::id).toList());
        add(new H2(getTranslation("browse.related")), new CardGrid(related, rated, getLocale(), this));
        setVisible(!related.isEmpty());
    }
}
