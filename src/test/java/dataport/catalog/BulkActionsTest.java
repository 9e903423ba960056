package dataport.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dataport.IntegrationTest;
import dataport.audit.AuditEntry;
import dataport.audit.AuditFilter;
import dataport.audit.AuditService;
import dataport.merchants.MerchantService;
import dataport.merchants.MerchantSummary;
import dataport.search.SearchRequest;
import dataport.search.SearchService;
import dataport.shared.Languages;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An imported, unclaimed merchant's drafts go to review in one action by an ADMIN, and compliance approves the batch
 * (those passing the automatic checks) or decides single listings with the usual review.
 */
@IntegrationTest
class BulkActionsTest {

    @Autowired
    ListingImportService imports;

    @Autowired
    BulkSubmission submission;

    @Autowired
    ListingReview review;

    @Autowired
    CatalogService catalog;

    @Autowired
    MerchantService merchants;

    @Autowired
    AuditService audit;

    @Autowired
    SearchService search;

    @Autowired
    AuthenticationProvider signIn;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anAdminSubmitsAnUnclaimedMerchantsDraftsAndComplianceApprovesTheBatchListingByListingInTheAudit() {
        String word = "bulkword" + System.nanoTime();
        DemoSignIn.as(signIn, DemoSignIn.ADMIN);
        MerchantSummary imported = merchants.findOrRegisterProvider("Bulk Exchange Seller " + word, "CN");
        List<Long> ids = imports
                .importBatch(List.of(
                        draft(imported, "A", word + " tides", true),
                        draft(imported, "B", word + " berths", true),
                        draft(imported, "C", word + " cranes", true),
                        draft(imported, "D", word + " no price", false)))
                .stream()
                .map(ListingImport.Outcome::listingId)
                .toList();

        BatchOutcome submitted = submission.submit(ids);

        assertThat(submitted.done()).isEqualTo(3);
        assertThat(submitted.failedChecks())
                .as("the draft without a plan stays a draft")
                .isEqualTo(1);
        DemoSignIn.as(signIn, DemoSignIn.COMPLIANCE);
        assertThat(review.batches())
                .anySatisfy(b -> assertThat(b.merchantId()).isEqualTo(imported.id()))
                .filteredOn(b -> b.merchantId() == imported.id())
                .singleElement()
                .satisfies(b -> assertThat(b.listings()).isEqualTo(3));
        List<BatchItem> batch = review.batch(imported.id());
        assertThat(batch)
                .hasSize(3)
                .allSatisfy(item -> assertThat(item.passes()).isTrue());

        BatchItem returned = batch.getFirst();
        review.returnWithComment(returned.id(), returned.version(), "Name the port, please.");
        Map<Long, Long> shown = new LinkedHashMap<>();
        batch.forEach(item -> shown.put(item.id(), item.version()));
        BatchOutcome approved = review.approvePassing(shown);

        assertThat(approved.done()).isEqualTo(2);
        assertThat(approved.skipped())
                .as("the returned one changed since it was shown")
                .isEqualTo(1);
        assertThat(catalog.details(ids))
                .extracting(ListingDetails::status)
                .containsExactly(
                        ListingStatus.DRAFT, ListingStatus.PUBLISHED, ListingStatus.PUBLISHED, ListingStatus.DRAFT);
        List<AuditEntry> trail =
                audit.find(new AuditFilter(null, "listing.approved", "listing", null, null, null), 0, 50);
        assertThat(trail)
                .extracting(AuditEntry::subjectId)
                .contains(String.valueOf(ids.get(1)), String.valueOf(ids.get(2)));
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(search.search(new SearchRequest(word, 0, Languages.ENGLISH))
                                .total())
                        .isEqualTo(2));
    }

    @Test
    void anAdminCannotSubmitForAMerchantThatHasMembersAndAMerchantOnlyForItsOwn() {
        DemoSignIn.as(signIn, DemoSignIn.ADMIN);
        List<MerchantSummary> all = merchants.findAll();
        long claimed = all.stream()
                .filter(m -> !merchants.memberIds(m.id()).isEmpty())
                .findFirst()
                .orElseThrow()
                .id();
        long unclaimed = all.stream()
                .filter(m -> merchants.memberIds(m.id()).isEmpty())
                .findFirst()
                .orElseThrow()
                .id();

        assertThat(submission.maySubmitFor(claimed)).isFalse();
        assertThat(submission.maySubmitFor(unclaimed)).isTrue();
        assertThatThrownBy(() -> submission.submitAllDrafts(claimed)).isInstanceOf(AccessDeniedException.class);
        DemoSignIn.as(signIn, DemoSignIn.MERCHANT);
        assertThatThrownBy(() -> submission.drafts(unclaimed)).isInstanceOf(AccessDeniedException.class);
        DemoSignIn.as(signIn, DemoSignIn.BUYER);
        assertThatThrownBy(() -> submission.submit(List.of(1L))).isInstanceOf(AccessDeniedException.class);
    }

    private static ListingImport draft(MerchantSummary merchant, String id, String title, boolean priced) {
        ListingContent.Builder content = TestListings.content().title(dataport.shared.Bilingual.of(title, null));
        if (!priced) {
            content.plans(List.of());
        }
        return new ListingImport(id + System.nanoTime(), null, merchant.id(), content.build());
    }
}
