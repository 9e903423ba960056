package dataport.quotes;

import dataport.accounts.CurrentUser;
import dataport.accounts.Role;
import dataport.accounts.UserRef;
import dataport.catalog.CatalogService;
import dataport.catalog.ListingDetails;
import dataport.merchants.MerchantService;
import dataport.merchants.MerchantSummary;
import dataport.orders.OrderService;
import dataport.shared.Languages;
import dataport.shared.ui.Times;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quotes module's API: a buyer's request for a quote on a listing, the thread between the buyer and the
 * merchant's members, the merchant's private offer and the buyer's answer (accepting makes an order at the offer's
 * price through the orders module). Each method checks who asks: a request is seen by its buyer, the members of its
 * merchant and, once it became an order, by staff.
 */
@Service
public class QuoteService {

    public static final int SUBJECT_MAX = 300;
    public static final int VOLUME_MAX = 300;
    public static final int PERIOD_MAX = 300;
    public static final int INTENDED_USE_MAX = 2000;
    public static final int MESSAGE_MAX = 4000;
    public static final int TERMS_MAX = 4000;
    public static final int ATTACHMENT_MAX_BYTES = AttachmentChecks.MAX_BYTES;

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final QuoteRequests requests;
    private final QuoteMessages messages;
    private final QuoteAttachments attachments;
    private final CatalogService catalog;
    private final MerchantService merchants;
    private final OrderService orders;
    private final CurrentUser currentUser;
    private final QuoteMails mails;
    private final Clock clock;

    QuoteService(
            QuoteRequests requests,
            QuoteMessages messages,
            QuoteAttachments attachments,
            CatalogService catalog,
            MerchantService merchants,
            OrderService orders,
            CurrentUser currentUser,
            QuoteMails mails,
            Clock clock) {
        this.requests = requests;
        this.messages = messages;
        this.attachments = attachments;
        this.catalog = catalog;
        this.merchants = merchants;
        this.orders = orders;
        this.currentUser = currentUser;
        this.mails = mails;
        this.clock = clock;
    }

    /** The signed-in buyer asks the listing's merchant for a quote; returns the request's id. */
    @PermitAll
    @Transactional
    public long request(long listingId, NewQuoteRequest asked) {
        UserRef buyer = currentUser.require();
        ListingDetails listing = catalog.findPublished(listingId)
                .filter(l -> l.merchant().isActive())
                .orElseThrow(() -> new QuoteRefused(QuoteRefused.Reason.NOT_ON_SALE));
        if (merchants.isMember(buyer.id(), listing.merchant().id())) {
            throw new QuoteRefused(QuoteRefused.Reason.OWN_LISTING);
        }
        String subject = required(asked.subject(), "subject", SUBJECT_MAX);
        String volume = optional(asked.volume(), "volume", VOLUME_MAX);
        String period = optional(asked.period(), "period", PERIOD_MAX);
        String use = optional(asked.intendedUse(), "intendedUse", INTENDED_USE_MAX);
        String country = asked.destinationCountry() == null
                ? null
                : asked.destinationCountry().strip();
        if (country == null || country.isEmpty()) {
            throw new QuoteRefused(QuoteRefused.Reason.REQUIRED, "destinationCountry");
        }
        if (!COUNTRIES.contains(country)) {
            throw new QuoteRefused(QuoteRefused.Reason.COUNTRY, "destinationCountry");
        }
        String message = optional(asked.message(), "message", MESSAGE_MAX);
        Instant now = clock.instant();
        QuoteRequest q = requests.saveAndFlush(new QuoteRequest(
                listing.id(),
                listing.merchant().id(),
                listing.content().title(),
                buyer.id(),
                buyer.email(),
                buyer.locale() == null ? Languages.ENGLISH : buyer.locale(),
                new QuoteRequest.Asked(subject, volume, period, use, country),
                now));
        if (message != null) {
            messages.save(QuoteMessage.message(q.getId(), buyer.id(), ThreadSide.BUYER, message, null, now));
        }
        mails.toMerchant(q, "requested", locale -> subject);
        return q.getId();
    }

