package dataport.quotes.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import dataport.catalog.CatalogService;
import dataport.catalog.ListingDetails;
import dataport.quotes.QuoteService;
import dataport.quotes.QuoteStatus;
import dataport.quotes.QuoteThread;
import dataport.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * {@code /workspace/quotes/{id}}: a request to the member's merchant with its thread, a message box and the private
 * offer form (until the buyer accepted an offer).
 */
@StyleSheet("themes/dataport/quotes.css")
@Route(value = "workspace/quotes/:id", layout = MainLayout.class)
@RolesAllowed("MERCHANT")
public class MerchantQuoteView extends QuoteThreadPage {

    OfferForm offerForm;

    MerchantQuoteView(QuoteService quotes, CatalogService catalog) {
        super(quotes, catalog, true);
    }

    @Override
    protected Optional<QuoteThread> find(long threadId) {
        return quotes.merchantThread(threadId);
    }

    @Override
    protected void fillSide(Div side, QuoteThread t, List<ListingDetails.Plan> plans, IntFunction<String> planName) {
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
    }
}
