package dataport.catalog;

import dataport.accounts.AccountService;
import dataport.audit.AuditService;
import dataport.mail.MailService;
import dataport.merchants.MerchantService;
import dataport.shared.ui.Translations;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compliance staff's review of listings: the queue, one case, and the decisions, each written to the audit trail and
 * mailed to the merchant's members (in each one's language) in the same transaction. Two reviewers deciding the same listing at once: the decision carries the version the
 * reviewer saw, and the second one is refused ({@link StaleListing}).
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('COMPLIANCE')")
public class ListingReview {

    private final Listings listings;
    private final ListingFiles files;
    private final CatalogService catalog;
    private final MerchantService merchants;
    private final AuditService audit;
    private final Categories categories;
    private final MailService mail;
    private final AccountService accounts;
    private final Translations translations;
    private final String baseUrl;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ListingReview(
            Listings listings,
            ListingFiles files,
            CatalogService catalog,
            MerchantService merchants,
            AuditService audit,
            Categories categories,
            MailService mail,
            AccountService accounts,
            Translations translations,
            @Value("${dataport.base-url}") String baseUrl,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.listings = listings;
        this.files = files;
        this.catalog = catalog;
        this.merchants = merchants;
        this.audit = audit;
        this.categories = categories;
        this.mail = mail;
        this.accounts = accounts;
        this.translations = translations;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.clock = clock;
    }

    /** Oldest submission first; sort by {@code submittedAt} or {@code title.en}. */
    public List<ReviewItem> queue(String text, Pageable page) {
        var found = listings.findAwaitingReview(ListingAuthoring.pattern(text), page)
                .getContent();
        Map<Long, CategoryRef> refs = catalog.categoryRefsById();
        var merchantsById =
                merchants.findAll(found.stream().map(Listing::getMerchantId).toList());
        return found.stream()
                .map(l -> new ReviewItem(
                        l.getId(),
                        l.getTitle(),
                        merchantsById.get(l.getMerchantId()).name(),
                        refs.get(l.getCategoryId()),
                        l.getRevisionState() == RevisionState.IN_REVIEW,
                        l.getSubmittedAt()))
                .toList();
    }

    public long count(String text) {
        return listings.findAwaitingReview(ListingAuthoring.pattern(text), Pageable.ofSize(1))
                .getTotalElements();
    }

    public ReviewCase open(long listingId) {
        Listing l = find(listingId);
        Map<Long, CategoryRef> refs = catalog.categoryRefsById();
        ListingContent current =
                ListingContents.of(l, refs.get(l.getCategoryId()).code());
        boolean revision = l.getRevisionContent() != null;
        ListingContent proposed = revision ? ListingContents.fromJson(l.getRevisionContent()) : current;
        return new ReviewCase(
                l.getId(),
                l.getVersion(),
                l.getStatus(),
                l.getRevisionState(),
                merchants.find(l.getMerchantId()).orElseThrow(),
                proposed,
                revision ? current : null,
                revision ? ListingContents.changes(current, proposed) : List.of(),
                files.findByListingIdOrderById(l.getId()).stream()
                        .map(ListingFile::toInfo)
                        .toList());
    }

    /** The case's proposed content as buyers will see it once approved (the merchant's preview shows the same). */
    public ListingDetails preview(ReviewCase c) {
        return BuyerPreview.of(c.proposed(), catalog.categories(), c.merchant(), c.id(), c.version(), c.status());
    }

    /** Publishes a listing in review, or applies its revision; buyers see it (and search finds it) after commit. */
    @Transactional
    public void approve(long listingId, long expectedVersion) {
        Listing l = current(listingId, expectedVersion);
        decideApproval(l);
        listings.saveAndFlush(l);
        tellMerchant(l, "approved", null);
    }

    /** The approval itself, for one listing or each of a batch: the state change and its audit entry. */
    private void decideApproval(Listing l) {
        long listingId = l.getId();
        if (l.getRevisionState() == RevisionState.IN_REVIEW) {
            ListingContent content = ListingContents.fromJson(l.getRevisionContent());
            Category category = categories
                    .findByCode(content.categoryCode())
                    .orElseThrow(() -> new IllegalStateException("No category " + content.categoryCode()));
            l.approveRevision(category.getId(), content, clock.instant());
            audit.record("listing.revision-approved", "listing", String.valueOf(listingId), "PUBLISHED", "PUBLISHED");
        } else {
            l.approve(clock.instant());
            audit.record("listing.approved", "listing", String.valueOf(listingId), "IN_REVIEW", "PUBLISHED");
        }
    }

    /** Merchants with listings awaiting review, most listings first: the batches of the batch page. */
    public List<ReviewBatch> batches() {
        List<Object[]> counts = listings.countAwaitingReviewByMerchant();
        var names = merchants.findAll(counts.stream().map(r -> (Long) r[0]).toList());
        return counts.stream()
                .map(r -> new ReviewBatch((Long) r[0], names.get((Long) r[0]).name(), (Long) r[1]))
                .sorted(java.util.Comparator.comparingLong(ReviewBatch::listings)
                        .reversed())
                .toList();
    }

    /** A merchant's listings awaiting review, oldest submission first, each with the automatic checks' result. */
    public List<BatchItem> batch(long merchantId) {
        AutomaticChecks checks = new AutomaticChecks(catalog.categoryRefsById());
        return listings.findAwaitingReviewOf(merchantId).stream()
                .map(l -> {
                    ListingContent proposed = checks.proposed(l);
                    return new BatchItem(
                            l.getId(),
                            l.getVersion(),
                            proposed.title(),
                            checks.category(l),
                            l.getRevisionState() == RevisionState.IN_REVIEW,
                            checks.problems(proposed));
                })
                .toList();
    }

