package dataport.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dataport.IntegrationTest;
import dataport.audit.AuditEntry;
import dataport.audit.AuditFilter;
import dataport.audit.AuditService;
import dataport.shared.Bilingual;
import dataport.shared.Money;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** A merchant's listing from draft to publication and revision, against the real database, as real demo users. */
@IntegrationTest
class ListingAuthoringTest {

    @Autowired
    ListingAuthoring authoring;

    @Autowired
    ListingReview review;

    @Autowired
    ListingMedia media;

    @Autowired
    CatalogService catalog;

    @Autowired
    AuditService audit;

    @Autowired
    CategoryAdmin categories;

    @Autowired
    AuthenticationProvider signIn;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aDraftWithTwoPlansImagesAndASampleIsReviewedPublishedRevisedAndTheRevisionApproved() throws IOException {
        DemoSignIn.as(signIn, DemoSignIn.MERCHANT);
        String run = String.valueOf(System.nanoTime());
        long id = authoring.create(TestListings.content("Port volumes " + run, "港口吞吐量 " + run));
        ListingEdit draft = authoring.edit(id);
        ListingAuthoring.Attached imageUpload =
                authoring.uploadImage(id, draft.version(), "chart.png", UploadChecksTest.png(900, 600));
        ListingFileInfo image = imageUpload.file();
        byte[] csv = "month,teu\n2026-10,4200000\n".getBytes(StandardCharsets.UTF_8);
        ListingAuthoring.Attached sampleUpload = authoring.uploadSample(id, imageUpload.version(), "sample.csv", csv);
        ListingFileInfo sample = sampleUpload.file();
        // Uploads are kept with the draft at once, without a save.
        assertThat(authoring.edit(id).content().imageIds()).containsExactly(image.id());
        assertThat(authoring.edit(id).content().sampleFileId()).isEqualTo(sample.id());
        long version =
                authoring.save(id, sampleUpload.version(), draft.content().withFiles(List.of(image.id()), sample.id()));
        authoring.submit(id, version);
        assertThat(authoring.edit(id).status()).isEqualTo(ListingStatus.IN_REVIEW);
        assertThat(catalog.findPublished(id)).isEmpty();

        DemoSignIn.as(signIn, DemoSignIn.COMPLIANCE);
        assertThat(review.queue("港口吞吐量 " + run, Pageable.ofSize(10)))
                .extracting(ReviewItem::id)
                .containsExactly(id);
        ReviewCase first = review.open(id);
        assertThat(first.isRevision()).isFalse();
        review.approve(id, first.version());

        ListingDetails published = catalog.findPublished(id).orElseThrow();
        assertThat(published.plans()).hasSize(2);
        assertThat(published.plans().getFirst().price()).isEqualTo(Money.of("1999.00", "CNY"));
        assertThat(audit.find(
                        new AuditFilter(null, "listing.approved", "listing", String.valueOf(id), null, null), 0, 5))
                .extracting(AuditEntry::actor)
                .containsExactly(DemoSignIn.COMPLIANCE);

        anonymous();
        ListingMedia.Media files = media.published(id);
        assertThat(files.images()).extracting(ListingFileInfo::id).containsExactly(image.id());
        assertThat(files.sample().sha256()).isEqualTo(UploadChecks.sha256(csv));
        assertThat(media.download(sample.id(), false).content()).isEqualTo(csv);
        assertThat(media.download(image.id(), true).contentType()).isEqualTo("image/jpeg");

        // The merchant edits the published listing: buyers keep the published version until staff approve.
        DemoSignIn.as(signIn, DemoSignIn.MERCHANT);
        ListingEdit live = authoring.edit(id);
        ListingContent renamed = rename(live.content(), "Port volumes, revised " + run);
        long revised = authoring.save(id, live.version(), renamed);
        assertThat(catalog.findPublished(id).orElseThrow().content().title().en())
                .isEqualTo("Port volumes " + run);
        assertThat(authoring.edit(id).content().title().en()).isEqualTo("Port volumes, revised " + run);
        authoring.submit(id, revised);

        DemoSignIn.as(signIn, DemoSignIn.COMPLIANCE);
        ReviewCase revision = review.open(id);
        assertThat(revision.isRevision()).isTrue();
        assertThat(revision.changedFields()).containsExactly("title");
        assertThat(revision.published().title().en()).isEqualTo("Port volumes " + run);
        review.approve(id, revision.version());

        assertThat(catalog.findPublished(id).orElseThrow().content().title().en())
                .isEqualTo("Port volumes, revised " + run);
        assertThat(media.published(id).sample().id()).isEqualTo(sample.id());
    }

    @Test
    void aStaleSaveIsRefusedAndTheSecondOfTwoReviewersIsTold() {
        DemoSignIn.as(signIn, DemoSignIn.MERCHANT);
        long id = authoring.create(TestListings.content("Stale " + System.nanoTime(), null));
        ListingEdit opened = authoring.edit(id);
        authoring.save(id, opened.version(), rename(opened.content(), "Saved in another tab"));

        assertThatThrownBy(() -> authoring.save(id, opened.version(), rename(opened.content(), "Too late")))
                .isInstanceOf(StaleListing.class);
        assertThat(authoring.edit(id).content().title().en()).isEqualTo("Saved in another tab");

        authoring.submit(id, authoring.edit(id).version());
        DemoSignIn.as(signIn, DemoSignIn.COMPLIANCE);
        ReviewCase seenByBoth = review.open(id);
        review.returnWithComment(id, seenByBoth.version(), "Add the SLA, please.");
        assertThatThrownBy(() -> review.approve(id, seenByBoth.version())).isInstanceOf(StaleListing.class);
        assertThat(review.open(id).status()).isEqualTo(ListingStatus.DRAFT);

        DemoSignIn.as(signIn, DemoSignIn.MERCHANT);
        assertThat(authoring.edit(id).reviewComment()).isEqualTo("Add the SLA, please.");
        assertThat(authoring.find(new WorkspaceFilter(ListingStatus.DRAFT, "Saved in another"), Pageable.ofSize(5)))
                .extracting(WorkspaceRow::reviewComment)
                .containsExactly("Add the SLA, please.");
    }

