package dataport.reviews.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dataport.IntegrationTest;
import dataport.catalog.DeliveryMode;
import dataport.catalog.DemoSignIn;
import dataport.catalog.ListingDetails;
import dataport.catalog.ui.ListingView;
import dataport.delivery.DeliveryFixtures;
import dataport.delivery.PaidOrders;
import dataport.delivery.ui.PurchaseView;
import dataport.delivery.ui.SaleView;
import dataport.orders.OrderService;
import dataport.reviews.ReviewService;
import dataport.reviews.ReviewView;
import dataport.shared.Languages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;

/** The review form on the buyer's order page, the reply on the merchant's, and the reviews on the listing page. */
@IntegrationTest
class ReviewViewsTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    OrderService orders;

    @Autowired
    ReviewService reviews;

    @Autowired
    AuthenticationProvider signIn;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** An accepted order of the demo buyer from the demo merchant; leaves the buyer signed in. */
    private long acceptedOrder() {
        DeliveryFixtures f = new DeliveryFixtures(context);
        PaidOrders paid = new PaidOrders(context);
        ListingDetails listing =
                paid.listing(DeliveryMode.DEDICATED_LINE, l -> l.merchant().id() == f.demoMerchantId());
        long order = paid.paidOrder(listing);
        orders.markDelivered(order, "Line patched and tested.");
        orders.accept(order, f.userId(DemoSignIn.BUYER));
        return order;
    }

    @SuppressWarnings("unchecked")
    private RadioButtonGroup<Integer> stars() {
        return $(RadioButtonGroup.class).id("review-rating");
    }

    @Test
    void refusedInputIsMarkedInTheReadersLanguageAndKeptThenTheReviewIsPublished() {
        long order = acceptedOrder();
        UI.getCurrent().setLocale(Languages.CHINESE);
        navigate("purchases/" + order, PurchaseView.class);

        test($(TextArea.class).id("review-text")).setValue("太短");
        test($(Button.class).id("review-save")).click();

        assertThat(stars().isInvalid()).isTrue();
        assertThat(stars().getErrorMessage()).isEqualTo("请选择 1 至 5 星。");
        TextArea text = $(TextArea.class).id("review-text");
        assertThat(text.isInvalid()).isTrue();
        assertThat(text.getErrorMessage()).isEqualTo("请至少写 10 个字符。");
        assertThat(text.getValue()).as("nothing typed is lost").isEqualTo("太短");

        stars().setValue(4);
        test($(TextField.class).id("review-title")).setValue("开通及时");
        test(text).setValue("太短？不，专线开通及时，测试报告完整。");
        test($(Button.class).id("review-save")).click();

        assertThat($(Paragraph.class).id("review-done").getText()).isEqualTo("感谢您，评价已发布。");
        assertThat($(Span.class).withClassName("dp-review-language").first().getText())
                .isEqualTo("使用中文撰写");
        assertThat($(Button.class).id("review-edit").isVisible()).isTrue();
        assertThat(reviews.forMyPurchase(order).orElseThrow().review().rating()).isEqualTo(4);
    }

    @Test
    void theMerchantRepliesOnceOnTheOrderPageAndTheListingPageShowsTheReviewAndTheReply() {
        long order = acceptedOrder();
        ReviewView review = reviews.write(
                order, new dataport.reviews.ReviewInput(5, "Fast", "Installed in two days, stable since.", null));

        DemoSignIn.as(signIn, DemoSignIn.MERCHANT);
        navigate("workspace/orders/" + order, SaleView.class);
        test($(TextArea.class).id("reply-text")).setValue("Thank you for choosing us.");
        test($(Button.class).id("reply-send")).click();

        assertThat($(Paragraph.class).id("review-done").getText()).isEqualTo("Your reply is published.");
        assertThat($(TextArea.class).withId("reply-text").exists())
                .as("one reply only")
                .isFalse();

        SecurityContextHolder.clearContext();
        navigate("listings/" + review.listingId(), ListingView.class);
        Span rating = $(Span.class).id("listing-rating");
        assertThat(rating.getElement().getAttribute("aria-label")).matches("\\d\\.\\d out of 5, \\d+ reviews?");
        assertThat($(Paragraph.class)
                        .withText("Installed in two days, stable since.")
                        .exists())
                .isTrue();
        assertThat($(Paragraph.class).withText("Thank you for choosing us.").exists())
                .isTrue();
        assertThat($(Button.class).withClassName("dp-review-hide").exists())
                .as("visitors cannot hide")
                .isFalse();

        DemoSignIn.as(signIn, DemoSignIn.COMPLIANCE);
        navigate("listings/" + review.listingId(), ListingView.class);
        assertThat($(Button.class).withClassName("dp-review-hide").exists()).isTrue();
    }

    @Test
    void theListingPageSaysTheRatingInChineseToo() {
        long order = acceptedOrder();
        ReviewView review = reviews.write(order, new dataport.reviews.ReviewInput(3, null, "延迟一般，服务响应快。", null));
        UI.getCurrent().setLocale(Languages.CHINESE);

        navigate("listings/" + review.listingId(), ListingView.class);

        assertThat($(Span.class).id("listing-rating").getElement().getAttribute("aria-label"))
                .startsWith("满分 5 分得")
                .contains("条评价");
        assertThat($(Span.class).withText("使用中文撰写").exists()).isTrue();
    }
}
