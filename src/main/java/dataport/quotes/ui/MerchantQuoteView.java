package dataport.quotes.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dataport.catalog.CatalogService;
import dataport.catalog.ListingDetails;
import dataport.quotes.QuoteService;
import dataport.quotes.QuoteStatus;
import dataport.quotes.QuoteThread;
import dataport.shared.ui.MainLayout;
import dataport.shared.ui.RouteIds;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;

/**
 * {@code /workspace/quotes/{id}}: a request to the member's merchant with its thread, a message box and the private
 * offer form (until the buyer accepted an offer).
 */
@StyleSheet("themes/dataport/quotes.css")
@Route(value = "workspace/quotes/:id", layout = MainLayout.class)
@RolesAllowed("MERCHANT")
public class MerchantQuoteView extends QuotePage implements BeforeEnterObserver {

    private final QuoteService quotes;
    private final CatalogService catalog;
    private long id;
    OfferForm offerForm;
    MessageComposer composer;

    MerchantQuoteView(QuoteService quotes, CatalogService catalog) {
        super("quotes.thread.title");
        this.quotes = quotes;
        this.catalog = catalog;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> requested = event.getRouteParameters().get("id").flatMap(RouteIds::parse);
        Optional<QuoteThread> thread = requested.flatMap(quotes::merchantThread);
        if (thread.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        id = requested.get();
        show(thread.get());
    }

    private void show(QuoteThread t) {
        removeAll();
        List<ListingDetails.Plan> plans = PlanNames.of(catalog, t.listingId());
        var planName = PlanNames.names(plans, this, getLocale());
        add(new H1(getTranslation("quotes.thread.title")), new RequestFacts(t, true));
        Div side = new Div();
        side.addClassName("dp-quote-side");
        if (t.status() == QuoteStatus.ACCEPTED) {
            Anchor order = new Anchor("workspace/orders/" + t.orderId(), getTranslation("quotes.thread.order"));
            order.setId("quote-order");
            side.add(order);
        } else if (!plans.isEmpty()) {
            offerForm = new OfferForm(plans.size(), planName, t.offer(), offer -> {
                quotes.sendOffer(id, offer);
                reload();
            });
            side.add(offerForm);
        }
        composer = new MessageComposer((body, name, bytes) -> {
            quotes.post(id, body, name, bytes);
            reload();
        });
        Div main = new Div(new ThreadList(t.entries(), quotes, planName), composer);
        main.addClassName("dp-quote-main");
        Div body = new Div(main, side);
        body.addClassName("dp-quote-body-columns");
        add(body);
    }

    private void reload() {
        quotes.merchantThread(id).ifPresent(this::show);
    }
}
