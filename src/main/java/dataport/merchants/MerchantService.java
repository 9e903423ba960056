package dataport.merchants;

import dataport.shared.Bilingual;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
public class MerchantService {

    private final Merchants merchants;

    MerchantService(Merchants merchants) {
        this.merchants = merchants;
    }

    public Optional<MerchantSummary> find(long id) {
        return merchants.findById(id).map(Merchant::toSummary);
    }

    public Map<Long, MerchantSummary> findAll(Collection<Long> ids) {
        return merchants.findAllById(ids).stream()
                .map(Merchant::toSummary)
                .collect(Collectors.toMap(MerchantSummary::id, Function.identity()));
    }

    public List<MerchantSummary> findAll() {
        return merchants.findAll().stream().map(Merchant::toSummary).toList();
    }

    public long count() {
        return merchants.count();
    }

    public long countCountries() {
        return merchants.countDistinctCountries();
    }

    /** Registers a merchant profile directly; used by the demo data until onboarding exists. */
    @Transactional
    public MerchantSummary register(NewMerchant request) {
        Merchant merchant = new Merchant(request.slug(), request.name(), request.origin(), request.countryCode());
        merchant.describe(
                request.city(),
                request.website(),
                request.registrationNumber(),
                request.foundedYear(),
                request.description());
        return merchants.save(merchant).toSummary();
    }

    /**
     * Creates the public profile of a merchant whose application staff approved, with {@code ownerUserId} as its
     * owner; called by onboarding in the approval's own transaction.
     */
    @Transactional
    public MerchantSummary registerApproved(NewMerchant request, long ownerUserId) {
        throw new UnsupportedOperationException("merchants: not implemented yet");
    }

    /** Whether the user belongs to the merchant (owner or staff): the check before changing a merchant's data. */
    public boolean isMember(long userId, long merchantId) {
        throw new UnsupportedOperationException("merchants: not implemented yet");
    }

    /** Adds a user to a merchant's team (the demo data links its merchant account this way). */
    @Transactional
    public void addMember(long merchantId, long userId) {
        throw new UnsupportedOperationException("merchants: not implemented yet");
    }

    /**
     * The active (approved, not suspended) merchant the user belongs to, if any. Being a member of one is what makes
     * a user a MERCHANT: accounts computes that role from this at sign-in.
     */
    public Optional<MerchantSummary> findForMember(long userId) {
        throw new UnsupportedOperationException("merchants: not implemented yet");
    }

    public record NewMerchant(
            String slug,
            Bilingual name,
            Origin origin,
            String countryCode,
            String city,
            String website,
            String registrationNumber,
            Integer foundedYear,
            Bilingual description) {}
}
