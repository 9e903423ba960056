package dataport.catalog;

import dataport.accounts.CurrentUser;
import dataport.accounts.Role;
import dataport.merchants.MerchantService;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submits many drafts for review in one action: a merchant's member for its own merchant, an ADMIN for merchants no
 * one has claimed yet (an import created them: nobody else could submit their drafts). Each draft must pass the
 * checks the editor applies before a submission; those that fail stay drafts and are counted. The listings are
 * written in one flush, in JDBC batches.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('MERCHANT','ADMIN')")
public class BulkSubmission {

    private final Listings listings;
    private final CatalogService catalog;
    private final MerchantService merchants;
    private final CurrentUser currentUser;
    private final Clock clock;

    BulkSubmission(
            Listings listings,
            CatalogService catalog,
            MerchantService merchants,
            CurrentUser currentUser,
            Clock clock) {
        this.listings = listings;
        this.catalog = catalog;
        this.merchants = merchants;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The merchant's drafts with the automatic checks' result, for choosing what to submit. */
    public List<BatchItem> drafts(long merchantId) {
        checkMaySubmitFor(merchantId);
        AutomaticChecks checks = new AutomaticChecks(catalog.categoryRefsById());
        return listings.findDraftsOf(merchantId).stream()
                .map(l -> {
                    ListingContent content = checks.proposed(l);
                    return new BatchItem(
                            l.getId(),
                            l.getVersion(),
                            content.title(),
                            checks.category(l),
                            false,
                            checks.problems(content));
                })
                .toList();
    }

    /** Submits every draft of the merchant that passes the checks. */
    @Transactional
    public BatchOutcome submitAllDrafts(long merchantId) {
        checkMaySubmitFor(merchantId);
        return submit(listings.findDraftsOf(merchantId));
    }

    /** A merchant's member submits every draft of their merchant that passes the checks. */
    @Transactional
    @PreAuthorize("hasRole('MERCHANT')")
    public BatchOutcome submitAllMyDrafts() {
        long userId = currentUser.require().id();
        long mine = merchants
                .findForMember(userId)
                .orElseThrow(
                        () -> new AccessDeniedException("User " + userId + " is not a member of an active merchant"))
                .id();
        return submitAllDrafts(mine);
    }

    /**
     * Submits the given listings (e.g. all those one import created or updated) that are drafts and pass the checks;
     * listings that are no longer drafts, or belong to a merchant the user may not submit for (an ADMIN's import also
     * updates merchants that have members: theirs submit their own), are skipped and counted.
     */
    @Transactional
    public BatchOutcome submit(Collection<Long> listingIds) {
        List<Long> ids = List.copyOf(listingIds);
        List<Listing> found = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += ListingReview.BATCH_LOAD) {
            found.addAll(
                    listings.findAllById(ids.subList(from, Math.min(ids.size(), from + ListingReview.BATCH_LOAD))));
        }
        java.util.Map<Long, Boolean> allowed = new java.util.HashMap<>();
        BatchOutcome outcome = submit(found.stream()
                .filter(l -> l.getStatus() == ListingStatus.DRAFT)
                .filter(l -> allowed.computeIfAbsent(l.getMerchantId(), this::maySubmitFor))
                .toList());
        int missing = ids.size() - outcome.done() - outcome.failedChecks();
        return new BatchOutcome(outcome.done(), outcome.failedChecks(), missing, outcome.doneIds());
    }

    private BatchOutcome submit(List<Listing> drafts) {
        AutomaticChecks checks = new AutomaticChecks(catalog.categoryRefsById());
        Instant now = clock.instant();
        List<Long> done = new ArrayList<>();
        int failed = 0;
        for (Listing l : drafts) {
            if (checks.problems(checks.proposed(l)).isEmpty()) {
                l.submitForReview(now);
                done.add(l.getId());
            } else {
                failed++;
            }
        }
        listings.flush();
        return new BatchOutcome(done.size(), failed, 0, done);
    }

    /**
     * Whether the signed-in user may submit the merchant's drafts: its member, or an ADMIN while it has no members
     * (imported and not claimed yet).
     */
    public boolean maySubmitFor(long merchantId) {
        if (currentUser.hasRole(Role.ADMIN) && merchants.memberIds(merchantId).isEmpty()) {
            return true;
        }
        return currentUser.hasRole(Role.MERCHANT)
                && merchants
                        .findForMember(currentUser.require().id())
                        .filter(m -> m.id() == merchantId)
                        .isPresent();
    }

    private void checkMaySubmitFor(long merchantId) {
        if (!maySubmitFor(merchantId)) {
            throw new AccessDeniedException("May not submit the drafts of merchant " + merchantId);
        }
    }
}
