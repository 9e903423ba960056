package dataport.quotes.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dataport.catalog.CatalogService;
import dataport.catalog.ListingDetails;
import dataport.quotes.QuoteRefused;
import dataport.quotes.QuoteService;
import dataport.shared.ui.MainLayout;
import dataport.shared.ui.RouteIds;
import jakarta.annotation.security.PermitAll;

/**
 * {@code /quotes/new/{listingId}}: a signed-in buyer asks the listing's merchant for a quote (the listing page links
 * here from its quote-only plans). Sending opens the request's thread.
 */
@StyleSheet("themes/dataport/quotes.css")
@Route(value = "quotes/new/:listingId", layout = MainLayout.class)
@PermitAll
public class RequestQuoteView extends QuotePage implements BeforeEnterObserver {

    private final CatalogService catalog;
    private final QuoteService quotes;
    QuoteRequestForm form;

    RequestQuoteView(CatalogService catalog, QuoteService quotes) {
        super("quotes.new.title");
        this.catalog = catalog;
        this.quotes = quotes;
    }

    /** The page that asks for a quote on {@code listingId}. */
    public static String path(long listingId) {
        return "quotes/new/" + listingId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ListingDetails listing = event.getRouteParameters()
                .get("listingId")
                .flatMap(RouteIds::parse)
                .flatMap(catalog::findPublished)
                .orElse(null);
        if (listing == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        Anchor back =
                new Anchor("listings/" + listing.id(), listing.content().title().in(getLocale()));
        back.setId("quote-listing");
        Paragraph lead = new Paragraph(
                getTranslation("quotes.new.lead", listing.merchant().name().in(getLocale())));
        lead.addClassName("dp-muted");
        form = new QuoteRequestForm(asked -> {
            try {
                long id = quotes.request(listing.id(), asked);
                UI.getCurrent().navigate(MyQuotesView.ROUTE + "/" + id);
                return true;
            } catch (QuoteRefused refused) {
                form.show(refused);
                return false;
            }
        });
        add(new H1(getTranslation("quotes.new.title")), back, lead, form);
    }
}
