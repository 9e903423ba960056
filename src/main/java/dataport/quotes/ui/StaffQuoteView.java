package dataport.quotes.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import dataport.catalog.CatalogService;
import dataport.quotes.QuoteService;
import dataport.quotes.QuoteThread;
import dataport.shared.ui.MainLayout;
import dataport.shared.ui.RouteIds;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;

/**
 * {@code /staff/quotes/orders/{orderId}}: read-only, the negotiation that led to an order, for staff deciding a dispute
 * on it (the disputes page links here). Says so when the order came from no private offer.
 */
@StyleSheet("themes/dataport/quotes.css")
@Route(value = "staff/quotes/orders/:orderId", layout = MainLayout.class)
@RolesAllowed({"COMPLIANCE", "ADMIN"})
public class StaffQuoteView extends QuotePage implements BeforeEnterObserver {

    private final QuoteService quotes;
    private final CatalogService catalog;

    StaffQuoteView(QuoteService quotes, CatalogService catalog) {
        super("quotes.staff.title");
        this.quotes = quotes;
        this.catalog = catalog;
    }

    /** The page of the thread behind {@code orderId}. */
    public static String path(long orderId) {
        return "staff/quotes/orders/" + orderId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Long> orderId = event.getRouteParameters().get("orderId").flatMap(RouteIds::parse);
        add(new H1(getTranslation("quotes.staff.title")));
        Optional<QuoteThread> thread = orderId.flatMap(quotes::threadOfOrder);
        if (thread.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("quotes.staff.none"));
            none.setId("quote-staff-none");
            add(none);
            return;
        }
        QuoteThread t = thread.get();
        Paragraph lead = new Paragraph(getTranslation("quotes.staff.lead", orderId.get()));
        lead.addClassName("dp-muted");
        add(lead, new RequestFacts(t, true));
        add(new ThreadList(
                t.entries(), quotes, PlanNames.names(PlanNames.of(catalog, t.listingId()), this, getLocale())));
    }
}
