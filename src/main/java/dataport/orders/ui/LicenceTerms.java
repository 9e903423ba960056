package dataport.orders.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import dataport.catalog.ListingDetails;
import dataport.catalog.ui.LicencePlainWords;

/**
 * The licence the buyer agrees to: the listing's terms in plain words, the merchant's additional text and the ODRL
 * policy's link (the order keeps the policy when they pay).
 */
class LicenceTerms extends Div {

    LicenceTerms(ListingDetails listing) {
        addClassNames("dp-panel", "dp-checkout-licence");
        setId("checkout-licence");
        add(
                new H2(getTranslation("orders.checkout.licence")),
                new LicencePlainWords(
                        listing.content().licenceTerms(),
                        listing.merchant().name(),
                        listing.content().licence(),
                        "odrl/listings/" + listing.id()));
    }
}
