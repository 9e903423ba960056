package dataport.catalog;

import dataport.accounts.CurrentUser;
import dataport.accounts.Role;
import dataport.merchants.MerchantService;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates or updates many listings at once, for bulk import: one transaction per batch, the existing listings of the
 * batch found in two queries. Imported listings are drafts: the merchant checks and submits them for review like any
 * other, so an import never publishes anything by itself.
 */
@Service
public class ListingImportService {

    private final Listings listings;
    private final Categories categories;
    private final MerchantService merchants;
    private final CurrentUser currentUser;
    private final Clock clock;

    ListingImportService(
            Listings listings, Categories categories, MerchantService merchants, CurrentUser currentUser, Clock clock) {
        this.listings = listings;
        this.categories = categories;
        this.merchants = merchants;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * Creates each row's listing as a draft, or updates the draft imported before with the same external id (else
     * source URL) of the same merchant. A merchant imports only into its own active merchant; an ADMIN into any.
     * A row that cannot be applied (its listing is already in review or published, its category is unknown) is
     * refused and the others still apply.
     *
     * @return one outcome per row, in order
     */
    @Transactional
    @PreAuthorize("hasAnyRole('MERCHANT','ADMIN')")
    public List<ListingImport.Outcome> importBatch(List<ListingImport> rows) {
        checkMayImportFor(rows);
        Instant now = clock.instant();
        Map<String, Long> categoryIds = new HashMap<>();
        categories.findAll().forEach(c -> categoryIds.put(c.getCode(), c.getId()));

        // Earlier imports of these rows, in two queries for the whole batch (not two per merchant): the queries match
        // any merchant with any id, so only a listing whose own merchant and id pair up with a row's is used.
        Set<Long> merchantIds = new HashSet<>();
        Set<String> externalIds = new HashSet<>();
        Set<String> sourceUrls = new HashSet<>();
        Set<String> wantedIds = new HashSet<>();
        Set<String> wantedUrls = new HashSet<>();
        for (ListingImport row : rows) {
            merchantIds.add(row.merchantId());
            if (row.externalId() != null) {
                externalIds.add(row.externalId());
                wantedIds.add(row.merchantId() + "|" + row.externalId());
            }
            if (row.sourceUrl() != null) {
                sourceUrls.add(row.sourceUrl());
                wantedUrls.add(row.merchantId() + "|" + row.sourceUrl());
            }
        }
        Map<String, Listing> byExternalId = new HashMap<>();
        Map<String, Listing> bySourceUrl = new HashMap<>();
        if (!externalIds.isEmpty()) {
            for (Listing l : listings.findByMerchantIdInAndExternalIdIn(merchantIds, externalIds)) {
                String key = l.getMerchantId() + "|" + l.getExternalId();
                if (wantedIds.contains(key)) {
                    byExternalId.put(key, l);
                }
            }
        }
        if (!sourceUrls.isEmpty()) {
            for (Listing l : listings.findByMerchantIdInAndSourceUrlIn(merchantIds, sourceUrls)) {
                String key = l.getMerchantId() + "|" + l.getSourceUrl();
                if (wantedUrls.contains(key)) {
                    bySourceUrl.putIfAbsent(key, l);
                }
            }
        }

        List<ListingImport.Outcome> outcomes = new ArrayList<>(rows.size());
        List<Listing> created = new ArrayList<>();
        List<Integer> createdAt = new ArrayList<>();
        for (ListingImport row : rows) {
            ListingContent content = row.content();
            Long categoryId = categoryIds.get(content.categoryCode());
            if (categoryId == null) {
                outcomes.add(ListingImport.Outcome.refused("import.row.unknown-category"));
                continue;
            }
            Listing existing =
                    row.externalId() != null ? byExternalId.get(row.merchantId() + "|" + row.externalId()) : null;
            if (existing == null && row.sourceUrl() != null) {
                existing = bySourceUrl.get(row.merchantId() + "|" + row.sourceUrl());
            }
            if (existing != null) {
                if (existing.getStatus() != ListingStatus.DRAFT) {
                    outcomes.add(ListingImport.Outcome.refused("import.row.not-draft"));
                    continue;
                }
                existing.reviseFromImport(categoryId, content, now);
                existing.importedFrom(row.externalId(), row.sourceUrl());
                outcomes.add(ListingImport.Outcome.updated(existing.getId()));
            } else {
                Listing listing = Listing.draft(row.merchantId(), categoryId, content, now);
                listing.importedFrom(row.externalId(), row.sourceUrl());
                // A later row of the same batch with the same id updates this one instead of colliding with it.
                if (row.externalId() != null) {
                    byExternalId.put(row.merchantId() + "|" + row.externalId(), listing);
                }
                created.add(listing);
                createdAt.add(outcomes.size());
                outcomes.add(null);
            }
        }
        List<Listing> saved = listings.saveAll(created);
        for (int i = 0; i < saved.size(); i++) {
            outcomes.set(
                    createdAt.get(i), ListingImport.Outcome.created(saved.get(i).getId()));
        }
        return outcomes;
    }

    /** A merchant's member imports for its own active merchant only; checked here, whatever the page offered. */
    private void checkMayImportFor(List<ListingImport> rows) {
        if (currentUser.hasRole(Role.ADMIN)) {
            return;
        }
        long userId = currentUser.require().id();
        long mine = merchants
                .findForMember(userId)
                .orElseThrow(
                        () -> new AccessDeniedException("User " + userId + " is not a member of an active merchant"))
                .id();
        for (ListingImport row : rows) {
            if (mine != row.merchantId()) {
                throw new AccessDeniedException(
                        "Merchant " + mine + " may not import for merchant " + row.merchantId());
            }
        }
    }
}
