package dataport.orders;

import com.stripe.exception.StripeException;
import dataport.orders.internal.StripeBalanceReader;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * What the payment provider (Stripe) recorded, for staff reconciliation: its balance transactions since a time. Other
 * modules read Stripe's books through this, never through a Stripe client of their own.
 */
@Service
public class PaymentRecords {

    /**
     * One balance transaction: {@code type} charge, refund, transfer or transfer_refund (Stripe's names), the object it
     * moved money for ({@code source}: ch_, re_, tr_ …), the signed amount in minor units, and for a charge the
     * PaymentIntent, which is the order's payment reference.
     */
    public record ProviderTransaction(
            String id,
            String type,
            String source,
            long amountMinor,
            String currency,
            Instant created,
            String paymentIntent) {}

    /** Stripe could not be asked (down, or refused the request); the message says why. */
    public static class Unavailable extends RuntimeException {
        Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final StripeBalanceReader reader;

    PaymentRecords(StripeBalanceReader reader) {
        this.reader = reader;
    }

    /** Balance transactions created at or after {@code from}, newest first, at most {@code max}. */
    public List<ProviderTransaction> since(Instant from, int max) {
        try {
            return reader.since(from, max).stream()
                    .map(r -> new ProviderTransaction(
                            r.id(), r.type(), r.source(), r.amount(), r.currency(), r.created(), r.paymentIntent()))
                    .toList();
        } catch (StripeException e) {
            throw new Unavailable(e.getMessage(), e);
        }
    }
}