    @Test
    void theServerRefusesInvalidContentFieldByField() {
        DemoSignIn.as(signIn, DemoSignIn.MERCHANT);
        ListingContent core = TestListings.content()
                .categoryCode("data-datasets")
                .classification(DataClassification.CORE)
                .personalInformation(null)
                .crossBorder(true)
                .build();

        assertThatThrownBy(() -> authoring.create(core))
                .isInstanceOfSatisfying(
                        InvalidListing.class,
                        e -> assertThat(e.errors())
                                .containsEntry("crossBorder", "workspace.form.core-not-cross-border")
                                .containsEntry("personalInformation", "workspace.form.error.personal-information"));
    }

    @Test
    void hostileMarkupAndSqlLookingTextAreStoredExactly() {
        DemoSignIn.as(signIn, DemoSignIn.MERCHANT);
        String hostile = "'; DROP TABLE listing;-- <script>alert(1)</script> 🚀";
        ListingContent c = TestListings.content(hostile, "<img src=x onerror=alert(1)>");
        long id = authoring.create(c);

        assertThat(authoring.edit(id).content().title())
                .isEqualTo(Bilingual.of(hostile, "<img src=x onerror=alert(1)>"));
        assertThat(authoring.find(new WorkspaceFilter(null, "DROP TABLE listing"), Pageable.ofSize(5)))
                .extracting(WorkspaceRow::id)
                .contains(id);
        // A "%" typed in the filter is a character to find, not a wildcard matching every title.
        assertThat(authoring.count(new WorkspaceFilter(null, "%"))).isLessThan(authoring.count(WorkspaceFilter.none()));
    }

    @Test
    void filesOfDraftsAreNotPublicAndFilesOfAnotherListingCannotBeAttached() throws IOException {
        DemoSignIn.as(signIn, DemoSignIn.MERCHANT);
        long a = authoring.create(TestListings.content("Files A " + System.nanoTime(), null));
        long b = authoring.create(TestListings.content("Files B " + System.nanoTime(), null));
        ListingFileInfo image = authoring
                .uploadImage(a, authoring.edit(a).version(), "a.png", UploadChecksTest.png(20, 20))
                .file();
        ListingEdit editB = authoring.edit(b);

        assertThatThrownBy(() ->
                        authoring.save(b, editB.version(), editB.content().withFiles(List.of(image.id()), null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> authoring.uploadImage(
                        a, authoring.edit(a).version(), "a.png", "text".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        InvalidUpload.class, e -> assertThat(e.messageKey()).isEqualTo("workspace.upload.mislabelled"));

        anonymous();
        assertThatThrownBy(() -> media.download(image.id(), true)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void adminsManageCategoriesButCannotDeleteOneInUse() {
        DemoSignIn.as(signIn, DemoSignIn.ADMIN);
        String code = "test-track-" + System.nanoTime();
        categories.add(null, code, Bilingual.of("Test track", "测试赛道"));
        categories.add(code, code + "-a", Bilingual.of("Sub A", "子赛道甲"));
        categories.add(code, code + "-b", Bilingual.of("Sub B", "子赛道乙"));
        categories.move(code + "-b", -1);
        categories.rename(code + "-a", Bilingual.of("Sub A renamed", "子赛道甲（新）"));

        CategoryAdmin.Node track = categories.tree().stream()
                .filter(n -> n.code().equals(code))
                .findFirst()
                .orElseThrow();
        assertThat(track.children()).extracting(CategoryAdmin.Node::code).containsExactly(code + "-b", code + "-a");
        assertThat(track.children().get(1).name().en()).isEqualTo("Sub A renamed");
        assertThatThrownBy(() -> categories.add(code + "-a", code + "-c", Bilingual.of("Too deep", "太深")))
                .isInstanceOfSatisfying(
                        InvalidListing.class, e -> assertThat(e.errors()).containsKey("parent"));
        assertThatThrownBy(() -> categories.delete(code))
                .isInstanceOfSatisfying(
                        InvalidListing.class,
                        e -> assertThat(e.errors()).containsEntry("delete", "admin.categories.error.has-children"));
        categories.delete(code + "-b");

        String inUse =
                catalog.details(catalog.publishedIds()).getFirst().category().code();
        assertThatThrownBy(() -> categories.delete(inUse))
                .isInstanceOfSatisfying(
                        InvalidListing.class,
                        e -> assertThat(e.errors()).containsEntry("delete", "admin.categories.error.in-use"));
    }

    private static void anonymous() {
        SecurityContextHolder.getContext()
                .setAuthentication(new AnonymousAuthenticationToken(
                        "test", "anonymousUser", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
    }

    private static ListingContent rename(ListingContent c, String titleEn) {
        return c.withTitle(Bilingual.of(titleEn, c.title().zh()));
    }
}
