package dataport.orders;

import com.stripe.exception.StripeException;
import dataport.accounts.CurrentUser;
import dataport.accounts.UserRef;
import dataport.catalog.CatalogService;
import dataport.catalog.LicencePolicies;
import dataport.catalog.ListingDetails;
import dataport.catalog.PricingModel;
import dataport.merchants.MerchantService;
import dataport.merchants.MerchantSummary;
import dataport.orders.internal.StripeGateway;
import dataport.shared.ExportGate;
import dataport.shared.ExportNotice;
import dataport.shared.Languages;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The orders module's API: checkout (an order frozen from a listing's plan, then a Stripe Checkout Session), the
 * buyer's and the merchant's order lists, and the order's steps after payment (delivered, accepted).
 */
@Service
public class OrderService {

    private static final char[] NUMBER_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final DateTimeFormatter NUMBER_DATE =
            DateTimeFormatter.ofPattern("yyMMdd").withZone(ZoneId.of("Asia/Shanghai"));

    private final Orders orders;
    private final CatalogService catalog;
    private final LicencePolicies licences;
    private final MerchantService merchants;
    private final CurrentUser currentUser;
    private final StripeGateway stripe;
    private final OrderPayments payments;
    private final OrderMails mails;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String baseUrl;
    private final ObjectProvider<ExportGate> exportGate;
    private final ObjectProvider<PrivateOffers> privateOffers;
    private final SecureRandom random = new SecureRandom();

