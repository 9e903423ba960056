package dataport.catalog;

import dataport.accounts.CurrentUser;
import dataport.accounts.Role;
import dataport.merchants.MerchantService;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A listing's images and sample as buyers get them. Anyone may fetch the files a published listing shows; other files
 * (a draft's, a pending revision's) only the merchant's members and staff.
 */
@Service
@Transactional(readOnly = true)
public class ListingMedia {

    private final Listings listings;
    private final ListingFiles files;
    private final ListingFileContents contents;
    private final MerchantService merchants;
    private final CurrentUser currentUser;

    ListingMedia(
            Listings listings,
            ListingFiles files,
            ListingFileContents contents,
            MerchantService merchants,
            CurrentUser currentUser) {
        this.listings = listings;
        this.files = files;
        this.contents = contents;
        this.merchants = merchants;
        this.currentUser = currentUser;
    }

    /** The images (in display order) and sample a published listing shows. */
    public record Media(List<ListingFileInfo> images, ListingFileInfo sample) {}

    public Media published(long listingId) {
        Optional<Listing> found = listings.findById(listingId).filter(l -> l.getStatus() == ListingStatus.PUBLISHED);
        if (found.isEmpty()) {
            return new Media(List.of(), null);
        }
        return mediaOf(found.get().getImageIds(), found.get().getSampleFileId());
    }

    /** The files a given content refers to (the editor's preview, a reviewer's view); no access check on ids. */
    public Media of(ListingContent content) {
        return mediaOf(content.imageIds(), content.sampleFileId());
    }

    private Media mediaOf(List<Long> imageIds, Long sampleId) {
        List<Long> ids = new ArrayList<>(imageIds);
        if (sampleId != null) {
            ids.add(sampleId);
        }
        Map<Long, ListingFileInfo> byId = files.findByIdIn(ids).stream()
                .map(ListingFile::toInfo)
                .collect(Collectors.toMap(ListingFileInfo::id, Function.identity()));
        List<ListingFileInfo> images =
                imageIds.stream().map(byId::get).filter(i -> i != null).toList();
        return new Media(images, sampleId == null ? null : byId.get(sampleId));
    }

    /** A file's bytes, or an image's thumbnail; refused unless public or the caller may see the listing's drafts. */
    public FileDownload download(long fileId, boolean thumbnail) {
        ListingFile file = files.findById(fileId).orElseThrow(() -> new AccessDeniedException("No such file"));
        Listing listing = listings.findById(file.getListingId()).orElseThrow();
        boolean shownToBuyers = listing.getStatus() == ListingStatus.PUBLISHED
                && (listing.getImageIds().contains(fileId)
                        || Long.valueOf(fileId).equals(listing.getSampleFileId()));
        if (!shownToBuyers && !insider(listing)) {
            throw new AccessDeniedException("File " + fileId + " is not public");
        }
        ListingFileContent content = contents.findById(fileId).orElseThrow();
        ListingFileInfo info = file.toInfo();
        if (thumbnail && content.thumbnail() != null) {
            return new FileDownload("thumbnail-" + fileId + ".jpg", "image/jpeg", content.thumbnail());
        }
        return new FileDownload(info.fileName(), info.contentType(), content.content());
    }

    private boolean insider(Listing listing) {
        if (currentUser.hasRole(Role.COMPLIANCE) || currentUser.hasRole(Role.ADMIN)) {
            return true;
        }
        return currentUser
                .get()
                .map(u -> merchants.isMember(u.id(), listing.getMerchantId()))
                .orElse(false);
    }
}
