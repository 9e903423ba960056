package dataport.settlement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** A merchant's Stripe connected account and its state as Stripe last reported it. */
@Entity
@Table(name = "connected_account")
class ConnectedAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "merchant_id", nullable = false, updatable = false)
    private long merchantId;

    @Column(name = "stripe_account_id", nullable = false, updatable = false)
    private String stripeAccountId;

    @Column(nullable = false, updatable = false, length = 2)
    private String country;

    @Column(name = "charges_enabled", nullable = false)
    private boolean chargesEnabled;

    @Column(name = "payouts_enabled", nullable = false)
    private boolean payoutsEnabled;

    @Column(name = "details_submitted", nullable = false)
    private boolean detailsSubmitted;

    @Column(name = "requirements_due", nullable = false)
    private String requirementsDue = "";

    @Column(name = "disabled_reason")
    private String disabledReason;

    /** Epoch second of the Stripe state applied last: an older event arriving late does not undo a newer one. */
    @Column(name = "stripe_state_at", nullable = false)
    private long stripeStateAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ConnectedAccount() {}

    ConnectedAccount(long merchantId, String stripeAccountId, String country, Instant now) {
        this.merchantId = merchantId;
        this.stripeAccountId = Objects.requireNonNull(stripeAccountId);
        this.country = Objects.requireNonNull(country);
        this.createdAt = now;
        this.updatedAt = now;
    }

    /**
     * Takes Stripe's state of the account as of {@code stateAt} (epoch seconds); a state older than the one applied
     * is ignored. Returns whether payouts became enabled with it (the moment to send what waited).
     */
    boolean applyStripeState(
            boolean charges,
            boolean payouts,
            boolean submitted,
            List<String> due,
            String reason,
            long stateAt,
            Instant now) {
        if (stateAt < stripeStateAt) {
            return false;
        }
        boolean becameEnabled = payouts && !payoutsEnabled;
        this.chargesEnabled = charges;
        this.payoutsEnabled = payouts;
        this.detailsSubmitted = submitted;
        String joined = String.join(",", due);
        this.requirementsDue = joined.length() > 2000 ? joined.substring(0, 2000) : joined;
        this.disabledReason = reason;
        this.stripeStateAt = stateAt;
        this.updatedAt = now;
        return becameEnabled;
    }

    ConnectStatus status() {
        return new ConnectStatus(
                stripeAccountId,
                chargesEnabled,
                payoutsEnabled,
                detailsSubmitted,
                requirementsDue.isEmpty() ? List.of() : Arrays.asList(requirementsDue.split(",")),
                disabledReason,
                updatedAt);
    }

    long getMerchantId() {
        return merchantId;
    }

    String getStripeAccountId() {
        return stripeAccountId;
    }

    boolean isPayoutsEnabled() {
        return payoutsEnabled;
    }
}