    /** The signed-in buyer's requests, most recently active first. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<QuoteSummary> myRequests() {
        Instant now = clock.instant();
        return requests
                .findByBuyerUserIdOrderByLastActivityAtDesc(
                        currentUser.require().id())
                .stream()
                .map(q -> summary(q, now))
                .toList();
    }

    /** One of the signed-in buyer's requests with its thread (empty for anyone else's). */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<QuoteThread> myThread(long requestId) {
        long buyerId = currentUser.require().id();
        return requests.findById(requestId)
                .filter(q -> q.getBuyerUserId() == buyerId)
                .map(this::thread);
    }

    /** The requests to the signed-in member's merchant, most recently active first. */
    @RolesAllowed("MERCHANT")
    @Transactional(readOnly = true)
    public List<QuoteSummary> merchantRequests() {
        Instant now = clock.instant();
        return myMerchant()
                .map(m -> requests.findByMerchantIdOrderByLastActivityAtDesc(m.id()).stream()
                        .map(q -> summary(q, now))
                        .toList())
                .orElse(List.of());
    }

    /** One request to the signed-in member's merchant with its thread (empty for another merchant's). */
    @RolesAllowed("MERCHANT")
    @Transactional(readOnly = true)
    public Optional<QuoteThread> merchantThread(long requestId) {
        Optional<MerchantSummary> merchant = myMerchant();
        return requests.findById(requestId)
                .filter(q -> merchant.isPresent()
                        && q.getMerchantId() == merchant.get().id())
                .map(this::thread);
    }

    /** The thread that led to an order, for staff deciding a dispute on it (empty: the order came from no offer). */
    @RolesAllowed({"ADMIN", "COMPLIANCE"})
    @Transactional(readOnly = true)
    public Optional<QuoteThread> threadOfOrder(long orderId) {
        return requests.findByOrderId(orderId).map(this::thread);
    }

    /**
     * The signed-in buyer or merchant member writes in the thread, with an optional attachment (a PDF, PNG or JPEG
     * recognised by its content). The other side is told by mail.
     */
    @PermitAll
    @Transactional
    public void post(long requestId, String body, String attachmentName, byte[] attachment) {
        UserRef author = currentUser.require();
        QuoteRequest q = requests.findForUpdate(requestId).orElseThrow(() -> unknown(requestId));
        ThreadSide side = sideOf(q, author);
        String text = optional(body, "message", MESSAGE_MAX);
        CheckedFile file = attachment == null ? null : AttachmentChecks.check(attachmentName, attachment);
        if (text == null && file == null) {
            throw new QuoteRefused(QuoteRefused.Reason.EMPTY_MESSAGE, "message");
        }
        Instant now = clock.instant();
        QuoteMessage saved = messages.saveAndFlush(QuoteMessage.message(q.getId(), author.id(), side, text, file, now));
        if (file != null) {
            attachments.save(new QuoteAttachment(saved.getId(), file.content()));
        }
        q.touch(now);
        if (side == ThreadSide.BUYER) {
            mails.toMerchant(q, "buyer-wrote", locale -> excerpt(text, file));
        } else {
            mails.toBuyer(q, "merchant-wrote", locale -> excerpt(text, file));
        }
    }

