package dataport.reviews;

import dataport.accounts.CurrentUser;
import dataport.accounts.UserRef;
import dataport.audit.AuditService;
import dataport.merchants.MerchantService;
import dataport.orders.OrderService;
import dataport.orders.OrderStatus;
import dataport.orders.PurchasedItem;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviews module's API. A review belongs to one order that its buyer accepted; the listing and merchant come from
 * that order, so nobody reviews what they did not buy and receive. Changes publish {@link ReviewPublished}, {@link
 * ReviewEdited} and {@link ReviewHidden}, on which search re-reads the listing's rating.
 */
@Service
public class ReviewService {

    /** At most this many reviews are listed on a listing's page (newest first). */
    public static final int PAGE_LIMIT = 50;

    private final Reviews reviews;
    private final OrderService orders;
    private final MerchantService merchants;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReviewService(
            Reviews reviews,
            OrderService orders,
            MerchantService merchants,
            CurrentUser currentUser,
            AuditService audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.reviews = reviews;
        this.orders = orders;
        this.merchants = merchants;
        this.currentUser = currentUser;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** The order's review state for its signed-in buyer; empty for anyone else or an unknown order. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<OrderReview> forMyPurchase(long orderId) {
        UserRef me = currentUser.require();
        return orders.purchaseOfBuyer(orderId, me.id()).map(item -> {
            Optional<Review> review = reviews.findByOrderId(orderId);
            Instant now = clock.instant();
            return new OrderReview(
                    orderId,
                    item.listingId(),
                    review.isEmpty() && item.status() == OrderStatus.ACCEPTED,
                    review.map(Review::toView).orElse(null),
                    review.map(r -> r.toView().editableAt(now)).orElse(false),
                    false);
        });
    }

    /** The order's review state for a member of the selling merchant; empty for anyone else. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public Optional<OrderReview> forMySale(long orderId) {
        UserRef me = currentUser.require();
        return orders.saleOfMerchantMember(orderId, me.id()).map(item -> {
            ReviewView review =
                    reviews.findByOrderId(orderId).map(Review::toView).orElse(null);
            return new OrderReview(
                    orderId,
                    item.listingId(),
                    false,
                    review,
                    false,
                    review != null && !review.hasReply() && !review.hidden());
        });
    }

    /**
     * The signed-in buyer's review of an order they accepted; once per order. Refused ({@link ReviewRefused}) for an
     * order not theirs or not accepted, or already reviewed; bad input is {@link InvalidReview}.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public ReviewView write(long orderId, ReviewInput input) {
        UserRef me = currentUser.require();
        PurchasedItem item =
                orders.purchaseOfBuyer(orderId, me.id()).orElseThrow(() -> new AccessDeniedException("Not your order"));
        if (item.status() != OrderStatus.ACCEPTED) {
            throw new ReviewRefused("reviews.refused.not-accepted");
        }
        if (reviews.existsByOrderId(orderId)) {
            throw new ReviewRefused("reviews.refused.already-reviewed");
        }
        Review review = new Review(
                orderId, item.listingId(), item.merchantId(), me.id(), me.displayName(), input, clock.instant());
        try {
            reviews.saveAndFlush(review);
        } catch (DataIntegrityViolationException raced) {
            // The same order reviewed twice at once (two tabs): the unique key keeps one.
            throw new ReviewRefused("reviews.refused.already-reviewed");
        }
        events.publishEvent(new ReviewPublished(review.getId(), review.getListingId()));
        return review.toView();
    }

    /** Its writer's change of a review within {@link ReviewRules#EDIT_WINDOW}. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public ReviewView edit(long reviewId, ReviewInput input) {
        UserRef me = currentUser.require();
        Review review = reviews.findById(reviewId)
                .filter(r -> r.getBuyerUserId() != null && r.getBuyerUserId() == me.id())
                .orElseThrow(() -> new AccessDeniedException("Not your review"));
        review.edit(input, clock.instant());
        reviews.saveAndFlush(review);
        events.publishEvent(new ReviewEdited(review.getId(), review.getListingId()));
        return review.toView();
    }

    /** The selling merchant's one reply, by any member of that merchant. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public ReviewView reply(long reviewId, String text, ReviewLanguage language) {
        UserRef me = currentUser.require();
        Review review = reviews.findById(reviewId)
                .filter(r -> merchants.isMember(me.id(), r.getMerchantId()))
                .orElseThrow(() -> new AccessDeniedException("Not your merchant's review"));
        review.reply(text, language, audit.currentActor(), clock.instant());
        reviews.saveAndFlush(review);
        return review.toView();
    }

    /** Staff take a review off its listing, with a reason; recorded in the audit trail in the same transaction. */
    @Transactional
    @RolesAllowed({"COMPLIANCE", "ADMIN"})
    public ReviewView hide(long reviewId, String reason) {
        Review review =
                reviews.findById(reviewId).orElseThrow(() -> new IllegalArgumentException("No review " + reviewId));
        ReviewView before = review.toView();
        review.hide(reason, audit.currentActor(), clock.instant());
        reviews.saveAndFlush(review);
        audit.record(
                "review.hidden",
                "review",
                String.valueOf(reviewId),
                "listing " + before.listingId() + ", " + before.rating() + "★, visible",
                "hidden: " + reason.strip());
        events.publishEvent(new ReviewHidden(review.getId(), review.getListingId()));
        return review.toView();
    }

    /** A listing's visible reviews, newest first (at most {@link #PAGE_LIMIT}). */
    @Transactional(readOnly = true)
    public List<ReviewView> visibleFor(long listingId) {
        return reviews.findVisible(listingId, PageRequest.of(0, PAGE_LIMIT)).stream()
                .map(Review::toView)
                .toList();
    }

    /** Whether the signed-in user may hide reviews (staff who moderate). */
    public boolean mayModerate() {
        return audit.currentUserHasRole("COMPLIANCE") || audit.currentUserHasRole("ADMIN");
    }

    /** The signed-in merchant member's reviews across their listings, newest first. */
    @Transactional(readOnly = true)
    @RolesAllowed("MERCHANT")
    public List<ReviewView> myMerchantReviews(int limit) {
        UserRef me = currentUser.require();
        return merchants
                .findForMember(me.id())
                .map(m -> reviews.findForMerchant(m.id(), PageRequest.of(0, limit)).stream()
                        .map(Review::toView)
                        .toList())
                .orElse(List.of());
    }

    /**
     * A review without an order, for the demo data only (the demo has no orders). Never reachable from a page: the
     * demo loader calls it at start-up.
     */
    @Transactional
    public long recordDemoReview(long listingId, long merchantId, String reviewerName, ReviewInput input, Instant at) {
        Review review = new Review(null, listingId, merchantId, null, reviewerName, input, at);
        reviews.saveAndFlush(review);
        events.publishEvent(new ReviewPublished(review.getId(), listingId));
        return review.getId();
    }

    /** The merchant's reply to a demo review, as the demo data has it. */
    @Transactional
    public void recordDemoReply(long reviewId, String text, Instant at) {
        Review review = reviews.findById(reviewId).orElseThrow();
        review.reply(text, null, AuditService.SYSTEM, at);
        reviews.saveAndFlush(review);
    }
}
