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
            Clock clock) {
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
        listings.saveAndFlush(l);
        tellMerchant(l, "approved", null);
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
