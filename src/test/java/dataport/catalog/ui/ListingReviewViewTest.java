package dataport.catalog.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dataport.IntegrationTest;
import dataport.catalog.DemoSignIn;
import dataport.catalog.ListingAuthoring;
import dataport.catalog.ListingReview;
import dataport.catalog.ReviewItem;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class ListingReviewViewTest extends SpringBrowserlessTest {

    @Autowired
    AuthenticationProvider signIn;

    @Autowired
    ListingAuthoring authoring;

    @Autowired
    ListingReview review;

    String title;
    long id;

    @BeforeEach
    void aSubmittedListing() {
        DemoSignIn.as(signIn, DemoSignIn.MERCHANT);
        title = "Review queue " + System.nanoTime();
        id = authoring.create(dataport.catalog.TestListings.content(title, "审核队列"));
        authoring.submit(id, authoring.edit(id).version());
        DemoSignIn.as(signIn, DemoSignIn.COMPLIANCE);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @SuppressWarnings("unchecked")
    void staffFindTheListingReturnItWithACommentAndTheMerchantSeesIt() {
        navigate(ListingReviewQueueView.class);
        $(TextField.class).id("review-text-filter").setValue(title);
        Grid<ReviewItem> grid = $(Grid.class).id("listing-queue");
        var rows = IntStream.range(0, test(grid).size())
                .mapToObj(test(grid)::getRow)
                .toList();
        assertThat(rows).extracting(ReviewItem::id).containsExactly(id);

        test(grid).clickRow(0);
        assertThat(getCurrentView()).isInstanceOf(ListingReviewView.class);

        test($(Button.class).id("return-listing")).click();
        TextArea comment = $(TextArea.class).id("review-comment-field");
        assertThat(comment.isInvalid()).as("a return needs a comment").isTrue();

        comment.setValue("Please add the update schedule.");
        test($(Button.class).id("return-listing")).click();
        assertThat($(Paragraph.class).id("review-outcome").getText())
                .isEqualTo("Returned to the merchant with your comment.");
        assertThat($(Span.class).id("review-state").getText()).isEqualTo("Draft");

        DemoSignIn.as(signIn, DemoSignIn.MERCHANT);
        navigate("workspace/listings/" + id, ListingEditorView.class);
        assertThat($(Paragraph.class).id("review-comment").getText())
                .isEqualTo("Comment from park staff: Please add the update schedule.");
    }

    @Test
    void theReviewerReadsTheEnglishAndChineseTextsSideBySide() {
        navigate("staff/listings/" + id, ListingReviewView.class);

        assertThat($(Div.class).id("bilingual-title-en").getText()).isEqualTo(title);
        assertThat($(Div.class).id("bilingual-title-zh").getText()).isEqualTo("审核队列");
        assertThat($(Div.class).id("bilingual-plan-0-en").getText()).isNotBlank();
        // The buyer's preview below is built by the same service as the merchant's preview.
        assertThat($(Div.class).id("review-preview").isVisible()).isTrue();
    }

    @Test
    void whenAnotherReviewerDecidedFirstTheSecondIsToldAndKeepsTheirComment() {
        navigate("staff/listings/" + id, ListingReviewView.class);
        review.approve(id, review.open(id).version()); // another reviewer, meanwhile

        $(TextArea.class).id("review-comment-field").setValue("Looks wrong to me");
        test($(Button.class).id("return-listing")).click();

        assertThat($(Paragraph.class).id("review-outcome").getText()).contains("Another reviewer decided");
        assertThat($(Span.class).id("review-state").getText()).isEqualTo("Published");
        assertThat($(TextArea.class).id("review-comment-field").getValue()).isEqualTo("Looks wrong to me");
    }
}