    /**
     * A member of the request's merchant sends a private offer (replacing any earlier one): one of the listing's
     * plans at a price in a currency checkout takes, with special terms, valid through a day not yet past.
     */
    @RolesAllowed("MERCHANT")
    @Transactional
    public void sendOffer(long requestId, PrivateOffer offer) {
        UserRef member = currentUser.require();
        QuoteRequest q = requests.findForUpdate(requestId).orElseThrow(() -> unknown(requestId));
        if (sideOf(q, member) != ThreadSide.MERCHANT) {
            throw notFound(requestId);
        }
        ListingDetails listing = catalog.findPublished(q.getListingId())
                .orElseThrow(() -> new QuoteRefused(QuoteRefused.Reason.NOT_ON_SALE));
        if (offer.planIndex() < 0 || offer.planIndex() >= listing.plans().size()) {
            throw new QuoteRefused(QuoteRefused.Reason.NO_SUCH_PLAN, "plan");
        }
        if (offer.price() == null) {
            throw new QuoteRefused(QuoteRefused.Reason.REQUIRED, "price");
        }
        try {
            OrderService.requirePayableCurrency(offer.price().currency());
        } catch (RuntimeException refused) {
            throw new QuoteRefused(QuoteRefused.Reason.CURRENCY, "currency");
        }
        String terms = optional(offer.terms(), "terms", TERMS_MAX);
        PrivateOffer clean = new PrivateOffer(offer.planIndex(), offer.price(), terms, offer.validUntil());
        Instant now = clock.instant();
        q.offer(clean, now);
        messages.save(QuoteMessage.offer(q.getId(), member.id(), clean, now));
        mails.toBuyer(
                q, "offered", locale -> clean.price().format(locale) + " · " + Times.date(locale, clean.validUntil()));
    }

    /**
     * The request's buyer accepts the offer they saw ({@code seenOfferNumber}): an order at the offer's price, routed
     * by the cross-border rules to the request's destination, in this transaction. Returns the order's id; the buyer
     * pays it through checkout's usual payment step. Refused after the offer's validity or once replaced.
     */
    @PermitAll
    @Transactional
    public long accept(long requestId, int seenOfferNumber) {
        UserRef buyer = currentUser.require();
        QuoteRequest q = requests.findForUpdate(requestId).orElseThrow(() -> unknown(requestId));
        if (q.getBuyerUserId() != buyer.id()) {
            throw notFound(requestId);
        }
        if (q.getStatus() == QuoteStatus.ACCEPTED && q.offerNumber() == seenOfferNumber) {
            return q.getOrderId();
        }
        requireSeen(q, seenOfferNumber);
        Instant now = clock.instant();
        PrivateOffer offer = q.currentOffer();
        if (q.isPastValidity(now)) {
            throw new QuoteRefused(QuoteRefused.Reason.EXPIRED);
        }
        if (q.getStatus() != QuoteStatus.OFFERED) {
            throw new QuoteRefused(QuoteRefused.Reason.STATE);
        }
        long orderId = orders.placeOfferOrder(q.offerKey());
        q.accept(orderId, now);
        messages.save(QuoteMessage.step(q.getId(), buyer.id(), ThreadSide.BUYER, EntryKind.ACCEPTED, now));
        mails.toMerchant(q, "accepted", locale -> offer.price().format(locale));
        return orderId;
    }

    /** The request's buyer declines the offer they saw; the merchant may send another. */
    @PermitAll
    @Transactional
    public void decline(long requestId, int seenOfferNumber) {
        UserRef buyer = currentUser.require();
        QuoteRequest q = requests.findForUpdate(requestId).orElseThrow(() -> unknown(requestId));
        if (q.getBuyerUserId() != buyer.id()) {
            throw notFound(requestId);
        }
        requireSeen(q, seenOfferNumber);
        Instant now = clock.instant();
        q.decline(now);
        messages.save(QuoteMessage.step(q.getId(), buyer.id(), ThreadSide.BUYER, EntryKind.DECLINED, now));
        mails.toMerchant(q, "declined", null);
    }

    /** An attachment, for someone who may read its thread (its buyer, its merchant's members, staff). */
    @PermitAll
    @Transactional(readOnly = true)
    public AttachmentFile attachment(long messageId) {
        UserRef reader = currentUser.require();
        QuoteMessage message = messages.findById(messageId).orElseThrow(() -> unknown(messageId));
        QuoteRequest q = requests.findById(message.getRequestId()).orElseThrow(() -> notFound(messageId));
        boolean staff = reader.hasRole(Role.ADMIN) || reader.hasRole(Role.COMPLIANCE);
        if (!staff) {
            sideOf(q, reader);
        }
        ThreadEntry entry = message.toEntry();
        if (entry.attachment() == null) {
            throw notFound(messageId);
        }
        byte[] content = attachments.findById(messageId).orElseThrow().content();
        return new AttachmentFile(entry.attachment().fileName(), message.attachmentType(), content);
    }

