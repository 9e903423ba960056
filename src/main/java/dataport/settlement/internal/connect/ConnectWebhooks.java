package dataport.settlement.internal.connect;

import dataport.orders.StripeEventHandler;
import dataport.settlement.ConnectPayouts;
import java.util.Set;
import org.springframework.stereotype.Component;

/** Stripe's {@code account.updated} events, handed over by orders' webhook endpoint: the account's state is kept. */
@Component
class ConnectWebhooks implements StripeEventHandler {

    private final ConnectPayouts payouts;
    private final StripeConnect stripe;

    ConnectWebhooks(ConnectPayouts payouts, StripeConnect stripe) {
        this.payouts = payouts;
        this.stripe = stripe;
    }

    @Override
    public Set<String> eventTypes() {
        return Set.of("account.updated");
    }

    @Override
    public String handle(Notification event) {
        return payouts.accountUpdated(stripe.fromEventObject(event.objectJson()), event.created());
    }
}
