package dataport.catalog;

import dataport.accounts.CurrentUser;
import dataport.merchants.MerchantService;
import dataport.shared.Bilingual;
import dataport.shared.Money;
import dataport.shared.StaleReadsAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

@Service
@Transactional(readOnly = true)
public class CatalogService {

    private final Listings listings;
    private final ListingRows rows;
    private final Categories categories;
    private final MerchantService merchants;
    private final CurrentUser currentUser;
    private final Clock clock;

    CatalogService(
            Listings listings,
            ListingRows rows,
            Categories categories,
            MerchantService merchants,
            CurrentUser currentUser,
            Clock clock) {
        this.listings = listings;
        this.rows = rows;
        this.categories = categories;
        this.merchants = merchants;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public List<ListingDetails> recentlyPublished(int limit) {
        var page = PageRequest.of(0, limit, Sort.by(Sort.Order.desc("publishedAt"), Sort.Order.desc("id")));
        List<Long> ids = listings.findByStatus(ListingStatus.PUBLISHED, page)
                .map(Listing::getId)
                .toList();
        return details(ids);
    }

    /** A merchant's published listings, newest first. */
    public List<ListingDetails> publishedBy(long merchantId) {
        return details(listings.findIdsByMerchantIdAndStatus(merchantId, ListingStatus.PUBLISHED));
    }

    /** A listing as buyers may see it: only while published. */
    @StaleReadsAllowed
    public Optional<ListingDetails> findPublished(long id) {
        return details(List.of(id)).stream().filter(ListingDetails::isPublished).findFirst();
    }

    /**
     * Current state of the given listings in any status, in the order of {@code ids}; missing ids are skipped. Read
     * with plain queries (see {@link ListingRows}): the search index reads every published listing through here.
     */
    public List<ListingDetails> details(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        // The rows are read past JPA: changes this transaction made to listings must reach the database first.
        if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                && TransactionSynchronizationManager.isActualTransactionActive()) {
            listings.flush();
        }
        return rows.read(ids, categoryRefsById());
    }

    /**
     * Page {@code page} (0-based) of all published listings in id order, {@code size} per page, for public feeds: one
     * query for the page's ids, then {@link #details(List)} (a fixed number of queries whatever the page size).
     */
    public PublishedSlice publishedSlice(int page, int size) {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page must be 0 or more and size 1 or more");
        }
        List<Object[]> rows = listings.findPublishedIdsAndChanges(PageRequest.of(page, size));
        Map<Long, Instant> changedAt = new LinkedHashMap<>();
        rows.forEach(r -> changedAt.put((Long) r[0], (Instant) r[1]));
        List<PublishedListing> slice = details(List.copyOf(changedAt.keySet())).stream()
                .filter(ListingDetails::isPublished)
                .map(d -> new PublishedListing(d, changedAt.get(d.id())))
                .toList();
        return new PublishedSlice(
                slice, listings.countByStatus(ListingStatus.PUBLISHED), listings.findLastPublishedChange());
    }

    public List<Long> publishedIds() {
        return listings.findIdsByStatus(ListingStatus.PUBLISHED);
    }

    /** Published listings in the category or, for a track, in any of its categories. */
    public List<Long> publishedIdsInCategory(String code) {
        return categories
                .findByCode(code)
                .map(c -> listings.findIdsByStatusAndCategory(ListingStatus.PUBLISHED, c.getId()))
                .orElse(List.of());
    }

    /** When each listing now published was published (statistics count them by month). */
    public List<Instant> publicationTimes() {
        return listings.findPublicationTimes();
    }

    public long countPublished() {
        return listings.countByStatus(ListingStatus.PUBLISHED);
    }

    @StaleReadsAllowed
    public List<CategoryRef> categories() {
        return List.copyOf(categoryRefsById().values());
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void defineCategory(String code, String parentCode, Bilingual name, int position) {
        Long parentId = parentCode == null
                ? null
                : categories
                        .findByCode(parentCode)
                        .orElseThrow(() -> new IllegalArgumentException("No category " + parentCode))
                        .getId();
        categories.save(new Category(code, parentId, name, position));
    }

    /**
     * Creates a listing and takes it through review to publication in one step. Only the demo data uses this,
     * until merchants' listing editor and the staff review queue exist. Publishing is a staff decision.
     */
    @Transactional
    @PreAuthorize("hasRole('COMPLIANCE')")
    public long createPublished(long merchantId, ListingContent content, Instant publishedAt) {
        Listing listing = listings.save(newListing(merchantId, content));
        listing.submitForReview();
        listing.approve(clock.instant());
        listing.backdatePublication(publishedAt);
        return listings.save(listing).getId();
    }

    private Listing newListing(long merchantId, ListingContent content) {
        Category category = categories
                .findByCode(content.categoryCode())
                .orElseThrow(() -> new IllegalArgumentException("No category " + content.categoryCode()));
        return Listing.draft(merchantId, category.getId(), content, clock.instant());
    }

    /** The signed-in merchant's listings in every status, most recently changed first. */
    @PreAuthorize("hasRole('MERCHANT')")
    public List<ListingDetails> myListings() {
        long merchantId = myMerchantId();
        return details(listings.findIdsByMerchantIdOrderByUpdatedAtDesc(merchantId));
    }

    /**
     * Saves a new listing as a draft of the signed-in user's merchant. Only members of an active (approved, not
     * suspended) merchant may create listings: that is checked here, not only by hiding buttons.
     */
    @PreAuthorize("hasRole('MERCHANT')")
    @Transactional
    public long createDraft(ListingContent content) {
        return listings.save(newListing(myMerchantId(), content)).getId();
    }

    @PreAuthorize("hasRole('MERCHANT')")
    @Transactional
    public void submitForReview(long listingId) {
        Listing listing = listings.findById(listingId).orElseThrow(() -> new AccessDeniedException("No such listing"));
        if (!listing.getMerchantId().equals(myMerchantId())) {
            throw new AccessDeniedException("Listing " + listingId + " belongs to another merchant");
        }
        listing.submitForReview();
    }

    private long myMerchantId() {
        long userId = currentUser.require().id();
        return merchants
                .findForMember(userId)
                .orElseThrow(
                        () -> new AccessDeniedException("User " + userId + " is not a member of an active merchant"))
                .id();
    }

    /** Every category as a reference with its track, by id, in tree order. */
    Map<Long, CategoryRef> categoryRefsById() {
        List<Category> all = categories.findAll(Sort.by("position", "id"));
        Map<Long, Category> byId = new HashMap<>();
        all.forEach(c -> byId.put(c.getId(), c));
        Map<Long, CategoryRef> refs = new LinkedHashMap<>();
        for (Category c : all) {
            Category parent = c.getParentId() == null ? null : byId.get(c.getParentId());
            CategoryRef parentRef = parent == null ? null : new CategoryRef(parent.getCode(), parent.getName(), null);
            refs.put(c.getId(), new CategoryRef(c.getCode(), c.getName(), parentRef));
        }
        return refs;
    }

    public record NewPlan(Bilingual name, PricingModel model, BillingPeriod period, Bilingual unit, Money price) {}
}