    /**
     * Approves, of the listings shown to the reviewer ({@code expectedVersions}: id to the version shown), every one
     * still awaiting review at that version whose content passes the automatic checks; each approval is audited as a
     * single one is. The listings are written in one flush (batched updates) and announced to the search index as one
     * {@link ListingsChanged} per {@value ListingsChanged#MAX_IDS} listings; each merchant's members get one mail for the batch instead of one per listing.
     */
    @Transactional
    public BatchOutcome approvePassing(Map<Long, Long> expectedVersions) {
        AutomaticChecks checks = new AutomaticChecks(catalog.categoryRefsById());
        List<Long> ids = List.copyOf(expectedVersions.keySet());
        List<Long> approved = new java.util.ArrayList<>();
        Map<Long, List<Listing>> byMerchant = new java.util.LinkedHashMap<>();
        int failed = 0;
        int skipped = 0;
        for (int from = 0; from < ids.size(); from += BATCH_LOAD) {
            for (Listing l : listings.findAllById(ids.subList(from, Math.min(ids.size(), from + BATCH_LOAD)))) {
                if (l.getVersion() != expectedVersions.get(l.getId()) || !l.isAwaitingReview()) {
                    skipped++;
                } else if (!checks.problems(checks.proposed(l)).isEmpty()) {
                    failed++;
                } else {
                    decideApproval(l);
                    approved.add(l.getId());
                    byMerchant
                            .computeIfAbsent(l.getMerchantId(), k -> new java.util.ArrayList<>())
                            .add(l);
                }
            }
        }
        skipped += ids.size() - approved.size() - failed - skipped; // ids that are no listing at all
        // Managed entities: one flush writes them all in JDBC batches. Not save(): that would publish each listing's
        // own ListingChanged, and the index would be updated 3,500 times instead of in a few bulk requests.
        listings.flush();
        for (int from = 0; from < approved.size(); from += ListingsChanged.MAX_IDS) {
            events.publishEvent(new ListingsChanged(
                    approved.subList(from, Math.min(approved.size(), from + ListingsChanged.MAX_IDS))));
        }
        byMerchant.forEach(this::tellMerchantOfBatch);
        return new BatchOutcome(approved.size(), failed, skipped, approved);
    }

    /** Listings loaded per query by a batch decision. */
    static final int BATCH_LOAD = 500;

    /** One mail per member for a batch approval: how many listings, and where to see them. */
    private void tellMerchantOfBatch(long merchantId, List<Listing> approved) {
        if (approved.size() == 1) {
            tellMerchant(approved.getFirst(), "approved", null);
            return;
        }
        String link = baseUrl + "/workspace/listings";
        for (long userId : merchants.memberIds(merchantId)) {
            accounts.find(userId)
                    .ifPresent(user -> mail.send(
                            user.email(),
                            translations.getTranslation(
                                    "review.mail.batch-approved.subject", user.locale(), approved.size()),
                            translations.getTranslation(
                                    "review.mail.batch-approved.body", user.locale(), approved.size(), link)));
        }
    }

    /** Sends the listing or its revision back to the merchant, who sees {@code comment} in the workspace. */
    @Transactional
    public void returnWithComment(long listingId, long expectedVersion, String comment) {
        if (comment == null || comment.isBlank() || comment.length() > ListingRules.COMMENT_MAX) {
            throw new InvalidListing(Map.of("comment", "review.listings.comment-required"));
        }
        Listing l = current(listingId, expectedVersion);
        boolean revision = l.getRevisionState() == RevisionState.IN_REVIEW;
        l.returnWithComment(comment, clock.instant());
        audit.record(
                revision ? "listing.revision-returned" : "listing.returned",
                "listing",
                String.valueOf(listingId),
                null,
                comment.strip());
        listings.saveAndFlush(l);
        tellMerchant(l, "returned", comment.strip());
    }

    @Transactional
    public void suspend(long listingId, long expectedVersion, String reason) {
        if (reason == null || reason.isBlank() || reason.length() > ListingRules.COMMENT_MAX) {
            throw new InvalidListing(Map.of("comment", "review.listings.comment-required"));
        }
        Listing l = current(listingId, expectedVersion);
        l.suspend(clock.instant());
        audit.record("listing.suspended", "listing", String.valueOf(listingId), "PUBLISHED", reason.strip());
        listings.saveAndFlush(l);
    }

    @Transactional
    public void reinstate(long listingId, long expectedVersion) {
        Listing l = current(listingId, expectedVersion);
        l.reinstate(clock.instant());
        audit.record("listing.reinstated", "listing", String.valueOf(listingId), "SUSPENDED", "PUBLISHED");
        listings.saveAndFlush(l);
    }

    /**
     * Mails each member of the listing's merchant, in their own language, through the outbox: recorded in the
     * decision's transaction, so a mail goes out if and only if the decision commits.
     */
    private void tellMerchant(Listing l, String what, String comment) {
        String link = baseUrl + "/workspace/listings/" + l.getId();
        for (long userId : merchants.memberIds(l.getMerchantId())) {
            accounts.find(userId).ifPresent(user -> {
                String title = l.getTitle().in(user.locale());
                mail.send(
                        user.email(),
                        translations.getTranslation("review.mail." + what + ".subject", user.locale(), title),
                        translations.getTranslation(
                                "review.mail." + what + ".body",
                                user.locale(),
                                title,
                                comment == null ? "" : comment,
                                link));
            });
        }
    }

    private Listing current(long listingId, long expectedVersion) {
        Listing l = find(listingId);
        if (l.getVersion() != expectedVersion) {
            throw new StaleListing(listingId);
        }
        return l;
    }

    private Listing find(long listingId) {
        return listings.findById(listingId).orElseThrow(() -> new IllegalArgumentException("No listing " + listingId));
    }
}
