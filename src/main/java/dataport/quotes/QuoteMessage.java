package dataport.quotes;

import dataport.shared.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One entry of a request's thread, never changed once written (the table refuses updates and deletes). */
@Entity
@Table(name = "quote_message")
class QuoteMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private long requestId;

    @Column(name = "author_user_id", updatable = false)
    private Long authorUserId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private ThreadSide side;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private EntryKind kind;

    @Column(updatable = false)
    private String body;

    @Column(name = "offer_plan_index", updatable = false)
    private Integer offerPlanIndex;

    @Column(name = "offer_price_minor", updatable = false)
    private Long offerPriceMinor;

    @Column(name = "offer_currency", updatable = false, columnDefinition = "CHAR(3)")
    private String offerCurrency;

    @Column(name = "offer_terms", updatable = false)
    private String offerTerms;

    @Column(name = "offer_valid_until", updatable = false)
    private LocalDate offerValidUntil;

    @Column(name = "attachment_name", updatable = false)
    private String attachmentName;

    @Column(name = "attachment_type", updatable = false)
    private String attachmentType;

    @Column(name = "attachment_size", updatable = false)
    private Integer attachmentSize;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected QuoteMessage() {}

    private QuoteMessage(long requestId, Long authorUserId, ThreadSide side, EntryKind kind, String body, Instant now) {
        this.requestId = requestId;
        this.authorUserId = authorUserId;
        this.side = side;
        this.kind = kind;
        this.body = body;
        this.createdAt = now;
    }

    static QuoteMessage message(
            long requestId, long authorUserId, ThreadSide side, String body, CheckedFile attachment, Instant now) {
        QuoteMessage m = new QuoteMessage(requestId, authorUserId, side, EntryKind.MESSAGE, body, now);
        if (attachment != null) {
            m.attachmentName = attachment.fileName();
            m.attachmentType = attachment.contentType();
            m.attachmentSize = attachment.content().length;
        }
        return m;
    }

    static QuoteMessage offer(long requestId, long authorUserId, PrivateOffer offer, Instant now) {
        QuoteMessage m = new QuoteMessage(requestId, authorUserId, ThreadSide.MERCHANT, EntryKind.OFFER, null, now);
        m.offerPlanIndex = offer.planIndex();
        m.offerPriceMinor = offer.price().minorUnits();
        m.offerCurrency = offer.price().currency().getCurrencyCode();
        m.offerTerms = offer.terms();
        m.offerValidUntil = offer.validUntil();
        return m;
    }

    static QuoteMessage step(long requestId, Long authorUserId, ThreadSide side, EntryKind kind, Instant now) {
        return new QuoteMessage(requestId, authorUserId, side, kind, null, now);
    }

    Long getId() {
        return id;
    }

    String attachmentType() {
        return attachmentType;
    }

    long getRequestId() {
        return requestId;
    }

    ThreadEntry toEntry() {
        PrivateOffer offer = offerPriceMinor == null
                ? null
                : new PrivateOffer(
                        offerPlanIndex, Money.ofMinor(offerPriceMinor, offerCurrency), offerTerms, offerValidUntil);
        ThreadEntry.Attachment attached =
                attachmentName == null ? null : new ThreadEntry.Attachment(attachmentName, attachmentSize);
        return new ThreadEntry(id, side, kind, body, offer, attached, createdAt);
    }
}