    OrderService(
            Orders orders,
            CatalogService catalog,
            LicencePolicies licences,
            MerchantService merchants,
            CurrentUser currentUser,
            StripeGateway stripe,
            OrderPayments payments,
            OrderMails mails,
            ApplicationEventPublisher events,
            PlatformTransactionManager transactionManager,
            Clock clock,
            @Value("${dataport.base-url}") String baseUrl,
            ObjectProvider<ExportGate> exportGate,
            ObjectProvider<PrivateOffers> privateOffers) {
        this.exportGate = exportGate;
        this.privateOffers = privateOffers;
        this.orders = orders;
        this.catalog = catalog;
        this.licences = licences;
        this.merchants = merchants;
        this.currentUser = currentUser;
        this.stripe = stripe;
        this.payments = payments;
        this.mails = mails;
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The order's frozen purchase, for its buyer only (empty for anyone else or an unknown id). */
    @Transactional(readOnly = true)
    public Optional<PurchasedItem> purchaseOfBuyer(long orderId, long buyerUserId) {
        return orders.findById(orderId)
                .filter(o -> o.getBuyerUserId() == buyerUserId)
                .map(Order::toPurchasedItem);
    }

    /**
     * The licence the signed-in user's order was bought under, for its buyer or a member of the selling merchant (empty
     * for anyone else or an unknown id). Orders placed before licence policies were kept have no policy, only the
     * free text they froze.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<OrderLicence> licenceOfMyOrder(long orderId) {
        UserRef user = currentUser.require();
        return orders.findById(orderId)
                .filter(o -> o.getBuyerUserId() == user.id() || merchants.isMember(user.id(), o.getMerchantId()))
                .map(o -> new OrderLicence(
                        o.getLicencePolicyUid() == null
                                ? null
                                : licences.find(o.getLicencePolicyUid()).orElse(null),
                        o.getLicence(),
                        o.getMerchantName()));
    }

    /** The order's frozen purchase, for a member of the selling merchant only (empty otherwise). */
    @Transactional(readOnly = true)
    public Optional<PurchasedItem> saleOfMerchantMember(long orderId, long memberUserId) {
        return orders.findById(orderId)
                .filter(o -> merchants.isMember(memberUserId, o.getMerchantId()))
                .map(Order::toPurchasedItem);
    }

    /** The order's frozen purchase, whoever asks (for event listeners inside the application). */
    @Transactional(readOnly = true)
    public Optional<PurchasedItem> purchase(long orderId) {
        return orders.findById(orderId).map(Order::toPurchasedItem);
    }

    /**
     * PAID → DELIVERED, with the merchant's (or, for automatic delivery, the system's) note; publishes
     * {@link OrderDelivered}. Refused for any other state.
     */
    @Transactional
    public void markDelivered(long orderId, String note) {
        Order order =
                orders.findForUpdate(orderId).orElseThrow(() -> new IllegalArgumentException("No order " + orderId));
        order.markDelivered(note, clock.instant());
        mails.delivered(order);
        events.publishEvent(new OrderDelivered(orderId));
    }

    /** DELIVERED → ACCEPTED by the order's buyer; publishes {@link OrderAccepted}. Refused otherwise. */
    @Transactional
    public void accept(long orderId, long buyerUserId) {
        Order order =
                orders.findForUpdate(orderId).orElseThrow(() -> new IllegalArgumentException("No order " + orderId));
        if (order.getBuyerUserId() != buyerUserId) {
            throw new AccessDeniedException("Not the buyer of order " + orderId);
        }
        order.accept(clock.instant());
        mails.accepted(order);
        events.publishEvent(new OrderAccepted(orderId));
    }

    /**
     * Creates the signed-in buyer's order for a plan exactly as the checkout page showed it. The same checkout key
     * returns the same order (a double click never makes two); a listing changed since the page was shown is refused
     * ({@link CheckoutRefused.Reason#STALE_LISTING}), so nobody buys at a price that no longer holds.
     */
    @PermitAll
    public long placeOrder(CheckoutRequest request) {
        UserRef buyer = currentUser.require();
        Objects.requireNonNull(request.checkoutKey(), "checkoutKey");
        Optional<Long> existing = existingOrder(request.checkoutKey(), buyer.id());
        if (existing.isPresent()) {
            return existing.get();
        }
        try {
            return Objects.requireNonNull(transactions.execute(tx -> create(request, buyer)));
        } catch (DataIntegrityViolationException raced) {
            // The same key committed by a concurrent click: that order is this one.
            return existingOrder(request.checkoutKey(), buyer.id()).orElseThrow(() -> raced);
        }
    }

    private Optional<Long> existingOrder(String checkoutKey, long buyerId) {
        return orders.findByCheckoutKey(checkoutKey).map(o -> {
            if (o.getBuyerUserId() != buyerId) {
                throw new AccessDeniedException("Checkout key of another buyer");
            }
            return o.getId();
        });
    }

    private long create(CheckoutRequest request, UserRef buyer) {
        ListingDetails listing = catalog.findPublished(request.listingId())
                .filter(l -> l.merchant().isActive())
                .orElseThrow(() -> new CheckoutRefused(CheckoutRefused.Reason.NOT_ON_SALE));
        if (listing.version() != request.seenListingVersion()) {
            throw new CheckoutRefused(CheckoutRefused.Reason.STALE_LISTING);
        }
        FrozenPurchase what =
                FrozenPurchase.of(listing, licences.freeze(listing), request.planIndex(), request.quantity());
        if (!what.unitPrice().equals(request.seenUnitPrice())) {
            throw new CheckoutRefused(CheckoutRefused.Reason.STALE_LISTING);
        }
        return create(listing, what, request.checkoutKey(), request.destinationCountry(), buyer);
    }

    /**
     * Creates the signed-in buyer's order at the price of the private offer known by {@code offerKey}, in the
     * caller's transaction (the quotes module accepts the offer in the same one), routed by the cross-border rules
     * like any order. The price, plan and destination come from {@link PrivateOffers}, which refuses an offer that
     * is not this buyer's or not acceptable now; the same key returns the same order.
     */
    @PermitAll
    @Transactional
    public long placeOfferOrder(String offerKey) {
        UserRef buyer = currentUser.require();
        Optional<Long> existing = existingOrder(offerKey, buyer.id());
        if (existing.isPresent()) {
            return existing.get();
        }
        PrivateOffers offers = privateOffers.getIfAvailable();
        OfferOrder offer = (offers == null ? Optional.<OfferOrder>empty() : offers.acceptable(offerKey, buyer.id()))
                .orElseThrow(() -> new CheckoutRefused(CheckoutRefused.Reason.NOT_ON_SALE));
        ListingDetails listing = catalog.findPublished(offer.listingId())
                .filter(l -> l.merchant().isActive())
                .orElseThrow(() -> new CheckoutRefused(CheckoutRefused.Reason.NOT_ON_SALE));
        FrozenPurchase what =
                FrozenPurchase.offered(listing, licences.freeze(listing), offer.planIndex(), offer.price());
        return create(listing, what, offerKey, offer.destinationCountry(), buyer);
    }

    private long create(
            ListingDetails listing, FrozenPurchase what, String checkoutKey, String destination, UserRef buyer) {
        if (merchants.isMember(buyer.id(), listing.merchant().id())) {
            throw new CheckoutRefused(CheckoutRefused.Reason.OWN_LISTING);
        }
        Locale locale = buyer.locale() == null ? Languages.ENGLISH : buyer.locale();
        Order order = new Order(
                newNumber(),
                checkoutKey,
                new Order.Buyer(buyer.id(), buyer.email(), locale, destination),
                what,
                clock.instant());
        long orderId = orders.saveAndFlush(order).getId();
        events.publishEvent(new OrderPlaced(orderId));
        ExportGate gate = exportGate.getIfAvailable();
        if (gate != null && ExportGate.isExport(destination)) {
            ExportNotice routed = gate.route(orderId, listing.id(), buyer.id(), buyer.email(), destination);
            if (routed.blocked()) {
                // Rolls back the order and the routing record together: nothing was ordered.
                throw new CheckoutRefused(CheckoutRefused.Reason.EXPORT_BLOCKED);
            }
            if (routed.needsReview()) {
                order.holdPayment();
            }
        }
        return orderId;
    }

    /** What the cross-border rules would decide for the listing sent to {@code destination}; empty: not an export. */
    @PermitAll
    public Optional<ExportNotice> exportPreview(long listingId, String destination) {
        ExportGate gate = exportGate.getIfAvailable();
        return gate == null || !ExportGate.isExport(destination)
                ? Optional.empty()
                : gate.preview(listingId, destination);
    }

    /**
     * Why the buyer's order cannot be paid yet (its cross-border review), or empty when it can. For the pages that
     * show the order's "Pay".
     */
    @PermitAll
    public Optional<ExportNotice> paymentHold(long orderId) {
        ExportGate gate = exportGate.getIfAvailable();
        return gate == null ? Optional.empty() : gate.paymentHold(orderId);
    }

    /**
     * Gives up an unpaid order whose payment was held and will never be cleared (the cross-border review refused it).
     * In the caller's transaction; refused for an order that is not held.
     */
    @Transactional
    public void cancelHeldOrder(long orderId) {
        Order order =
                orders.findForUpdate(orderId).orElseThrow(() -> new IllegalArgumentException("No order " + orderId));
        if (!order.isPaymentHeld()) {
            throw new IllegalOrderTransition(order.getNumber(), order.getStatus(), "cancel an order that is not held");
        }
        order.cancel(clock.instant());
    }

    /**
     * For a sweep of held orders whose clearance will never come: cancels the order if it is still unpaid and held, in
     * the caller's transaction. False (and nothing changed) when it was paid, released for payment or cancelled
     * meanwhile.
     */
    @Transactional
    public boolean cancelIfStillHeld(long orderId) {
        Order order = orders.findForUpdate(orderId).orElse(null);
        if (order == null || order.getStatus() != OrderStatus.PENDING_PAYMENT || !order.isPaymentHeld()) {
            return false;
        }
        order.cancel(clock.instant());
        return true;
    }

    private String newNumber() {
        StringBuilder number = new StringBuilder("DP")
                .append(NUMBER_DATE.format(clock.instant()))
                .append('-');
        for (int i = 0; i < 6; i++) {
            number.append(NUMBER_CHARS[random.nextInt(NUMBER_CHARS.length)]);
        }
        return number.toString();
    }

    /**
     * The hosted payment page of the buyer's order, creating its Checkout Session the first time. Any number of
     * calls (double click, a second tab, a reload) get the same session: it is created with the order's id as
     * idempotency key and stored on the order.
     */
    @PermitAll
    public PaymentStart startPayment(long orderId, Locale locale) {
        UserRef buyer = currentUser.require();
        Order order = transactions.execute(
                tx -> orders.findById(orderId).orElseThrow(() -> new IllegalArgumentException("No order " + orderId)));
        if (order.getBuyerUserId() != buyer.id()) {
            throw new AccessDeniedException("Not the buyer of order " + orderId);
        }
        if (order.getStatus() != OrderStatus.PENDING_PAYMENT) {
            return new PaymentStart(orderId, order.getStatus(), null);
        }
        if (order.isPaymentHeld()) {
            if (paymentHold(orderId).isPresent()) {
                throw new CheckoutRefused(CheckoutRefused.Reason.AWAITING_CLEARANCE);
            }
            // Cleared: the payment window runs from now, not from when the order was placed.
            transactions.executeWithoutResult(
                    tx -> orders.findForUpdate(orderId).orElseThrow().releasePayment(clock.instant()));
        }
        if (order.getStripeSessionUrl() != null) {
            return new PaymentStart(orderId, order.getStatus(), order.getStripeSessionUrl());
        }
        if (!stripe.available()) {
            throw new CheckoutRefused(CheckoutRefused.Reason.PAYMENTS_UNAVAILABLE);
        }
        StripeGateway.SessionState session;
        try {
            session = stripe.createCheckoutSession(checkoutRequest(order, locale));
        } catch (StripeException e) {
            throw new CheckoutRefused(CheckoutRefused.Reason.PAYMENTS_UNAVAILABLE, e);
        }
        transactions.executeWithoutResult(
                tx -> orders.findForUpdate(orderId).orElseThrow().attachCheckoutSession(session.id(), session.url()));
        return new PaymentStart(orderId, OrderStatus.PENDING_PAYMENT, session.url());
    }

    private StripeGateway.CheckoutRequest checkoutRequest(Order order, Locale locale) {
        Locale in = locale == null ? order.getBuyerLocale() : locale;
        String plan = order.getPlanName() == null ? "" : order.getPlanName().in(in);
        String name = order.getTitle().in(in) + (plan.isBlank() ? "" : " · " + plan);
        return new StripeGateway.CheckoutRequest(
                order.getId(),
                order.getNumber(),
                name.length() > 250 ? name.substring(0, 250) : name,
                order.total().currency().getCurrencyCode(),
                order.unitPrice().minorUnits(),
                order.getQuantity(),
                order.getPricingModel() == PricingModel.SUBSCRIPTION
                        ? order.getBillingPeriod().name().toLowerCase(Locale.ROOT)
                        : null,
                order.getBuyerEmail(),
                Languages.isChinese(in) ? "ZH" : "EN",
                baseUrl + "/checkout/return/" + order.getId() + "?session_id={CHECKOUT_SESSION_ID}",
                baseUrl + "/checkout/cancelled/" + order.getId());
    }

    /**
     * The buyer is back from the payment page: if the webhook has not settled the order yet, ask Stripe now and
     * settle it (the same way the webhook would). Returns the order as it stands.
     */
    @PermitAll
    public Optional<OrderSummary> confirmReturn(long orderId) {
        UserRef buyer = currentUser.require();
        Optional<Order> order = orders.findById(orderId).filter(o -> o.getBuyerUserId() == buyer.id());
        if (order.isEmpty()) {
            return Optional.empty();
        }
        if (order.get().getStatus() == OrderStatus.PENDING_PAYMENT) {
            payments.settleFromStripe(orderId, false);
        }
        return orders.findById(orderId).map(Order::toSummary);
    }

    /** One of the signed-in buyer's orders (empty for someone else's). */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<OrderSummary> myOrder(long orderId) {
        UserRef buyer = currentUser.require();
        return orders.findById(orderId)
                .filter(o -> o.getBuyerUserId() == buyer.id())
                .map(Order::toSummary);
    }

    /** The signed-in buyer's orders, newest first. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<OrderSummary> myPurchases(int offset, int limit) {
        UserRef buyer = currentUser.require();
        return orders.findByBuyer(buyer.id(), page(offset, limit)).stream()
                .map(Order::toSummary)
                .toList();
    }

    @PermitAll
    @Transactional(readOnly = true)
    public long countMyPurchases() {
        return orders.countByBuyerUserId(currentUser.require().id());
    }

    /** The paid orders of the signed-in member's merchant, newest first (unpaid ones are not theirs to act on). */
    @RolesAllowed("MERCHANT")
    @Transactional(readOnly = true)
    public List<OrderSummary> mySales(int offset, int limit) {
        return myMerchant()
                .map(m -> orders.findSalesOf(m.id(), page(offset, limit)).stream()
                        .map(Order::toSummary)
                        .toList())
                .orElse(List.of());
    }

    @RolesAllowed("MERCHANT")
    @Transactional(readOnly = true)
    public long countMySales() {
        return myMerchant().map(m -> orders.countSalesOf(m.id())).orElse(0L);
    }

    private Optional<MerchantSummary> myMerchant() {
        return merchants.findForMember(currentUser.require().id());
    }

    /** Whether checkout can take payments now (the emulator may still be starting). */
    public boolean paymentsAvailable() {
        return stripe.available();
    }

    /** Whether payments are pretend: the local emulator or Stripe test keys. */
    public boolean testMode() {
        return stripe.testMode();
    }

    /** Throws {@link CheckoutRefused} with reason CURRENCY when checkout cannot take the currency. */
    public static void requirePayableCurrency(java.util.Currency currency) {
        FrozenPurchase.requirePayable(currency);
    }

    private static PageRequest page(int offset, int limit) {
        int size = Math.max(1, Math.min(limit, 200));
        return PageRequest.of(Math.max(offset, 0) / size, size);
    }
}
