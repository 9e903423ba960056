package dataport.orders;

import dataport.catalog.BillingPeriod;
import dataport.catalog.DeliveryMode;
import dataport.catalog.PricingModel;
import dataport.shared.Bilingual;
import dataport.shared.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Objects;

/**
 * A buyer's order of one plan of one listing. What was bought is frozen at checkout; only the methods below move the
 * order along PENDING_PAYMENT → PAID → DELIVERED → ACCEPTED (or CANCELLED / REFUNDED / DISPUTED), and each refuses a
 * step its state does not allow.
 */
@Entity
@Table(name = "customer_order")
class Order {

    /** An unpaid order is given up after this long (Stripe's shortest Checkout Session lifetime is 30 minutes). */
    static final Duration PAYMENT_WINDOW = Duration.ofMinutes(30);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "order_number", nullable = false, updatable = false)
    private String number;

    @Column(name = "checkout_key", nullable = false, updatable = false)
    private String checkoutKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderStatus status;

    @Column(name = "buyer_user_id", nullable = false, updatable = false)
    private long buyerUserId;

    @Column(name = "buyer_email", nullable = false)
    private String buyerEmail;

    @Column(name = "buyer_locale", nullable = false)
    private String buyerLocale;

    @Column(name = "merchant_id", nullable = false, updatable = false)
    private long merchantId;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "merchant_name_en"))
    @AttributeOverride(name = "zh", column = @Column(name = "merchant_name_zh"))
    private Bilingual merchantName;

    @Column(name = "listing_id", nullable = false, updatable = false)
    private long listingId;

    @Column(name = "listing_version", nullable = false, updatable = false)
    private long listingVersion;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    @AttributeOverride(name = "zh", column = @Column(name = "title_zh"))
    private Bilingual title;

    @Column(name = "plan_index", nullable = false, updatable = false)
    private int planIndex;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "plan_name_en"))
    @AttributeOverride(name = "zh", column = @Column(name = "plan_name_zh"))
    private Bilingual planName;

    @Enumerated(EnumType.STRING)
    @Column(name = "pricing_model", nullable = false)
    private PricingModel pricingModel;

    @Enumerated(EnumType.STRING)
    @Column(name = "billing_period")
    private BillingPeriod billingPeriod;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "unit_en"))
    @AttributeOverride(name = "zh", column = @Column(name = "unit_zh"))
    private Bilingual unit;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_mode", nullable = false)
    private DeliveryMode deliveryMode;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "licence_en"))
    @AttributeOverride(name = "zh", column = @Column(name = "licence_zh"))
    private Bilingual licence;

    /** The licence policy ({@code licence_policy.uid}) the order was bought under; null for orders before V62. */
    @Column(name = "licence_policy_uid", length = 64)
    private String licencePolicyUid;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "unit_price_minor", nullable = false)
    private long unitPriceMinor;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "total_minor", nullable = false)
    private long totalMinor;

    @Column(name = "stripe_session_id")
    private String stripeSessionId;

    @Column(name = "stripe_session_url")
    private String stripeSessionUrl;

    @Column(name = "stripe_subscription_id")
    private String stripeSubscriptionId;

    @Column(name = "payment_ref")
    private String paymentRef;

    @Column(name = "delivery_note")
    private String deliveryNote;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Column(name = "delivered_at")
    private Instant deliveredAt;

    @Column(name = "accepted_at")
    private Instant acceptedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "access_until")
    private Instant accessUntil;

    /** Where the data goes (ISO 3166 code), asked at checkout; null for orders from before it was asked. */
    @Column(name = "destination_country", updatable = false)
    private String destinationCountry;

    /** Payment waits for a cross-border clearance; the payment window runs from {@link #payableFrom}. */
    @Column(name = "payment_held", nullable = false)
    private boolean paymentHeld;

    @Column(name = "payable_from")
    private Instant payableFrom;

    protected Order() {}

    Order(String number, String checkoutKey, Buyer buyer, FrozenPurchase what, Instant now) {
        this.number = Objects.requireNonNull(number);
        this.checkoutKey = Objects.requireNonNull(checkoutKey);
        this.status = OrderStatus.PENDING_PAYMENT;
        this.buyerUserId = buyer.userId();
        this.buyerEmail = buyer.email();
        this.buyerLocale = buyer.locale().toLanguageTag();
        this.merchantId = what.merchantId();
        this.merchantName = what.merchantName();
        this.listingId = what.listingId();
        this.listingVersion = what.listingVersion();
        this.title = what.title();
        this.planIndex = what.planIndex();
        this.planName = what.planName();
        this.pricingModel = what.pricingModel();
        this.billingPeriod = what.billingPeriod();
        this.unit = what.unit();
        this.deliveryMode = what.deliveryMode();
        this.licence = what.licence();
        this.licencePolicyUid = what.licencePolicyUid();
        Money total = what.total();
        this.currency = total.currency().getCurrencyCode();
        this.unitPriceMinor = what.unitPrice().minorUnits();
        this.quantity = what.quantity();
        this.totalMinor = total.minorUnits();
        this.createdAt = now;
        this.destinationCountry = buyer.destinationCountry();
    }

    /** Who buys, as known at checkout (the mails about the order go to this address, in this language). */
    record Buyer(long userId, String email, Locale locale, String destinationCountry) {

        Buyer(long userId, String email, Locale locale) {
            this(userId, email, locale, null);
        }
    }

    /** Payment must wait for the cross-border clearance of the order (an unpaid order only). */
    void holdPayment() {
        requireStatus(OrderStatus.PENDING_PAYMENT, "hold payment");
        this.paymentHeld = true;
    }

    /** The clearance came: payment may start now, and its window runs from now. */
    void releasePayment(Instant now) {
        requireStatus(OrderStatus.PENDING_PAYMENT, "release payment");
        if (paymentHeld) {
            this.paymentHeld = false;
            this.payableFrom = now;
        }
    }

    /** Remembers the Checkout Session that collects the payment; a second, different session is refused. */
    void attachCheckoutSession(String sessionId, String url) {
        requireStatus(OrderStatus.PENDING_PAYMENT, "attach a checkout session");
        if (stripeSessionId != null && !stripeSessionId.equals(sessionId)) {
            throw new IllegalOrderTransition(number, status, "attach a second checkout session");
        }
        this.stripeSessionId = sessionId;
        this.stripeSessionUrl = url;
    }

    /** PENDING_PAYMENT → PAID; refused twice (a redelivered webhook must be recognised before it gets here). */
    void markPaid(String paymentRef, String subscriptionId, Instant now) {
        requireStatus(OrderStatus.PENDING_PAYMENT, "mark paid");
        this.status = OrderStatus.PAID;
        this.paymentRef = Objects.requireNonNull(paymentRef, "paymentRef");
        this.stripeSubscriptionId = subscriptionId;
        this.paidAt = now;
        if (pricingModel == PricingModel.SUBSCRIPTION) {
            this.accessUntil = periodAfter(now);
        }
    }

    /** PAID → DELIVERED, with the merchant's (or the system's) note. */
    void markDelivered(String note, Instant now) {
        requireStatus(OrderStatus.PAID, "mark delivered");
        this.status = OrderStatus.DELIVERED;
        this.deliveryNote = note == null || note.isBlank() ? null : note.strip();
        this.deliveredAt = now;
    }

    /** DELIVERED → ACCEPTED, by the buyer. */
    void accept(Instant now) {
        requireStatus(OrderStatus.DELIVERED, "accept");
        this.status = OrderStatus.ACCEPTED;
        this.acceptedAt = now;
    }

    /** PENDING_PAYMENT → CANCELLED: the payment was abandoned, expired or failed for good. */
    void cancel(Instant now) {
        requireStatus(OrderStatus.PENDING_PAYMENT, "cancel");
        this.status = OrderStatus.CANCELLED;
        this.closedAt = now;
    }

    /** All the money went back to the buyer: from PAID, DELIVERED, DISPUTED or (staff, after release) ACCEPTED. */
    void markRefunded(Instant now) {
        if (status != OrderStatus.PAID
                && status != OrderStatus.DELIVERED
                && status != OrderStatus.DISPUTED
                && status != OrderStatus.ACCEPTED) {
            throw new IllegalOrderTransition(number, status, "refund");
        }
        this.status = OrderStatus.REFUNDED;
        this.closedAt = now;
    }

    /** The buyer's bank disputes the charge: any paid order can be disputed. */
    void markDisputed() {
        if (status != OrderStatus.PAID && status != OrderStatus.DELIVERED && status != OrderStatus.ACCEPTED) {
            throw new IllegalOrderTransition(number, status, "dispute");
        }
        this.status = OrderStatus.DISPUTED;
    }

    /** A subscription renewal was paid: access runs to the end of the new period (never backwards). */
    void renewUntil(Instant periodEnd) {
        if (pricingModel != PricingModel.SUBSCRIPTION) {
            throw new IllegalOrderTransition(number, status, "renew a plan that is not a subscription");
        }
        if (paidAt == null) {
            throw new IllegalOrderTransition(number, status, "renew an unpaid subscription");
        }
        if (accessUntil == null || periodEnd.isAfter(accessUntil)) {
            this.accessUntil = periodEnd;
        }
    }

    /** The subscription ended: access stops at {@code endedAt} (earlier than the paid period, never later). */
    void endAccess(Instant endedAt) {
        if (pricingModel != PricingModel.SUBSCRIPTION) {
            throw new IllegalOrderTransition(number, status, "end access of a plan that is not a subscription");
        }
        if (accessUntil == null || endedAt.isBefore(accessUntil)) {
            this.accessUntil = endedAt;
        }
    }

    /** Whether an unpaid order's time to pay is over. */
    boolean paymentWindowOver(Instant now) {
        Instant start = payableFrom == null ? createdAt : payableFrom;
        return status == OrderStatus.PENDING_PAYMENT && !paymentHeld && !now.isBefore(start.plus(PAYMENT_WINDOW));
    }

    private Instant periodAfter(Instant start) {
        var utc = start.atOffset(ZoneOffset.UTC);
        return (billingPeriod == BillingPeriod.YEAR ? utc.plusYears(1) : utc.plusMonths(1)).toInstant();
    }

    private void requireStatus(OrderStatus expected, String what) {
        if (status != expected) {
            throw new IllegalOrderTransition(number, status, what);
        }
    }

    PurchasedItem toPurchasedItem() {
        return new PurchasedItem(
                id,
                number,
                buyerUserId,
                merchantId,
                listingId,
                title,
                merchantName,
                planName,
                deliveryMode,
                pricingModel,
                billingPeriod,
                quantity,
                total(),
                status,
                paidAt,
                accessUntil);
    }

    OrderSummary toSummary() {
        return new OrderSummary(
                id,
                number,
                status,
                title,
                merchantName,
                planName,
                pricingModel,
                billingPeriod,
                quantity,
                unitPrice(),
                total(),
                createdAt,
                paidAt,
                deliveredAt,
                acceptedAt,
                accessUntil,
                deliveryMode,
                buyerEmail,
                listingId);
    }

    Money total() {
        return Money.ofMinor(totalMinor, currency);
    }

    Money unitPrice() {
        return Money.ofMinor(unitPriceMinor, currency);
    }

    Instant getPaidAtOrNull() {
        return paidAt;
    }

    long getTotalMinor() {
        return totalMinor;
    }

    String getCurrency() {
        return currency;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    String getNumber() {
        return number;
    }

    String getCheckoutKey() {
        return checkoutKey;
    }

    OrderStatus getStatus() {
        return status;
    }

    long getBuyerUserId() {
        return buyerUserId;
    }

    String getBuyerEmail() {
        return buyerEmail;
    }

    Locale getBuyerLocale() {
        return Locale.forLanguageTag(buyerLocale);
    }

    long getMerchantId() {
        return merchantId;
    }

    long getListingId() {
        return listingId;
    }

    Bilingual getTitle() {
        return title;
    }

    Bilingual getPlanName() {
        return planName;
    }

    Bilingual getUnit() {
        return unit;
    }

    Bilingual getLicence() {
        return licence;
    }

    Bilingual getMerchantName() {
        return merchantName;
    }

    String getLicencePolicyUid() {
        return licencePolicyUid;
    }

    PricingModel getPricingModel() {
        return pricingModel;
    }

    BillingPeriod getBillingPeriod() {
        return billingPeriod;
    }

    int getQuantity() {
        return quantity;
    }

    String getStripeSessionId() {
        return stripeSessionId;
    }

    String getStripeSessionUrl() {
        return stripeSessionUrl;
    }

    String getStripeSubscriptionId() {
        return stripeSubscriptionId;
    }

    String getPaymentRef() {
        return paymentRef;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    boolean isPaymentHeld() {
        return paymentHeld;
    }

    String getDestinationCountry() {
        return destinationCountry;
    }

    Instant getAccessUntil() {
        return accessUntil;
    }
}
