package dataport.merchants;

import dataport.audit.AuditService;
import dataport.shared.Bilingual;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

@Service
@Transactional(readOnly = true)
public class MerchantService {

    static final int MAX_SLUG = 70;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Merchants merchants;
    private final MerchantMembers members;
    private final WhitelistEntries whitelist;
    private final AuditService audit;
    private final Clock clock;

    MerchantService(
            Merchants merchants, MerchantMembers members, WhitelistEntries whitelist, AuditService audit, Clock clock) {
        this.merchants = merchants;
        this.members = members;
        this.whitelist = whitelist;
        this.audit = audit;
        this.clock = clock;
    }

    public Optional<MerchantSummary> find(long id) {
        return merchants.findById(id).map(m -> summaries(List.of(m)).getFirst());
    }

    /** A merchant's public profile by its URL name. */
    public Optional<MerchantSummary> findBySlug(String slug) {
        return merchants.findBySlug(slug).map(m -> summaries(List.of(m)).getFirst());
    }

    public Map<Long, MerchantSummary> findAll(Collection<Long> ids) {
        return summaries(merchants.findAllById(ids)).stream()
                .collect(Collectors.toMap(MerchantSummary::id, Function.identity(), (a, b) -> a));
    }

    public List<MerchantSummary> findAll() {
        return summaries(merchants.findAll());
    }

    /** Merchants whose English or Chinese name (or slug) contains {@code text}, by English name; for pickers. */
    public List<MerchantSummary> findByName(String text, int page, int pageSize) {
        return summaries(merchants.findByNameContaining(nameFilter(text), PageRequest.of(page, pageSize)));
    }

    public long countByName(String text) {
        return merchants.countByNameContaining(nameFilter(text));
    }

    public long count() {
        return merchants.count();
    }

    public long countCountries() {
        return merchants.countDistinctCountries();
    }

    /** Registers a merchant profile directly, approved: a compliance decision (the demo data takes that role). */
    @Transactional
    @PreAuthorize("hasRole('COMPLIANCE')")
    public MerchantSummary register(NewMerchant request) {
        return merchants.save(newMerchant(request, request.slug())).toSummary();
    }

    /**
     * Creates the public profile of a merchant whose application staff approved, with {@code ownerUserId} as its
     * owner; called by onboarding in the approval's own transaction. The slug comes from the request's slug if it has
     * one, else from the English name, made unique with a number.
     */
    @Transactional
    @PreAuthorize("hasRole('COMPLIANCE')")
    public MerchantSummary registerApproved(NewMerchant request, long ownerUserId) {
        String base = request.slug() != null && !request.slug().isBlank()
                ? request.slug()
                : request.name().en() != null
                        ? request.name().en()
                        : request.name().zh();
        Merchant merchant = merchants.save(newMerchant(request, uniqueSlug(base)));
        members.save(new MerchantMember(merchant.getId(), ownerUserId, MemberRole.OWNER, clock.instant()));
        return merchant.toSummary();
    }

    /** The merchant named exactly {@code name} (English name ignoring case, Chinese name, or slug), if any. */
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<MerchantSummary> findByExactName(String name) {
        return merchants.findByExactName(name.strip()).stream()
                .findFirst()
                .map(m -> summaries(List.of(m)).getFirst());
    }

    /**
     * The merchant a bulk import's provider column names, created when none has that name: an ADMIN moving a
     * catalogue from another exchange vouches for its merchants. The new merchant has no members yet; a name with
     * Chinese characters becomes its Chinese name, any other its English one.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public MerchantSummary findOrRegisterProvider(String name, String countryCode) {
        String trimmed = name.strip();
        Optional<MerchantSummary> existing = findByExactName(trimmed);
        if (existing.isPresent()) {
            return existing.get();
        }
        if (countryCode == null) {
            throw new IllegalArgumentException("A new merchant needs a country");
        }
        boolean chinese =
                trimmed.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        Bilingual names = chinese ? Bilingual.of(null, trimmed) : Bilingual.of(trimmed, null);
        Origin origin = "CN".equalsIgnoreCase(countryCode) ? Origin.DOMESTIC : Origin.FOREIGN;
        Merchant merchant = merchants.save(new Merchant(uniqueSlug(trimmed), names, origin, countryCode));
        audit.record(
                "merchant.imported",
                "merchant",
                String.valueOf(merchant.getId()),
                null,
                JSON.writeValueAsString(Map.of("name", trimmed, "country", countryCode)));
        return summaries(List.of(merchant)).getFirst();
    }

    /** Whether the user belongs to the merchant (owner or staff): the check before changing a merchant's data. */
    public boolean isMember(long userId, long merchantId) {
        return members.existsByMerchantIdAndUserId(merchantId, userId);
    }

    /** The user ids of the merchant's team (owner and staff), longest-standing first: whom to tell about its listings. */
    public List<Long> memberIds(long merchantId) {
        return members.findUserIdsOf(merchantId);
    }

