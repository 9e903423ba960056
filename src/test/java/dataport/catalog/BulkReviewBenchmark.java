package dataport.catalog;

import dataport.IntegrationTest;
import dataport.merchants.MerchantService;
import dataport.merchants.MerchantSummary;
import dataport.search.SearchRequest;
import dataport.search.SearchService;
import dataport.shared.Bilingual;
import dataport.shared.Languages;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Publishing an imported exchange in bulk: N drafts (default 3,500) of an unclaimed merchant are submitted by an ADMIN
 * in one action, then approved by compliance in one "approve all that pass" action; prints the server time of each and
 * how long until search finds them all. Figures, not assertions; not part of the test suite. Run it with
 *
 * <pre>./mvnw test -Dtest=BulkReviewBenchmark -Dsurefire.excludedGroups= -Dsurefire.redirectOutput=false
 *     -Dsurefire.failIfNoSpecifiedTests=false [-Dbench.listings=3500]</pre>
 */
@Tag("benchmark")
@IntegrationTest
class BulkReviewBenchmark {

    @Autowired
    ListingImportService imports;

    @Autowired
    BulkSubmission submission;

    @Autowired
    ListingReview review;

    @Autowired
    MerchantService merchants;

    @Autowired
    SearchService search;

    @Autowired
    AuthenticationProvider signIn;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void submitsAndApprovesAnImportedExchangeInBulk() throws InterruptedException {
        int n = Integer.getInteger("bench.listings", 3_500);
        String word = "bulkbench" + Long.toString(System.nanoTime(), 36);
        DemoSignIn.as(signIn, DemoSignIn.ADMIN);
        MerchantSummary merchant = merchants.findOrRegisterProvider("Bulk benchmark exchange " + word, "CN");
        List<Long> ids = new ArrayList<>(n);
        for (int from = 0; from < n; from += 250) {
            List<ListingImport> batch = new ArrayList<>();
            for (int i = from; i < Math.min(n, from + 250); i++) {
                batch.add(new ListingImport(
                        word + "-" + i,
                        null,
                        merchant.id(),
                        TestListings.content()
                                .title(Bilingual.of(word + " port data " + i, "港口数据 " + i))
                                .build()));
            }
            imports.importBatch(batch).forEach(o -> ids.add(o.listingId()));
        }

        long t0 = System.nanoTime();
        BatchOutcome submitted = submission.submit(ids);
        long t1 = System.nanoTime();
        DemoSignIn.as(signIn, DemoSignIn.COMPLIANCE);
        Map<Long, Long> shown = new LinkedHashMap<>();
        review.batch(merchant.id()).forEach(item -> shown.put(item.id(), item.version()));
        long t2 = System.nanoTime();
        BatchOutcome approved = review.approvePassing(shown);
        long t3 = System.nanoTime();
        long found = 0;
        while (System.nanoTime() - t3 < 300_000_000_000L) {
            found = search.search(new SearchRequest(word, 0, Languages.ENGLISH)).total();
            if (found >= approved.done()) {
                break;
            }
            Thread.sleep(200);
        }
        long t4 = System.nanoTime();

        System.out.printf(
                Locale.ROOT,
                "%n=== Bulk review benchmark: %d listings ===%n"
                        + "submit (one action):        %6.2f s  (%d submitted)%n"
                        + "load the batch for review:  %6.2f s%n"
                        + "approve all passing:        %6.2f s  (%d approved, %d audited)%n"
                        + "until search finds them:    %6.2f s  (%d found)%n"
                        + "server time submit+approve: %6.2f s%n%n",
                n,
                (t1 - t0) / 1e9,
                submitted.done(),
                (t2 - t1) / 1e9,
                (t3 - t2) / 1e9,
                approved.done(),
                approved.done(),
                (t4 - t3) / 1e9,
                found,
                (t1 - t0 + t3 - t2) / 1e9);
    }
}
