package dataport.orders.internal;

import com.stripe.exception.StripeException;
import com.stripe.model.BalanceTransaction;
import com.stripe.model.Charge;
import com.stripe.model.StripeCollection;
import com.stripe.param.BalanceTransactionListParams;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Reads Stripe's balance transactions (charges, refunds, transfers, reversals) for reconciliation, newest first, page
 * by page until the period's start, with the PaymentIntent of each charge (DataPort's orders know their payment by
 * its PaymentIntent). Only parameters the emulator implements are sent: no {@code created} filter, the pages stop by
 * date instead.
 */
@Component
public class StripeBalanceReader {

    /** One balance transaction; {@code paymentIntent} is set for charges. */
    public record Row(
            String id,
            String type,
            String source,
            long amount,
            String currency,
            Instant created,
            String paymentIntent) {}

    private final StripeGateway gateway;

    StripeBalanceReader(StripeGateway gateway) {
        this.gateway = gateway;
    }

    /** The transactions created at or after {@code from} (at most {@code max}, newest first). */
    public List<Row> since(Instant from, int max) throws StripeException {
        List<Row> rows = new ArrayList<>();
        String after = null;
        while (rows.size() < max) {
            BalanceTransactionListParams.Builder params =
                    BalanceTransactionListParams.builder().setLimit(100L);
            if (after != null) {
                params.setStartingAfter(after);
            }
            StripeCollection<BalanceTransaction> page =
                    gateway.client().v1().balanceTransactions().list(params.build());
            for (BalanceTransaction t : page.getData()) {
                Instant created = Instant.ofEpochSecond(t.getCreated());
                if (created.isBefore(from)) {
                    return rows;
                }
                String paymentIntent = null;
                if ("charge".equals(t.getType()) && t.getSource() != null) {
                    Charge charge = gateway.client().v1().charges().retrieve(t.getSource());
                    paymentIntent = charge.getPaymentIntent();
                }
                rows.add(new Row(
                        t.getId(),
                        t.getType(),
                        t.getSource(),
                        t.getAmount(),
                        t.getCurrency().toUpperCase(java.util.Locale.ROOT),
                        created,
                        paymentIntent));
                after = t.getId();
            }
            if (!Boolean.TRUE.equals(page.getHasMore()) || page.getData().isEmpty()) {
                return rows;
            }
        }
        return rows;
    }
}
