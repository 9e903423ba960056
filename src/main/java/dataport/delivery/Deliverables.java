package dataport.delivery;

import dataport.accounts.CurrentUser;
import dataport.catalog.CatalogService;
import dataport.catalog.DeliveryMode;
import dataport.catalog.ListingDetails;
import dataport.merchants.MerchantService;
import dataport.shared.Bilingual;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The files merchants deliver for their FILE listings. An upload is streamed into the database and checked there
 * (type by content, at most 200 MB, complete); a new file serves later orders and the paid orders that were waiting
 * for one, while orders already delivered keep the file they got.
 */
@Service
public class Deliverables {

    private final CatalogService catalog;
    private final MerchantService merchants;
    private final CurrentUser currentUser;
    private final DeliverableStore store;
    private final EntitlementGrants grants;
    private final Clock clock;

    Deliverables(
            CatalogService catalog,
            MerchantService merchants,
            CurrentUser currentUser,
            DeliverableStore store,
            EntitlementGrants grants,
            Clock clock) {
        this.catalog = catalog;
        this.merchants = merchants;
        this.currentUser = currentUser;
        this.store = store;
        this.grants = grants;
        this.clock = clock;
    }

    public static final int MAX_MEGABYTES = DeliverableChecks.MAX_MEGABYTES;

    /** A FILE listing of the signed-in member's merchant with its current file and earlier ones. */
    public record ListingFiles(
            long listingId,
            Bilingual title,
            DeliveryMode deliveryMode,
            DeliverableInfo current,
            List<DeliverableInfo> history) {}

    /** The listing, if it is the signed-in member's merchant's; empty otherwise (looks like a missing one). */
    @PreAuthorize("hasRole('MERCHANT')")
    public Optional<ListingFiles> files(long listingId) {
        return mine(listingId)
                .map(l -> new ListingFiles(
                        l.id(),
                        l.content().title(),
                        l.content().deliveryMode(),
                        store.current(listingId).orElse(null),
                        store.history(listingId)));
    }

    /** Streams a new file for a FILE listing of the signed-in member's merchant; refused with a reason otherwise. */
    @PreAuthorize("hasRole('MERCHANT')")
    public DeliverableInfo upload(long listingId, String fileName, InputStream in) {
        ListingDetails listing = mine(listingId).orElseThrow(() -> new AccessDeniedException("Not your listing"));
        return storeFor(listing, currentUser.require().id(), fileName, in);
    }

    /** The same for staff acting for a merchant (the demo data gives its file listings a small file this way). */
    @PreAuthorize("hasRole('ADMIN')")
    public DeliverableInfo uploadForMerchant(long listingId, String fileName, InputStream in) {
        ListingDetails listing = catalog.details(List.of(listingId)).stream()
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No listing " + listingId));
        return storeFor(listing, currentUser.get().map(u -> u.id()).orElse(null), fileName, in);
    }

    /** Whether the listing has a file to deliver (for staff and demo data). */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean hasFile(long listingId) {
        return store.current(listingId).isPresent();
    }

    private DeliverableInfo storeFor(ListingDetails listing, Long userId, String fileName, InputStream in) {
        if (listing.content().deliveryMode() != DeliveryMode.FILE) {
            throw new InvalidDeliverable("delivery.upload.not-file-listing");
        }
        // Not in a transaction: the chunks are written one by one (see DeliverableStore).
        DeliverableInfo stored =
                store.store(listing.id(), listing.merchant().id(), userId, fileName, in, clock.instant());
        grants.deliverWaitingOrders(listing.id(), stored.id());
        return stored;
    }

    private Optional<ListingDetails> mine(long listingId) {
        long me = currentUser.require().id();
        return catalog.details(List.of(listingId)).stream()
                .filter(l -> merchants.isMember(me, l.merchant().id()))
                .findFirst();
    }
}
