package dataport.delivery.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import dataport.delivery.DeliveryOverview;
import dataport.shared.ui.OrderPageSection;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/**
 * A page about one order at {@code .../:orderId}, seen by the buyer or by the merchant. The lookup only answers for
 * the signed-in party's own orders, so anyone else's order id (or a malformed one) shows the not-found page.
 */
abstract class OrderPage extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LongFunction<Optional<DeliveryOverview>> lookup;
    private final List<OrderPageSection> sections;
    private long orderId;
    private String title = "";

    OrderPage(String className, LongFunction<Optional<DeliveryOverview>> lookup, List<OrderPageSection> sections) {
        this.lookup = lookup;
        this.sections = sections;
        addClassName("dp-page");
        addClassName(className);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<DeliveryOverview> overview =
                event.getRouteParameters().get("orderId").flatMap(Ids::parse).flatMap(lookup::apply);
        if (overview.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        orderId = overview.get().item().orderId();
        show(overview.get());
    }

    /** Replaces the page's content with this state of the order; called again after every change. */
    abstract void show(DeliveryOverview overview);

    /** Adds the sections other modules contribute (e.g. the evidence certificate); call at the end of show. */
    final void addSections() {
        sections.forEach(section -> section.forOrder(orderId).ifPresent(this::add));
    }

    final long orderId() {
        return orderId;
    }

    /** Sets the page title, without the site name, for the order now shown. */
    final void pageTitle(String title) {
        this.title = title;
    }

    /** Shows the order again as it is now, after a change made on this page. */
    final void reload() {
        lookup.apply(orderId).ifPresent(this::show);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