    /** Adds a user to a merchant's team as staff (the demo data links its merchant account this way); idempotent. */
    @Transactional
    @PreAuthorize("hasRole('COMPLIANCE')")
    public void addMember(long merchantId, long userId) {
        if (!merchants.existsById(merchantId)) {
            throw new IllegalArgumentException("No merchant " + merchantId);
        }
        if (!members.existsByMerchantIdAndUserId(merchantId, userId)) {
            members.save(new MerchantMember(merchantId, userId, MemberRole.STAFF, clock.instant()));
        }
    }

    /**
     * The active (approved, not suspended) merchant the user belongs to, if any. Being a member of one is what makes
     * a user a MERCHANT: accounts computes that role from this at sign-in.
     */
    /** When each merchant was registered (statistics count them by month). */
    public List<java.time.Instant> registrationTimes() {
        return merchants.findCreationTimes();
    }

    public Optional<MerchantSummary> findForMember(long userId) {
        return members.findActiveMerchantsOf(userId).stream()
                .findFirst()
                .map(m -> summaries(List.of(m)).getFirst());
    }

    /** Stops a merchant trading: a compliance decision, audited with the reason. */
    @Transactional
    @PreAuthorize("hasRole('COMPLIANCE')")
    public MerchantSummary suspend(long merchantId, String reason) {
        Merchant merchant = merchants
                .findById(merchantId)
                .orElseThrow(() -> new IllegalArgumentException("No merchant " + merchantId));
        String before = state(merchant);
        merchant.suspend(reason, clock.instant());
        audit.record("merchant.suspended", "merchant", String.valueOf(merchantId), before, state(merchant));
        return summaries(List.of(merchant)).getFirst();
    }

    /** Lets a suspended merchant trade again: a compliance decision, audited. */
    @Transactional
    @PreAuthorize("hasRole('COMPLIANCE')")
    public MerchantSummary reinstate(long merchantId) {
        Merchant merchant = merchants
                .findById(merchantId)
                .orElseThrow(() -> new IllegalArgumentException("No merchant " + merchantId));
        String before = state(merchant);
        merchant.reinstate();
        audit.record("merchant.reinstated", "merchant", String.valueOf(merchantId), before, state(merchant));
        return summaries(List.of(merchant)).getFirst();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(AuditService.ZONE));
    }

    private List<MerchantSummary> summaries(List<Merchant> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, Bilingual> scopes = new LinkedHashMap<>();
        for (WhitelistEntry e :
                whitelist.findValidOn(found.stream().map(Merchant::getId).toList(), today())) {
            // Each language joins every entry in that language or, where an entry lacks it, in the other one, so an
            // entry written in one language is still listed to every reader.
            Bilingual scope = e.getScope();
            Bilingual whole = Bilingual.of(scope.in(Locale.ENGLISH), scope.in(Locale.SIMPLIFIED_CHINESE));
            scopes.merge(
                    e.getMerchantId(), whole, (a, b) -> Bilingual.of(a.en() + "; " + b.en(), a.zh() + "; " + b.zh()));
        }
        return found.stream().map(m -> m.toSummary(scopes.get(m.getId()))).toList();
    }

    private static Merchant newMerchant(NewMerchant request, String slug) {
        Merchant merchant = new Merchant(slug, request.name(), request.origin(), request.countryCode());
        merchant.describe(
                request.city(),
                request.website(),
                request.registrationNumber(),
                request.foundedYear(),
                request.description());
        merchant.reachableAt(request.contactEmail());
        return merchant;
    }

    private String uniqueSlug(String text) {
        String base = slugify(text);
        String slug = base;
        for (int n = 2; merchants.existsBySlug(slug); n++) {
            String suffix = "-" + n;
            slug = base.substring(0, Math.min(base.length(), MAX_SLUG - suffix.length())) + suffix;
        }
        return slug;
    }

    /** Lower-case ASCII letters and digits joined by hyphens; "merchant" when nothing of the name is left. */
    static String slugify(String text) {
        String ascii = text == null
                ? ""
                : Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug =
                ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (slug.length() > MAX_SLUG) {
            slug = slug.substring(0, MAX_SLUG).replaceAll("-+$", "");
        }
        return slug.isEmpty() ? "merchant" : slug;
    }

    private static String nameFilter(String text) {
        return text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
    }

    private static String state(Merchant m) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("status", m.getStatus().name());
        if (m.getSuspendedReason() != null) {
            state.put("reason", m.getSuspendedReason());
        }
        return JSON.writeValueAsString(state);
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
            Bilingual description,
            String contactEmail) {

        /** A merchant that gave no contact address (yet). */
        public NewMerchant(
                String slug,
                Bilingual name,
                Origin origin,
                String countryCode,
                String city,
                String website,
                String registrationNumber,
                Integer foundedYear,
                Bilingual description) {
            this(slug, name, origin, countryCode, city, website, registrationNumber, foundedYear, description, null);
        }
    }
}
