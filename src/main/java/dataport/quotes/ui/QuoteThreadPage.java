package dataport.quotes.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import dataport.catalog.CatalogService;
import dataport.catalog.ListingDetails;
import dataport.quotes.QuoteService;
import dataport.quotes.QuoteThread;
import dataport.shared.ui.RouteIds;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * A request's page as one side sees it: the facts, the thread and a message box, with a side column the buyer's and
 * the merchant's pages fill differently. Each side finds the thread through its own service method, so a request
 * that is not theirs is simply not found.
 */
abstract class QuoteThreadPage extends QuotePage implements BeforeEnterObserver {

    protected final QuoteService quotes;
    private final CatalogService catalog;
    private final boolean merchantSide;
    protected long id;
    MessageComposer composer;

    QuoteThreadPage(QuoteService quotes, CatalogService catalog, boolean merchantSide) {
        super("quotes.thread.title");
        this.quotes = quotes;
        this.catalog = catalog;
        this.merchantSide = merchantSide;
    }

    /** The thread with this id if the signed-in user may see it from this side. */
    protected abstract Optional<QuoteThread> find(long threadId);

    /** Fills the side column: the offer, its form, the order link. */
    protected abstract void fillSide(
            Div side, QuoteThread thread, List<ListingDetails.Plan> plans, IntFunction<String> planName);

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> requested = event.getRouteParameters().get("id").flatMap(RouteIds::parse);
        Optional<QuoteThread> thread = requested.flatMap(this::find);
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
        IntFunction<String> planName = PlanNames.names(plans, this, getLocale());
        add(new H1(getTranslation("quotes.thread.title")), new RequestFacts(t, merchantSide));
        Div side = new Div();
        side.addClassName("dp-quote-side");
        fillSide(side, t, plans, planName);
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

    protected void reload() {
        find(id).ifPresent(this::show);
    }
}
