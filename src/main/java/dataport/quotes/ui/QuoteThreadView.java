package dataport.quotes.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import dataport.catalog.CatalogService;
import dataport.catalog.ListingDetails;
import dataport.orders.CheckoutRefused;
import dataport.orders.OrderService;
import dataport.orders.OrderStatus;
import dataport.orders.PaymentStart;
import dataport.quotes.QuoteRefused;
import dataport.quotes.QuoteService;
import dataport.quotes.QuoteThread;
import dataport.shared.ExportNotice;
import dataport.shared.ui.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * {@code /quotes/{id}}: the buyer's request with its thread, the merchant's current offer (accept and pay, or
 * decline) and a message box. Accepting makes the order and goes on to payment as checkout does.
 */
@StyleSheet("themes/dataport/quotes.css")
@Route(value = "quotes/:id", layout = MainLayout.class)
@PermitAll
public class QuoteThreadView extends QuoteThreadPage {

    private final OrderService orders;
    OfferPanel offer;

    QuoteThreadView(QuoteService quotes, OrderService orders, CatalogService catalog) {
        super(quotes, catalog, false);
        this.orders = orders;
    }

    @Override
    protected Optional<QuoteThread> find(long threadId) {
        return quotes.myThread(threadId);
    }

    @Override
    protected void fillSide(Div side, QuoteThread t, List<ListingDetails.Plan> plans, IntFunction<String> planName) {
        if (t.offer() != null) {
            offer = new OfferPanel(
                    t.offer(), planName.apply(t.offer().planIndex()), t.status(), () -> accept(t), () -> decline(t));
            side.add(offer);
        }
        if (t.orderId() != null) {
            Anchor order = new Anchor("purchases/" + t.orderId(), getTranslation("quotes.thread.order"));
            order.setId("quote-order");
            side.add(new Div(order));
            boolean unpaid = orders.myOrder(t.orderId())
                    .map(o -> o.status() == OrderStatus.PENDING_PAYMENT)
                    .orElse(false);
            if (unpaid) {
                Button pay = new Button(getTranslation("quotes.thread.pay"), e -> pay(t.orderId()));
                pay.setId("quote-pay");
                side.add(pay);
            }
        }
    }

    private void accept(QuoteThread t) {
        try {
            long orderId = quotes.accept(id, t.offerNumber());
            pay(orderId);
        } catch (QuoteRefused refused) {
            offer.tell(getTranslation(refused.messageKey(), refused.arguments()));
        } catch (CheckoutRefused refused) {
            offer.tell(getTranslation(refused.messageKey()));
        }
    }

    private void decline(QuoteThread t) {
        try {
            quotes.decline(id, t.offerNumber());
            reload();
        } catch (QuoteRefused refused) {
            offer.tell(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    /** Checkout's payment step for the order: its cross-border hold first, else Stripe's hosted page. */
    private void pay(long orderId) {
        Optional<ExportNotice> held = orders.paymentHold(orderId);
        if (held.isPresent() && held.get().actionRoute() != null) {
            UI.getCurrent().navigate(held.get().actionRoute());
            return;
        }
        try {
            PaymentStart start = orders.startPayment(orderId, getLocale());
            if (start.url() == null) {
                UI.getCurrent().navigate("checkout/return/" + orderId);
            } else {
                UI.getCurrent().getPage().setLocation(start.url());
            }
        } catch (CheckoutRefused refused) {
            reload();
            if (offer != null) {
                offer.tell(getTranslation(refused.messageKey()));
            }
        }
    }
}
