package dataport.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dataport.IntegrationTest;
import dataport.audit.AuditEntry;
import dataport.audit.AuditFilter;
import dataport.audit.AuditService;
import dataport.catalog.DeliveryMode;
import dataport.catalog.DemoSignIn;
import dataport.catalog.ListingDetails;
import dataport.delivery.DeliveryFixtures;
import dataport.delivery.PaidOrders;
import dataport.orders.OrderService;
import dataport.orders.OrderStatus;
import dataport.shared.ListingRatings;
import dataport.shared.RatingSummary;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;

/** Verified-purchase reviews through the real orders: who may review, once per order, reply once, hide audited. */
@IntegrationTest
class ReviewServiceTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    ReviewService reviews;

    @Autowired
    OrderService orders;

    @Autowired
    ListingRatings ratings;

    @Autowired
    AuditService audit;

    @Autowired
    AuthenticationProvider signIn;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A paid order of a service listing of the demo merchant (delivered by hand, so nothing delivers it on its own). */
    private long paidOrder(PaidOrders paid, DeliveryFixtures f) {
        ListingDetails listing =
                paid.listing(DeliveryMode.DEDICATED_LINE, l -> l.merchant().id() == f.demoMerchantId());
        return paid.paidOrder(listing);
    }

    private void deliverAndAccept(long order, DeliveryFixtures f) {
        orders.markDelivered(order, "Line patched and tested.");
        orders.accept(order, f.userId(DemoSignIn.BUYER));
    }

    private static ReviewInput input(int stars, String text) {
        return new ReviewInput(stars, null, text, null);
    }

    @Test
    void onlyTheBuyerOfAnAcceptedOrderReviewsItAndOnlyOnce() {
        PaidOrders paid = new PaidOrders(context);
        DeliveryFixtures f = new DeliveryFixtures(context);
        long order = paidOrder(paid, f);
        long listing = orders.purchase(order).orElseThrow().listingId();
        RatingSummary before = ratings.of(listing);

        DemoSignIn.as(signIn, DemoSignIn.BUYER);
        assertThat(reviews.forMyPurchase(order).orElseThrow().mayWrite()).isFalse();
        assertThatThrownBy(() -> reviews.write(order, input(5, "Paid but not delivered yet.")))
                .isInstanceOf(ReviewRefused.class)
                .hasMessage("reviews.refused.not-accepted");

        deliverAndAccept(order, f);
        assertThat(paid.status(order)).isEqualTo(OrderStatus.ACCEPTED);

        DemoSignIn.as(signIn, DemoSignIn.MERCHANT);
        assertThatThrownBy(() -> reviews.write(order, input(5, "The seller praising itself.")))
                .as("someone who is not the buyer")
                .isInstanceOf(AccessDeniedException.class);

        DemoSignIn.as(signIn, DemoSignIn.BUYER);
        assertThat(reviews.forMyPurchase(order).orElseThrow().mayWrite()).isTrue();
        ReviewView written = reviews.write(order, new ReviewInput(4, "稳定", "专线开通及时，延迟稳定，测试报告完整。", null));

        assertThat(written.language()).isEqualTo(ReviewLanguage.ZH);
        assertThat(written.orderId()).isEqualTo(order);
        assertThat(written.listingId()).isEqualTo(listing);
        assertThat(reviews.visibleFor(listing)).extracting(ReviewView::id).contains(written.id());
        assertThat(ratings.of(listing).sameRatings(new RatingSummary(before.count() + 1, before.sum() + 4)))
                .isTrue();
        assertThat(ratings.of(listing).revision()).isGreaterThan(before.revision());
        assertThatThrownBy(() -> reviews.write(order, input(1, "A second review of the same order.")))
                .isInstanceOf(ReviewRefused.class)
                .hasMessage("reviews.refused.already-reviewed");
        assertThat(reviews.forMyPurchase(order).orElseThrow().mayWrite()).isFalse();
    }

    @Test
    void theBuyerChangesTheReviewWithinTheWindowAndBadInputChangesNothing() {
        PaidOrders paid = new PaidOrders(context);
        DeliveryFixtures f = new DeliveryFixtures(context);
        long order = paidOrder(paid, f);
        deliverAndAccept(order, f);
        DemoSignIn.as(signIn, DemoSignIn.BUYER);
        ReviewView written = reviews.write(order, input(2, "Slow to set up, but it works."));
        assertThat(written.language()).isEqualTo(ReviewLanguage.EN);

        assertThatThrownBy(() -> reviews.edit(written.id(), input(0, "short")))
                .isInstanceOfSatisfying(
                        InvalidReview.class, e -> assertThat(e.errors()).containsKeys("rating", "text"));
        ReviewView edited = reviews.edit(
                written.id(), new ReviewInput(4, "Fixed", "Support fixed the setup quickly.", ReviewLanguage.EN));

        assertThat(edited.rating()).isEqualTo(4);
        assertThat(edited.title()).isEqualTo("Fixed");
        assertThat(edited.editedAt()).isNotNull();
        assertThat(reviews.forMyPurchase(order).orElseThrow().mayEdit()).isTrue();

        DemoSignIn.as(signIn, DemoSignIn.MERCHANT);
        assertThatThrownBy(() -> reviews.edit(written.id(), input(5, "Edited by the seller.")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theMerchantRepliesOnceAndStaffHideAReviewWithAnAuditedReason() {
        PaidOrders paid = new PaidOrders(context);
        DeliveryFixtures f = new DeliveryFixtures(context);
        long order = paidOrder(paid, f);
        deliverAndAccept(order, f);
        DemoSignIn.as(signIn, DemoSignIn.BUYER);
        ReviewView written = reviews.write(order, input(1, "Call me on 138 0000 0000 for a better offer."));
        long listing = written.listingId();
        RatingSummary withIt = ratings.of(listing);
        assertThatThrownBy(() -> reviews.reply(written.id(), "The buyer answering.", null))
                .isInstanceOf(AccessDeniedException.class);

        DemoSignIn.as(signIn, DemoSignIn.MERCHANT);
        assertThat(reviews.forMySale(order).orElseThrow().mayReply()).isTrue();
        assertThatThrownBy(() -> reviews.reply(written.id(), "   ", null)).isInstanceOf(InvalidReview.class);
        ReviewView replied = reviews.reply(written.id(), "感谢反馈，我们已联系您。", null);
        assertThat(replied.reply()).isEqualTo("感谢反馈，我们已联系您。");
        assertThat(replied.replyLanguage()).isEqualTo(ReviewLanguage.ZH);
        assertThatThrownBy(() -> reviews.reply(written.id(), "A second reply.", null))
                .isInstanceOf(ReviewRefused.class)
                .hasMessage("reviews.refused.replied");
        assertThat(reviews.forMySale(order).orElseThrow().mayReply()).isFalse();
        assertThatThrownBy(() -> reviews.hide(written.id(), "The merchant does not like it"))
                .isInstanceOf(AccessDeniedException.class);

        DemoSignIn.as(signIn, DemoSignIn.COMPLIANCE);
        reviews.hide(written.id(), "Contains a phone number");

        assertThat(reviews.visibleFor(listing)).extracting(ReviewView::id).doesNotContain(written.id());
        assertThat(ratings.of(listing).sameRatings(new RatingSummary(withIt.count() - 1, withIt.sum() - 1)))
                .isTrue();
        List<AuditEntry> trail = audit.find(
                new AuditFilter(null, "review.hidden", "review", String.valueOf(written.id()), null, null), 0, 10);
        assertThat(trail).singleElement().satisfies(e -> {
            assertThat(e.actor()).isEqualTo(DemoSignIn.COMPLIANCE);
            assertThat(e.after()).contains("Contains a phone number");
        });
        assertThatThrownBy(() -> reviews.hide(written.id(), "again")).isInstanceOf(ReviewRefused.class);
    }
}
