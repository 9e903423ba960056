package dataport.quotes;

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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/**
 * A buyer's request for a quote on one listing and the merchant's current private offer. Only the methods below move
 * it along OPEN → OFFERED → ACCEPTED | DECLINED | EXPIRED (a new offer may follow a declined or expired one); each
 * refuses a step its state does not allow.
 */
@Entity
@Table(name = "quote_request")
class QuoteRequest {

    /** An offer is valid through the end of its last day here, the marketplace's zone, for every reader. */
    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "listing_id", nullable = false, updatable = false)
    private long listingId;

    @Column(name = "merchant_id", nullable = false, updatable = false)
    private long merchantId;

    @Column(name = "buyer_user_id", nullable = false, updatable = false)
    private long buyerUserId;

    @Column(name = "buyer_email", nullable = false)
    private String buyerEmail;

    @Column(name = "buyer_locale", nullable = false)
    private String buyerLocale;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    @AttributeOverride(name = "zh", column = @Column(name = "title_zh"))
    private Bilingual title;

    @Column(nullable = false)
    private String subject;

    private String volume;

    private String period;

    @Column(name = "intended_use")
    private String intendedUse;

    @Column(name = "destination_country", nullable = false, columnDefinition = "CHAR(2)")
    private String destinationCountry;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private QuoteStatus status;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @Column(name = "offer_number", nullable = false)
    private int offerNumber;

    @Column(name = "offer_plan_index")
    private Integer offerPlanIndex;

    @Column(name = "offer_price_minor")
    private Long offerPriceMinor;

    @Column(name = "offer_currency", columnDefinition = "CHAR(3)")
    private String offerCurrency;

    @Column(name = "offer_terms")
    private String offerTerms;

    @Column(name = "offer_valid_until")
    private LocalDate offerValidUntil;

    @Column(name = "offered_at")
    private Instant offeredAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "order_id")
    private Long orderId;

    protected QuoteRequest() {}

    /** What the buyer asks, as typed (already checked by the service). */
    record Asked(String subject, String volume, String period, String intendedUse, String destinationCountry) {}

    QuoteRequest(
            long listingId,
            long merchantId,
            Bilingual title,
            long buyerUserId,
            String buyerEmail,
            Locale buyerLocale,
            Asked asked,
            Instant now) {
        this.listingId = listingId;
        this.merchantId = merchantId;
        this.title = title;
        this.buyerUserId = buyerUserId;
        this.buyerEmail = buyerEmail;
        this.buyerLocale = buyerLocale.toLanguageTag();
        this.subject = asked.subject();
        this.volume = asked.volume();
        this.period = asked.period();
        this.intendedUse = asked.intendedUse();
        this.destinationCountry = asked.destinationCountry();
        this.status = QuoteStatus.OPEN;
        this.createdAt = now;
        this.lastActivityAt = now;
    }

    /**
     * Sends (or replaces) the private offer. Refused once accepted, and for a validity date already past in the
     * marketplace's zone.
     */
    void offer(PrivateOffer offer, Instant now) {
        if (status == QuoteStatus.ACCEPTED) {
            throw new QuoteRefused(QuoteRefused.Reason.STATE);
        }
        if (offer.validUntil() == null || offer.validUntil().isBefore(LocalDate.ofInstant(now, ZONE))) {
            throw new QuoteRefused(QuoteRefused.Reason.VALIDITY, "validUntil");
        }
        if (offer.price() == null || offer.price().minorUnits() <= 0) {
            throw new QuoteRefused(QuoteRefused.Reason.PRICE, "price");
        }
        this.offerNumber++;
        this.offerPlanIndex = offer.planIndex();
        this.offerPriceMinor = offer.price().minorUnits();
        this.offerCurrency = offer.price().currency().getCurrencyCode();
        this.offerTerms = offer.terms();
        this.offerValidUntil = offer.validUntil();
        this.offeredAt = now;
        this.status = QuoteStatus.OFFERED;
        this.closedAt = null;
        touch(now);
    }

    /** Whether the current offer's last day has ended (only an OFFERED request can be past its validity). */
    boolean isPastValidity(Instant now) {
        return status == QuoteStatus.OFFERED
                && !now.isBefore(offerValidUntil.plusDays(1).atStartOfDay(ZONE).toInstant());
    }

    /** The state as readers should see it: an offer past its validity reads as EXPIRED before the job records it. */
    QuoteStatus statusAt(Instant now) {
        return isPastValidity(now) ? QuoteStatus.EXPIRED : status;
    }

    /** OFFERED → ACCEPTED with the order made at the offer's price; refused once the offer's validity ended. */
    void accept(long orderId, Instant now) {
        requireOffered(now);
        this.orderId = orderId;
        this.status = QuoteStatus.ACCEPTED;
        this.closedAt = now;
        touch(now);
    }

    /** OFFERED → DECLINED by the buyer. */
    void decline(Instant now) {
        requireOffered(now);
        this.status = QuoteStatus.DECLINED;
        this.closedAt = now;
        touch(now);
    }

    /** OFFERED → EXPIRED, only once the offer's validity has ended. */
    void expire(Instant now) {
        if (!isPastValidity(now)) {
            throw new QuoteRefused(QuoteRefused.Reason.STATE);
        }
        this.status = QuoteStatus.EXPIRED;
        this.closedAt = now;
        touch(now);
    }

    private void requireOffered(Instant now) {
        if (isPastValidity(now)) {
            throw new QuoteRefused(QuoteRefused.Reason.EXPIRED);
        }
        if (status != QuoteStatus.OFFERED) {
            throw new QuoteRefused(QuoteRefused.Reason.STATE);
        }
    }

    void touch(Instant now) {
        if (now.isAfter(lastActivityAt)) {
            this.lastActivityAt = now;
        }
    }

    PrivateOffer currentOffer() {
        return offerPriceMinor == null
                ? null
                : new PrivateOffer(
                        offerPlanIndex, Money.ofMinor(offerPriceMinor, offerCurrency), offerTerms, offerValidUntil);
    }

    /** The order's checkout key for the current offer: accepting it twice never makes two orders. */
    String offerKey() {
        return "quote-" + id + "-offer-" + offerNumber;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    long getListingId() {
        return listingId;
    }

    long getMerchantId() {
        return merchantId;
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

    Bilingual getTitle() {
        return title;
    }

    String getSubject() {
        return subject;
    }

    String getVolume() {
        return volume;
    }

    String getPeriod() {
        return period;
    }

    String getIntendedUse() {
        return intendedUse;
    }

    String getDestinationCountry() {
        return destinationCountry;
    }

    QuoteStatus getStatus() {
        return status;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getLastActivityAt() {
        return lastActivityAt;
    }

    Instant getOfferedAt() {
        return offeredAt;
    }

    int offerNumber() {
        return offerNumber;
    }

    Long getOrderId() {
        return orderId;
    }
}
