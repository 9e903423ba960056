package dataport.orders.ui;

import com.vaadin.flow.component.html.Span;
import dataport.orders.OrderStatus;
import dataport.shared.ui.Times;
import java.time.Instant;
import java.util.Locale;

/** Small cells both order lists use: a state badge and a date in the reader's language. */
final class OrderCells {

    private OrderCells() {}

    static Span status(OrderStatus status, java.util.function.Function<String, String> translate) {
        Span badge = new Span(translate.apply("orders.status." + status));
        badge.addClassNames(
                "dp-badge",
                "dp-order-status",
                "dp-order-status-" + status.name().toLowerCase(Locale.ROOT));
        return badge;
    }

    static String date(Instant instant, Locale locale) {
        // The reader's zone, labelled, as on every other page.
        return instant == null ? "" : Times.format(locale, instant);
    }
}
