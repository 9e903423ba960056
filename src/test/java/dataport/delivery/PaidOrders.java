package dataport.delivery;

import dataport.catalog.CatalogService;
import dataport.catalog.DeliveryMode;
import dataport.catalog.DemoSignIn;
import dataport.catalog.ListingDetails;
import dataport.catalog.PricingModel;
import dataport.orders.CheckoutRequest;
import dataport.orders.OrderPayments;
import dataport.orders.OrderService;
import dataport.orders.OrderStatus;
import dataport.orders.internal.StripeGateway.SessionState;
import java.time.Duration;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationProvider;

/**
 * Real orders for delivery tests: the demo buyer places one through the orders module and its payment is settled as a
 * verified Stripe "checkout.session.completed" would settle it (no emulator needed); delivery then reacts to OrderPaid
 * after commit, as in production.
 */
public class PaidOrders {

    private final AuthenticationProvider signIn;
    private final OrderService orders;
    private final OrderPayments payments;
    private final CatalogService catalog;

    public PaidOrders(ApplicationContext context) {
        this.signIn = context.getBean(AuthenticationProvider.class);
        this.orders = context.getBean(OrderService.class);
        this.payments = context.getBean(OrderPayments.class);
        this.catalog = context.getBean(CatalogService.class);
    }

    /** A published listing in CNY with a one-off plan, of the given mode, matching {@code which}. */
    public ListingDetails listing(DeliveryMode mode, Predicate<ListingDetails> which) {
        return catalog.details(catalog.publishedIds()).stream()
                .filter(l -> l.content().deliveryMode() == mode && which.test(l) && oneOffPlan(l) >= 0)
                .findFirst()
                .orElseThrow();
    }

    public static int oneOffPlan(ListingDetails l) {
        for (int i = 0; i < l.plans().size(); i++) {
            var plan = l.plans().get(i);
            if (plan.model() == PricingModel.ONE_OFF
                    && plan.price() != null
                    && plan.price().currency().getCurrencyCode().equals("CNY")) {
                return i;
            }
        }
        return -1;
    }

    /** The demo buyer's order of the listing's one-off plan, paid; leaves the buyer signed in. */
    public long paidOrder(ListingDetails listing) {
        return paidOrder(listing, null);
    }

    /** The same, with the destination country the checkout asks for (null: not asked). */
    public long paidOrder(ListingDetails listing, String destinationCountry) {
        DemoSignIn.as(signIn, DemoSignIn.BUYER);
        int plan = oneOffPlan(listing);
        String key = UUID.randomUUID().toString();
        long orderId = orders.placeOrder(new CheckoutRequest(
                "delivery-test-" + key,
                listing.id(),
                listing.version(),
                plan,
                listing.plans().get(plan).price(),
                1,
                destinationCountry));
        payments.once(
                "evt_delivery_test_" + key,
                "checkout.session.completed",
                p -> p.sessionEvent(new SessionState(
                        "cs_delivery_test_" + key, null, "complete", "paid", "pi_" + key, null, orderId, null)));
        return orderId;
    }

    public OrderStatus status(long orderId) {
        return orders.purchase(orderId).orElseThrow().status();
    }

    /** Waits for the after-commit listeners (they run asynchronously). */
    public static void await(BooleanSupplier condition, String what) {
        long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("Timed out waiting until " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
