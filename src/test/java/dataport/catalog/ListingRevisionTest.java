package dataport.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dataport.catalog.CatalogService.NewPlan;
import dataport.shared.Bilingual;
import dataport.shared.Money;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The lifecycle around review: revisions of published listings, returning with comments, suspending, archiving. */
class ListingRevisionTest {

    private final Instant now = Instant.parse("2026-11-30T08:00:00Z");

    @Test
    void aRevisionLeavesThePublishedContentAsItIsUntilApproved() {
        Listing listing = published();
        ListingContent edited = content("New title", "新标题");
        int eventsBefore = listing.pendingEvents().size();

        listing.proposeRevision(ListingContents.toJson(edited), now);
        assertThat(listing.getTitle().en()).isEqualTo("Title");
        assertThat(listing.getRevisionState()).isEqualTo(RevisionState.DRAFT);

        listing.submitForReview(now);
        assertThat(listing.isAwaitingReview()).isTrue();
        assertThat(listing.getStatus()).isEqualTo(ListingStatus.PUBLISHED);
        assertThat(listing.getTitle().en()).isEqualTo("Title");

        listing.approveRevision(2L, ListingContents.fromJson(listing.getRevisionContent()), now);
        assertThat(listing.getTitle().en()).isEqualTo("New title");
        assertThat(listing.getCategoryId()).isEqualTo(2L);
        assertThat(listing.getPlans()).hasSize(2);
        assertThat(listing.getRevisionState()).isNull();
        assertThat(listing.getRevisionContent()).isNull();
        assertThat(listing.pendingEvents()).hasSize(eventsBefore + 1).contains(new ListingChanged(null));
    }

    @Test
    void aRevisionInReviewCannotBeEditedAgainOrApprovedTwice() {
        Listing listing = published();
        listing.proposeRevision(ListingContents.toJson(content("A", "甲")), now);
        listing.submitForReview(now);

        assertThatThrownBy(() -> listing.proposeRevision("{}", now)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> listing.submitForReview(now)).isInstanceOf(IllegalStateException.class);
        listing.approveRevision(1L, content("A", "甲"), now);
        assertThatThrownBy(() -> listing.approveRevision(1L, content("A", "甲"), now))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void staffReturnADraftWithACommentAndTheMerchantCanSubmitAgain() {
        Listing listing = draftWithPlan();
        listing.submitForReview(now);

        listing.returnWithComment("Please add an SLA", now);

        assertThat(listing.getStatus()).isEqualTo(ListingStatus.DRAFT);
        assertThat(listing.getReviewComment()).isEqualTo("Please add an SLA");
        listing.submitForReview(now);
        listing.approve(now);
        assertThat(listing.getReviewComment()).isNull();
    }

    @Test
    void aReturnedRevisionGoesBackToTheMerchantWhileThePublishedListingStays() {
        Listing listing = published();
        listing.proposeRevision(ListingContents.toJson(content("B", "乙")), now);
        listing.submitForReview(now);

        listing.returnWithComment("Price looks wrong", now);

        assertThat(listing.getStatus()).isEqualTo(ListingStatus.PUBLISHED);
        assertThat(listing.getRevisionState()).isEqualTo(RevisionState.DRAFT);
        assertThat(listing.getReviewComment()).isEqualTo("Price looks wrong");
    }

    @Test
    void returningNeedsACommentAndSomethingInReview() {
        Listing listing = draftWithPlan();
        assertThatThrownBy(() -> listing.returnWithComment("why", now)).isInstanceOf(IllegalStateException.class);
        listing.submitForReview(now);
        assertThatThrownBy(() -> listing.returnWithComment(" ", now)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPublishedListingIsSuspendedReinstatedAndArchived() {
        Listing listing = published();

        listing.suspend(now);
        assertThat(listing.getStatus()).isEqualTo(ListingStatus.SUSPENDED);
        assertThatThrownBy(() -> listing.suspend(now)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> listing.proposeRevision("{}", now)).isInstanceOf(IllegalStateException.class);
        listing.reinstate(now);
        assertThat(listing.getStatus()).isEqualTo(ListingStatus.PUBLISHED);
        assertThatThrownBy(() -> listing.reinstate(now)).isInstanceOf(IllegalStateException.class);

        listing.archive(now);
        assertThat(listing.getStatus()).isEqualTo(ListingStatus.ARCHIVED);
        assertThatThrownBy(() -> listing.archive(now)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> listing.submitForReview(now)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void onlyDraftsAreEditedInPlace() {
        Listing listing = published();
        assertThatThrownBy(() -> listing.edit(1L, content("X", "X"), now)).isInstanceOf(IllegalStateException.class);
        Listing inReview = draftWithPlan();
        inReview.submitForReview(now);
        assertThatThrownBy(() -> inReview.edit(1L, content("X", "X"), now)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> inReview.archive(now)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void contentSurvivesItsJsonFormWithExactMoneyAndUnansweredFlags() {
        ListingContent content = content("Title 🚀", "标题 <script>");
        ListingContent back = ListingContents.fromJson(ListingContents.toJson(content));

        assertThat(back).isEqualTo(content);
        assertThat(back.plans().getFirst().price()).isEqualTo(Money.of("12345678.91", "CNY"));
        assertThat(back.personalInformation()).isNull();
    }

    @Test
    void reviewersSeeWhichFieldsARevisionChanges() {
        ListingContent before = content("Title", "标题");
        ListingContent after = content("Title", "新标题").withFiles(List.of(7L), 9L);

        assertThat(ListingContents.changes(before, after)).containsExactly("title", "images", "sample");
    }

    private Listing draftWithPlan() {
        Listing listing = new Listing(1L, 1L, Bilingual.of("Title", "标题"), Bilingual.of("Summary", "摘要"), now);
        listing.edit(1L, content("Title", "标题"), now);
        return listing;
    }

    private Listing published() {
        Listing listing = draftWithPlan();
        listing.submitForReview(now);
        listing.approve(now);
        return listing;
    }

    /** The sample content with a CNY amount that needs every digit, a quote plan, and personal information unanswered. */
    static ListingContent content(String titleEn, String titleZh) {
        return TestListings.content()
                .title(Bilingual.of(titleEn, titleZh))
                .personalInformation(null)
                .plans(List.of(
                        TestListings.yearly("Annual", "12345678.91", "CNY"),
                        new NewPlan(Bilingual.of("Custom", "定制"), PricingModel.QUOTE, null, null, null)))
                .build();
    }
}
