package dataport.reviews;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A buyer's rating and text about a listing they accepted, the merchant's one reply, and whether staff hid it. Only
 * the methods below change it, and each refuses what the review's state does not allow.
 */
@Entity
@Table(name = "review")
class Review {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "order_id", updatable = false)
    private Long orderId;

    @Column(name = "listing_id", nullable = false, updatable = false)
    private long listingId;

    @Column(name = "merchant_id", nullable = false, updatable = false)
    private long merchantId;

    @Column(name = "buyer_user_id", updatable = false)
    private Long buyerUserId;

    @Column(name = "reviewer_name", nullable = false, updatable = false)
    private String reviewerName;

    @Column(nullable = false)
    private int rating;

    private String title;

    @Column(nullable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReviewLanguage language;

    @Column(name = "written_at", nullable = false, updatable = false)
    private Instant writtenAt;

    @Column(name = "edited_at")
    private Instant editedAt;

    private String reply;

    @Enumerated(EnumType.STRING)
    @Column(name = "reply_language")
    private ReviewLanguage replyLanguage;

    @Column(name = "replied_at")
    private Instant repliedAt;

    @Column(name = "replied_by")
    private String repliedBy;

    @Column(name = "hidden_at")
    private Instant hiddenAt;

    @Column(name = "hidden_reason")
    private String hiddenReason;

    @Column(name = "hidden_by")
    private String hiddenBy;

    protected Review() {}

    Review(
            Long orderId,
            long listingId,
            long merchantId,
            Long buyerUserId,
            String reviewerName,
            ReviewInput input,
            Instant now) {
        check(input);
        this.orderId = orderId;
        this.listingId = listingId;
        this.merchantId = merchantId;
        this.buyerUserId = buyerUserId;
        this.reviewerName = reviewerName;
        this.writtenAt = now;
        apply(input);
    }

    /** Refuses input that breaks a rule, naming every broken field at once. */
    static void check(ReviewInput input) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (input.rating() < 1 || input.rating() > 5) {
            errors.put("rating", "reviews.error.rating");
        }
        if (input.title() != null && input.title().strip().length() > ReviewRules.TITLE_MAX) {
            errors.put("title", "reviews.error.title-too-long");
        }
        String text = input.text() == null ? "" : input.text().strip();
        if (text.length() < ReviewRules.TEXT_MIN) {
            errors.put("text", "reviews.error.text-too-short");
        } else if (text.length() > ReviewRules.TEXT_MAX) {
            errors.put("text", "reviews.error.text-too-long");
        }
        if (!errors.isEmpty()) {
            throw new InvalidReview(errors);
        }
    }

    private void apply(ReviewInput input) {
        this.rating = input.rating();
        String t = input.title() == null ? "" : input.title().strip();
        this.title = t.isEmpty() ? null : t;
        this.body = input.text().strip();
        this.language = input.languageOrDetected();
    }

    Instant editableUntil() {
        return writtenAt.plus(ReviewRules.EDIT_WINDOW);
    }

    /** The writer's change within {@link ReviewRules#EDIT_WINDOW} of first writing it. */
    void edit(ReviewInput input, Instant now) {
        if (hiddenAt != null) {
            throw new ReviewRefused("reviews.refused.hidden");
        }
        if (!now.isBefore(editableUntil())) {
            throw new ReviewRefused("reviews.refused.edit-window");
        }
        check(input);
        apply(input);
        this.editedAt = now;
    }

    /** The merchant's one reply. */
    void reply(String text, ReviewLanguage replyLanguage, String actor, Instant now) {
        if (reply != null) {
            throw new ReviewRefused("reviews.refused.replied");
        }
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new InvalidReview(Map.of("reply", "reviews.error.reply-required"));
        }
        if (t.length() > ReviewRules.REPLY_MAX) {
            throw new InvalidReview(Map.of("reply", "reviews.error.reply-too-long"));
        }
        this.reply = t;
        this.replyLanguage = replyLanguage != null ? replyLanguage : ReviewLanguage.detect(t);
        this.repliedBy = actor;
        this.repliedAt = now;
    }

    /** Staff take the review off the listing, with the reason (kept, and in the audit trail). */
    void hide(String reason, String actor, Instant now) {
        if (hiddenAt != null) {
            throw new ReviewRefused("reviews.refused.hidden");
        }
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) {
            throw new InvalidReview(Map.of("reason", "reviews.error.reason-required"));
        }
        if (r.length() > ReviewRules.REASON_MAX) {
            throw new InvalidReview(Map.of("reason", "reviews.error.reason-too-long"));
        }
        this.hiddenReason = r;
        this.hiddenBy = actor;
        this.hiddenAt = now;
    }

    ReviewView toView() {
        return new ReviewView(
                id == null ? 0 : id,
                orderId,
                listingId,
                merchantId,
                reviewerName,
                rating,
                title,
                body,
                language,
                writtenAt,
                editedAt,
                editableUntil(),
                reply,
                replyLanguage,
                repliedAt,
                hiddenAt != null,
                hiddenReason);
    }

    Long getId() {
        return id;
    }

    long getListingId() {
        return listingId;
    }

    long getMerchantId() {
        return merchantId;
    }

    Long getBuyerUserId() {
        return buyerUserId;
    }

    int getRating() {
        return rating;
    }
}
