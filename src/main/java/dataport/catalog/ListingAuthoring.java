package dataport.catalog;

import dataport.accounts.CurrentUser;
import dataport.accounts.Role;
import dataport.merchants.MerchantService;
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

    /**
     * An uploaded file, already shown by the listing's draft (or pending revision), and the version the editor's next
     * save must match.
     */
    public record Attached(ListingFileInfo file, long version) {}

    /**
     * Checks and stores an image (its thumbnail too) and adds it to the listing's draft, or to the pending revision
     * of a published listing, in the same transaction: it is kept even if the merchant never presses Save.
     *
     * @param editorVersion the version the editor loaded; see {@link #attach}
     */
    @Transactional
    public Attached uploadImage(long listingId, long editorVersion, String fileName, byte[] bytes) {
        Listing listing = mine(listingId);
        ListingContent content = editableContent(listing);
        if (content.imageIds().size() >= ListingRules.IMAGES_MAX) {
            throw new InvalidUpload("workspace.images.too-many", ListingRules.IMAGES_MAX);
        }
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
        List<Long> images = new ArrayList<>(content.imageIds());
        images.add(file.getId());
        return new Attached(
                file.toInfo(), attach(listing, editorVersion, content.withFiles(images, content.sampleFileId())));
    }

    /** Checks and stores a sample file and makes it the listing's sample at once, like {@link #uploadImage}. */
    @Transactional
    public Attached uploadSample(long listingId, long editorVersion, String fileName, byte[] bytes) {
        Listing listing = mine(listingId);
        ListingContent content = editableContent(listing);
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
        return new Attached(
                file.toInfo(), attach(listing, editorVersion, content.withFiles(content.imageIds(), file.getId())));
    }

    /**
     * Takes an image or the sample off the listing's draft (or pending revision) at once, as uploads are added at
     * once; the stored file stays, so an earlier version's reference still resolves.
     *
     * @return the version the editor's next save must match
     */
    @Transactional
    public long removeFile(long listingId, long editorVersion, long fileId) {
        Listing listing = mine(listingId);
        ListingContent content = editableContent(listing);
        List<Long> images =
                content.imageIds().stream().filter(id -> id != fileId).toList();
        Long sample = Long.valueOf(fileId).equals(content.sampleFileId()) ? null : content.sampleFileId();
        return attach(listing, editorVersion, content.withFiles(images, sample));
    }

    private ListingContent editableContent(Listing listing) {
        ListingEdit edit = toEdit(listing);
        if (!edit.isEditable()) {
            throw new IllegalStateException("Listing " + listing.getId() + " is " + edit.status() + " with revision "
                    + edit.revisionState() + ": its files cannot change now");
        }
        return edit.content();
    }

    /**
     * Records which files the listing shows: a draft changes in place, a published listing's pending revision gets
     * them (started from the published content when there is none). An editor that had loaded the current version
     * gets the new one, so its next save goes through; an editor that was already behind stays behind, so its next
     * save is still refused as stale instead of overwriting what someone else saved.
     */
    private long attach(Listing listing, long editorVersion, ListingContent withFiles) {
        boolean editorWasCurrent = listing.getVersion() == editorVersion;
        if (listing.getStatus() == ListingStatus.PUBLISHED) {
            listing.proposeRevision(ListingContents.toJson(withFiles), clock.instant());
        } else {
            listing.showFiles(withFiles.imageIds(), withFiles.sampleFileId(), clock.instant());
        }
        long saved = listings.saveAndFlush(listing).getVersion();
        return editorWasCurrent ? saved : editorVersion;
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
        Map<String, InvalidListing.Violation> violations = ListingRules.violations(content, ref, forSubmission);
        if (!violations.isEmpty()) {
            throw InvalidListing.of(violations);
        }
        return category;
    }

    /** The content as buyers would see it, for the editor's preview (nothing is saved). */
    public ListingDetails preview(ListingContent c) {
        long userId = currentUser.require().id();
        var merchant = merchants.findForMember(userId).orElseThrow(() -> new AccessDeniedException("No merchant"));
        return BuyerPreview.of(c, catalog.categories(), merchant, null, 0, ListingStatus.DRAFT);
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
