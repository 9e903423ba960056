package dataport.compliance;

import dataport.accounts.CurrentUser;
import dataport.audit.AuditService;
import dataport.catalog.CatalogService;
import dataport.catalog.ListingDetails;
import dataport.merchants.MerchantService;
import dataport.merchants.MerchantSummary;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cross-border facts merchants declare: per listing (personal information, people covered, collected abroad,
 * negative list, filing) and per merchant (CII operator, free-trade zone, sector, transfers outside DataPort), and
 * staff's verification of the merchant facts.
 */
@Service
public class CrossBorderFacts {

    private final ListingFactSheets listingFacts;
    private final MerchantFactSheets merchantFacts;
    private final CatalogService catalog;
    private final MerchantService merchants;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final Clock clock;

    CrossBorderFacts(
            ListingFactSheets listingFacts,
            MerchantFactSheets merchantFacts,
            CatalogService catalog,
            MerchantService merchants,
            CurrentUser currentUser,
            AuditService audit,
            Clock clock) {
        this.listingFacts = listingFacts;
        this.merchantFacts = merchantFacts;
        this.catalog = catalog;
        this.merchants = merchants;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    /** One of the signed-in merchant's listings (any status), or empty when it is not theirs. */
    @RolesAllowed("MERCHANT")
    @Transactional(readOnly = true)
    public Optional<ListingDetails> myListing(long listingId) {
        return catalog.myListings().stream().filter(l -> l.id() == listingId).findFirst();
    }

    @RolesAllowed("MERCHANT")
    @Transactional(readOnly = true)
    public ListingDeclaration listingDeclaration(long listingId) {
        requireMine(listingId);
        return listingFacts
                .findById(listingId)
                .map(ListingFactSheet::toDeclaration)
                .orElse(ListingDeclaration.empty());
    }

    /** Stores the declaration of one of the signed-in merchant's listings; refused when it has problems. */
    @RolesAllowed("MERCHANT")
    @Transactional
    public void declareListing(long listingId, ListingDeclaration declaration) {
        requireMine(listingId);
        ListingFactSheet sheet = listingFacts.findById(listingId).orElseGet(() -> new ListingFactSheet(listingId));
        String before = String.valueOf(sheet.toDeclaration());
        sheet.declare(declaration, clock.instant());
        listingFacts.save(sheet);
        audit.record("listing-facts.declared", "listing", String.valueOf(listingId), before, declaration.toString());
    }

    @RolesAllowed("MERCHANT")
    @Transactional(readOnly = true)
    public Optional<MerchantFacts> myMerchantFacts() {
        MerchantSummary merchant = myMerchant();
        return Optional.of(merchantFacts
                .findById(merchant.id())
                .map(MerchantFactSheet::toFacts)
                .orElse(new MerchantFacts(merchant.id(), MerchantDeclaration.empty(), null, null)));
    }

    /** Stores the signed-in merchant's declaration; a change after verification must be verified again. */
    @RolesAllowed("MERCHANT")
    @Transactional
    public void declareMerchant(MerchantDeclaration declaration) {
        long merchantId = myMerchant().id();
        MerchantFactSheet sheet = merchantFacts.findById(merchantId).orElseGet(() -> new MerchantFactSheet(merchantId));
        String before = String.valueOf(sheet.toDeclaration());
        sheet.declare(declaration, clock.instant());
        merchantFacts.save(sheet);
        audit.record("merchant-facts.declared", "merchant", String.valueOf(merchantId), before, declaration.toString());
    }

    /** Merchant declarations waiting for staff verification, oldest first. */
    @RolesAllowed("COMPLIANCE")
    @Transactional(readOnly = true)
    public List<MerchantFacts> unverified() {
        return merchantFacts.findUnverified().stream()
                .map(MerchantFactSheet::toFacts)
                .toList();
    }

    @RolesAllowed("COMPLIANCE")
    @Transactional
    public void verifyMerchant(long merchantId) {
        MerchantFactSheet sheet = merchantFacts
                .findById(merchantId)
                .orElseThrow(() -> new IllegalArgumentException("No facts of merchant " + merchantId));
        sheet.verify(currentUser.require().email(), clock.instant());
        audit.record("merchant-facts.verified", "merchant", String.valueOf(merchantId), "declared", "verified");
    }

    /** The merchant's name for staff pages. */
    @RolesAllowed("COMPLIANCE")
    public Optional<MerchantSummary> merchant(long merchantId) {
        return merchants.find(merchantId);
    }

    /** Declares a listing's facts without a signed-in merchant: demo data and tests only. */
    @Transactional
    public void declareListingAsSystem(long listingId, ListingDeclaration declaration) {
        ListingFactSheet sheet = listingFacts.findById(listingId).orElseGet(() -> new ListingFactSheet(listingId));
        sheet.declare(declaration, clock.instant());
        listingFacts.save(sheet);
    }

    /** Declares a merchant's facts without a signed-in member: demo data and tests only. */
    @Transactional
    public void declareMerchantAsSystem(long merchantId, MerchantDeclaration declaration) {
        MerchantFactSheet sheet = merchantFacts.findById(merchantId).orElseGet(() -> new MerchantFactSheet(merchantId));
        sheet.declare(declaration, clock.instant());
        merchantFacts.save(sheet);
    }

    private void requireMine(long listingId) {
        if (myListing(listingId).isEmpty()) {
            throw new AccessDeniedException("Not a listing of the signed-in merchant: " + listingId);
        }
    }

    private MerchantSummary myMerchant() {
        return merchants
                .findForMember(currentUser.require().id())
                .orElseThrow(() -> new AccessDeniedException("Not a merchant member"));
    }
}