    /**
     * Records every offer whose validity ended (for the scheduled job; readers see them as expired before), each in
     * its own transaction through {@link QuoteExpiry}; returns the ids of those due.
     */
    @Transactional(readOnly = true)
    List<Long> dueToExpire() {
        return requests.findDueToExpire(LocalDate.ofInstant(clock.instant(), QuoteRequest.ZONE));
    }

    /** Expires one request if its offer's validity ended; whether it did. */
    @Transactional
    boolean expireIfDue(long requestId) {
        QuoteRequest q = requests.findForUpdate(requestId).orElse(null);
        Instant now = clock.instant();
        if (q == null || !q.isPastValidity(now)) {
            return false;
        }
        q.expire(now);
        messages.save(QuoteMessage.step(q.getId(), null, ThreadSide.SYSTEM, EntryKind.EXPIRED, now));
        mails.toBuyer(q, "expired", null);
        mails.toMerchant(q, "expired", null);
        return true;
    }

    private void requireSeen(QuoteRequest q, int seenOfferNumber) {
        if (q.offerNumber() != seenOfferNumber) {
            throw new QuoteRefused(QuoteRefused.Reason.STALE);
        }
    }

    /** The side {@code user} writes on; refused (as not found) for anyone else. */
    private ThreadSide sideOf(QuoteRequest q, UserRef user) {
        if (q.getBuyerUserId() == user.id()) {
            return ThreadSide.BUYER;
        }
        if (user.hasRole(Role.MERCHANT) && merchants.isMember(user.id(), q.getMerchantId())) {
            return ThreadSide.MERCHANT;
        }
        throw notFound(q.getId());
    }

    private Optional<MerchantSummary> myMerchant() {
        return merchants.findForMember(currentUser.require().id());
    }

    private QuoteThread thread(QuoteRequest q) {
        Instant now = clock.instant();
        return new QuoteThread(
                q.getId(),
                q.offerNumber(),
                q.getListingId(),
                q.getTitle(),
                q.getMerchantId(),
                q.getBuyerEmail(),
                q.getSubject(),
                q.getVolume(),
                q.getPeriod(),
                q.getIntendedUse(),
                q.getDestinationCountry(),
                q.statusAt(now),
                q.currentOffer(),
                q.getOrderId(),
                q.getCreatedAt(),
                messages.findByRequestIdOrderByIdAsc(q.getId()).stream()
                        .map(QuoteMessage::toEntry)
                        .toList());
    }

    private static QuoteSummary summary(QuoteRequest q, Instant now) {
        QuoteStatus status = q.statusAt(now);
        return new QuoteSummary(
                q.getId(),
                q.getListingId(),
                q.getTitle(),
                q.getBuyerEmail(),
                q.getSubject(),
                status,
                q.currentOffer(),
                q.getCreatedAt(),
                status == QuoteStatus.OFFERED ? q.getOfferedAt() : q.getCreatedAt(),
                q.getLastActivityAt());
    }

    private static String excerpt(String text, CheckedFile file) {
        String shown = text == null ? "" : text.length() > 300 ? text.substring(0, 300) + "…" : text;
        return file == null ? shown : (shown + " [" + file.fileName() + "]").strip();
    }

    private static IllegalArgumentException unknown(long id) {
        return new IllegalArgumentException("No request for a quote or message " + id);
    }

    private static AccessDeniedException notFound(long id) {
        return new AccessDeniedException("No request for a quote " + id + " of yours");
    }

    private static String required(String value, String field, int max) {
        String v = optional(value, field, max);
        if (v == null) {
            throw new QuoteRefused(QuoteRefused.Reason.REQUIRED, field);
        }
        return v;
    }

    /** The text stripped, null when blank; refused when longer than {@code max} characters. */
    private static String optional(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw new QuoteRefused(QuoteRefused.Reason.TOO_LONG, field, max);
        }
        return v;
    }

    static List<String> countries() {
        return Arrays.asList(Locale.getISOCountries());
    }
}
