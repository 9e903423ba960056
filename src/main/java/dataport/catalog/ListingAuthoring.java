package dataport.catalog;

import dataport.accounts.CurrentUser;
import dataport.accounts.Role;
import dataport.merchants.MerchantService;
import dataport.shared.Bilingual;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A merchant's work on their listings: the grid, the editor's load and save, submission, uploads, archiving. Every
 * method checks on the server that the listing belongs to the signed-in member's merchant; hiding buttons is only a
 * courtesy.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('MERCHANT')")
public class ListingAuthoring {

    private final Listings listings;
    private final Categories categories;
    private final ListingFiles files;
    private final ListingFileContents contents;
    private final MerchantService merchants;
    private final CurrentUser currentUser;
    private final CatalogService catalog;
    private final Clock clock;

    ListingAuthoring(
            Listings listings,
            Categories categories,
            ListingFiles files,
            ListingFileContents contents,
            MerchantService merchants,
            CurrentUser currentUser,
            CatalogService catalog,
            Clock clock) {
        this.listings = listings;
        this.categories = categories;
        this.files = files;
        this.contents = contents;
        this.merchants = merchants;
        this.currentUser = currentUser;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** A page of the signed-in merchant's listings; sort by {@code title.en}, {@code status}, {@code updatedAt}. */
    public List<WorkspaceRow> find(WorkspaceFilter filter, Pageable page) {
        Map<Long, CategoryRef> refs = catalog.categoryRefsById();
        return listings.findForWorkspace(myMerchantId(), filter.status(), pattern(filter.text()), page).stream()
                .map(l -> new WorkspaceRow(
                        l.getId(),
                        l.getTitle(),
                        refs.get(l.getCategoryId()),
                        l.getStatus(),
                        l.getRevisionState(),
                        l.getReviewComment(),
                        l.getUpdatedAt(),
                        l.getPublishedAt()))
                .toList();
    }

    public long count(WorkspaceFilter filter) {
        return listings.findForWorkspace(myMerchantId(), filter.status(), pattern(filter.text()), Pageable.ofSize(1))
                .getTotalElements();
    }

    static String pattern(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.strip()
                .toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    public ListingEdit edit(long listingId) {
        return toEdit(mine(listingId));
    }

    /** Saves a new draft of the signed-in member's merchant; refused with field messages when invalid. */
    @Transactional
    public long create(ListingContent content) {
        Category category = checked(content, false);
        return listings.save(Listing.draft(myMerchantId(), category.getId(), content, clock.instant()))
                .getId();
    }

    /**
     * Saves the editor's content. A draft changes in place; a published listing gets a pending revision, and buyers
     * keep seeing the published version until staff approve it. {@code expectedVersion} is the version the editor
     * loaded: when someone saved in between, the save is refused ({@link StaleListing}) instead of overwriting.
     *
     * @return the new version, for the editor's next save
     */
    @Transactional
    public long save(long listingId, long expectedVersion, ListingContent content) {
        Listing listing = mine(listingId);
        if (listing.getVersion() != expectedVersion) {
            throw new StaleListing(listingId);
        }
        checkFiles(listing.getId(), content);
        Category category = checked(content, false);
        if (listing.getStatus() == ListingStatus.PUBLISHED) {
            listing.proposeRevision(ListingContents.toJson(content), clock.instant());
        } else {
            listing.edit(category.getId(), content, clock.instant());
        }
        return listings.saveAndFlush(listing).getVersion();
    }

    /** Sends a draft, or a published listing's revision, to staff; complete content (a plan at least) required. */
    @Transactional
    public void submit(long listingId, long expectedVersion) {
        Listing listing = mine(listingId);
        if (listing.getVersion() != expectedVersion) {
            throw new StaleListing(listingId);
        }
        ListingContent content = toEdit(listing).content();
        checked(content, true);
        listing.submitForReview(clock.instant());
        listings.saveAndFlush(listing);
    }

    @Transactional
    public void archive(long listingId) {
        Listing listing = mine(listingId);
        listing.archive(clock.instant());
        // Through the repository, so the listing's ListingChanged reaches the event publication registry.
        listings.save(listing);
    }

    /** Checks and stores an image (its thumbnail too); it shows once the content lists it and the listing is saved. */
    @Transactional
    public ListingFileInfo uploadImage(long listingId, String fileName, byte[] bytes) {
        Listing listing = mine(listingId);
        UploadChecks.CheckedImage image = UploadChecks.image(fileName, bytes);
        ListingFile file = files.save(new ListingFile(
                listing.getId(),
                FileKind.IMAGE,
                safeName(fileName),
                image.contentType(),
                bytes.length,
                UploadChecks.sha256(bytes),
                image.width(),
                image.height(),
                clock.instant()));
        contents.save(new ListingFileContent(file.getId(), bytes, image.thumbnail()));
        return file.toInfo();
    }

    @Transactional
    public ListingFileInfo uploadSample(long listingId, String fileName, byte[] bytes) {
        Listing listing = mine(listingId);
        String type = UploadChecks.sample(fileName, bytes);
        ListingFile file = files.save(new ListingFile(
                listing.getId(),
                FileKind.SAMPLE,
                safeName(fileName),
                type,
                bytes.length,
                UploadChecks.sha256(bytes),
                null,
                null,
                clock.instant()));
        contents.save(new ListingFileContent(file.getId(), bytes, null));
        return file.toInfo();
    }

    /** The file names a browser sends may carry paths and control characters; keep the last part, printable. */
    static String safeName(String fileName) {
        String name = fileName == null ? "file" : fileName.replaceAll(".*[/\\\\]", "");
        name = name.replaceAll("[\\p{Cntrl}\"<>]", "_").strip();
        if (name.isEmpty()) {
            name = "file";
        }
        return name.length() > 200 ? name.substring(name.length() - 200) : name;
    }

    private void checkFiles(long listingId, ListingContent content) {
        List<Long> ids = new ArrayList<>(content.imageIds());
        if (content.sampleFileId() != null) {
            ids.add(content.sampleFileId());
        }
        if (ids.isEmpty()) {
            return;
        }
        List<ListingFile> found = files.findByIdIn(ids);
        boolean allOwn = found.size() == ids.stream().distinct().count()
                && found.stream().allMatch(f -> f.getListingId() == listingId);
        if (!allOwn) {
            throw new AccessDeniedException("Files of another listing");
        }
    }

    private Category checked(ListingContent content, boolean forSubmission) {
        Category category = content.categoryCode() == null
                ? null
                : categories.findByCode(content.categoryCode()).orElse(null);
        CategoryRef ref = category == null ? null : catalog.categoryRefsById().get(category.getId());
        Map<String, String> errors = ListingRules.check(content, ref, forSubmission);
        if (!errors.isEmpty()) {
            throw new InvalidListing(errors);
        }
        return category;
    }

    /** The content as buyers would see it, for the editor's preview (nothing is saved). */
    public ListingDetails preview(ListingContent c) {
        CategoryRef category = c.categoryCode() == null
                ? null
                : catalog.categories().stream()
                        .filter(r -> r.code().equals(c.categoryCode()))
                        .findFirst()
                        .orElse(null);
        long userId = currentUser.require().id();
        var merchant = merchants.findForMember(userId).orElseThrow(() -> new AccessDeniedException("No merchant"));
        return new ListingDetails(
                null,
                0,
                ListingStatus.DRAFT,
                c.title() == null ? Bilingual.of(null, null) : c.title(),
                ListingContents.orEmpty(c.summary()),
                ListingContents.orEmpty(c.description()),
                category,
                merchant,
                c.deliveryMode(),
                c.classification(),
                Boolean.TRUE.equals(c.personalInformation()),
                c.crossBorder(),
                c.updateFrequency(),
                ListingContents.orEmpty(c.sla()),
                ListingContents.orEmpty(c.licence()),
                c.tags(),
                c.regions(),
                c.languages(),
                c.plans().stream()
                        .map(p -> new ListingDetails.Plan(p.name(), p.model(), p.period(), p.unit(), p.price()))
                        .toList(),
                null);
    }

    ListingEdit toEdit(Listing l) {
        Map<Long, CategoryRef> refs = catalog.categoryRefsById();
        ListingContent content = l.getRevisionContent() != null
                ? ListingContents.fromJson(l.getRevisionContent())
                : ListingContents.of(l, refs.get(l.getCategoryId()).code());
        List<ListingFileInfo> fileInfos = files.findByListingIdOrderById(l.getId()).stream()
                .map(ListingFile::toInfo)
                .toList();
        return new ListingEdit(
                l.getId(),
                l.getVersion(),
                l.getStatus(),
                l.getRevisionState(),
                l.getReviewComment(),
                content,
                fileInfos);
    }

    private Listing mine(long listingId) {
        Listing listing = listings.findById(listingId).orElseThrow(() -> new AccessDeniedException("No such listing"));
        if (!listing.getMerchantId().equals(myMerchantId())) {
            throw new AccessDeniedException("Listing " + listingId + " belongs to another merchant");
        }
        return listing;
    }

    private long myMerchantId() {
        long userId = currentUser.require().id();
        if (!currentUser.hasRole(Role.MERCHANT)) {
            throw new AccessDeniedException("Not a merchant");
        }
        return merchants
                .findForMember(userId)
                .orElseThrow(
                        () -> new AccessDeniedException("User " + userId + " is not a member of an active merchant"))
                .id();
    }
}
