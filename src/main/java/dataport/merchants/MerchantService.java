package dataport.merchants;

import dataport.audit.AuditService;
import dataport.shared.Bilingual;
import dataport.shared.StaleReadsAllowed;
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
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
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
    private final MerchantSummaryCache kept;
    /** Reads the summaries {@link #findAll(Collection)} has not kept, as its annotations would. */
    private final TransactionTemplate reading;

    private final ApplicationEventPublisher events;
    private final Clock clock;

    MerchantService(
            Merchants merchants,
            MerchantMembers members,
            WhitelistEntries whitelist,
            AuditService audit,
            MerchantSummaryCache kept,
            PlatformTransactionManager transactions,
            ApplicationEventPublisher events,
            Clock clock) {
        this.merchants = merchants;
        this.members = members;
        this.whitelist = whitelist;
        this.audit = audit;
        this.kept = kept;
        this.reading = new TransactionTemplate(transactions);
        reading.setReadOnly(true);
        // The name StaleReadRouting looks for, so that these reads may come from a replica too.
        reading.setName(MerchantService.class.getName() + ".findAll");
        this.events = events;
        this.clock = clock;
    }

    public Optional<MerchantSummary> find(long id) {
        return merchants.findById(id).map(m -> summaries(List.of(m)).getFirst());
    }

    /** A merchant's public profile by its URL name. */
    @StaleReadsAllowed
    public Optional<MerchantSummary> findBySlug(String slug) {
        return merchants.findBySlug(slug).map(m -> summaries(List.of(m)).getFirst());
    }

    /**
     * The merchants with these ids that exist, by id: those of listing cards. Up to {@code
     * dataport.merchants.summary-keep} old when changed on another node ({@link MerchantSummaryCache}).
     */
    // No transaction of its own: kept summaries need none, nor a connection (the search page calls this outside any
    // transaction, and an empty read-only one still costs several round trips); the others are read in one.
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    @StaleReadsAllowed
    public Map<Long, MerchantSummary> findAll(Collection<Long> ids) {
        return kept.get(
                ids,
                missing -> reading.execute(status -> summaries(merchants.findAllById(missing)).stream()
                        .collect(Collectors.toMap(MerchantSummary::id, Function.identity(), (a, b) -> a))));
    }

    @StaleReadsAllowed
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

    /**
     * Makes {@code ownerUserId} the owner of a merchant nobody belongs to yet (one a bulk import created), after staff
     * approved their claim; called by onboarding in the approval's transaction. Audited.
     *
     * @throws IllegalStateException when the merchant has members already (claimed meanwhile)
     */
    @Transactional
    @PreAuthorize("hasRole('COMPLIANCE')")
    public MerchantSummary claim(long merchantId, long ownerUserId) {
        Merchant merchant = merchants
                .findById(merchantId)
                .orElseThrow(() -> new IllegalArgumentException("No merchant " + merchantId));
        if (!members.findUserIdsOf(merchantId).isEmpty()) {
            throw new IllegalStateException("Merchant " + merchantId + " has been claimed already");
        }
        members.save(new MerchantMember(merchantId, ownerUserId, MemberRole.OWNER, clock.instant()));
        audit.record("merchant.claimed", "merchant", String.valueOf(merchantId), null, "owner " + ownerUserId);
        return summaries(List.of(merchant)).getFirst();
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

    /** Names looked up per query in {@link #findByExactNames} and {@link #findOrRegisterProviders}. */
    static final int NAMES_PER_QUERY = 500;

    /**
     * The merchant each of {@code names} names exactly (as {@link #findByExactName}), in a few queries for all of
     * them: a bulk import's providers. Names no merchant has are absent from the result, which is keyed by the name
     * as given.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public Map<String, MerchantSummary> findByExactNames(Collection<String> names) {
        Map<String, Merchant> found = exactly(names);
        Map<Long, MerchantSummary> summaries = new java.util.HashMap<>();
        summaries(found.values().stream().distinct().toList()).forEach(m -> summaries.put(m.id(), m));
        Map<String, MerchantSummary> result = new LinkedHashMap<>();
        found.forEach((name, m) -> result.put(name, summaries.get(m.getId())));
        return result;
    }

    /**
     * {@link #findOrRegisterProvider} for many providers in one transaction: existing ones found in a few queries,
     * the new ones' slugs chosen with one query per colliding base (not one per attempt), each creation audited.
     *
     * @param countryByName each provider's name, with the country a new merchant of that name gets (null: only an
     *     existing merchant will do, and a name that has none is left out of the result)
     * @return the merchant of each name that has or got one, keyed by the name as given
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Map<String, MerchantSummary> findOrRegisterProviders(Map<String, String> countryByName) {
        Map<String, Merchant> found = new LinkedHashMap<>(exactly(countryByName.keySet()));
        List<String> fresh = countryByName.keySet().stream()
                .filter(name -> !found.containsKey(name) && countryByName.get(name) != null)
                .toList();
        Map<String, String> slugs = uniqueSlugs(fresh);
        List<Merchant> created = new java.util.ArrayList<>(fresh.size());
        for (String name : fresh) {
            String trimmed = name.strip();
            String countryCode = countryByName.get(name);
            boolean chinese =
                    trimmed.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
            Bilingual names = chinese ? Bilingual.of(null, trimmed) : Bilingual.of(trimmed, null);
            Origin origin = "CN".equalsIgnoreCase(countryCode) ? Origin.DOMESTIC : Origin.FOREIGN;
            Merchant merchant = new Merchant(slugs.get(name), names, origin, countryCode);
            created.add(merchant);
            found.put(name, merchant);
        }
        merchants.saveAll(created);
        for (Merchant merchant : created) {
            audit.record(
                    "merchant.imported",
                    "merchant",
                    String.valueOf(merchant.getId()),
                    null,
                    JSON.writeValueAsString(Map.of(
                            "name",
                            merchant.getName().en() != null
                                    ? merchant.getName().en()
                                    : merchant.getName().zh(),
                            "country",
                            merchant.getCountryCode())));
        }
        Map<Long, MerchantSummary> summaries = new java.util.HashMap<>();
        // New merchants are on no whitelist: their summary needs no query.
        created.forEach(m -> summaries.put(m.getId(), m.toSummary()));
        List<Merchant> existing = found.values().stream()
                .filter(m -> !summaries.containsKey(m.getId()))
                .distinct()
                .toList();
        summaries(existing).forEach(m -> summaries.put(m.id(), m));
        Map<String, MerchantSummary> result = new LinkedHashMap<>();
        found.forEach((name, m) -> result.put(name, summaries.get(m.getId())));
        return result;
    }

    /** Each name's merchant as {@link Merchants#findByExactName} would pick it (lowest id), in chunked queries. */
    private Map<String, Merchant> exactly(Collection<String> names) {
        List<String> all = names.stream().map(String::strip).distinct().toList();
        Map<String, Merchant> byName = new java.util.HashMap<>();
        for (int from = 0; from < all.size(); from += NAMES_PER_QUERY) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + NAMES_PER_QUERY));
            List<String> lower =
                    chunk.stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
            for (Merchant m : merchants.findByExactNames(lower, chunk)) { // ordered by id: the first match wins
                if (m.getName().en() != null) {
                    byName.putIfAbsent("en:" + m.getName().en().toLowerCase(Locale.ROOT), m);
                }
                if (m.getName().zh() != null) {
                    byName.putIfAbsent("zh:" + m.getName().zh(), m);
                }
                byName.putIfAbsent("slug:" + m.getSlug(), m);
            }
        }
        Map<String, Merchant> result = new LinkedHashMap<>();
        for (String name : names) {
            String n = name.strip();
            Merchant m = java.util.stream.Stream.of(
                            byName.get("en:" + n.toLowerCase(Locale.ROOT)),
                            byName.get("zh:" + n),
                            byName.get("slug:" + n))
                    .filter(java.util.Objects::nonNull)
                    .min(java.util.Comparator.comparing(Merchant::getId))
                    .orElse(null);
            if (m != null) {
                result.put(name, m);
            }
        }
        return result;
    }

    /**
     * A unique slug for each name: its base slug when free, else the base with the next free number. One query for
     * all bases, then one per base that is taken (Chinese names all share the base "merchant").
     */
    private Map<String, String> uniqueSlugs(List<String> names) {
        Map<String, String> bases = new LinkedHashMap<>();
        names.forEach(n -> bases.put(n, slugify(n.strip())));
        java.util.Set<String> distinct = new java.util.LinkedHashSet<>(bases.values());
        java.util.Set<String> taken = new java.util.HashSet<>();
        List<String> all = List.copyOf(distinct);
        for (int from = 0; from < all.size(); from += NAMES_PER_QUERY) {
            taken.addAll(merchants.findSlugsIn(all.subList(from, Math.min(all.size(), from + NAMES_PER_QUERY))));
        }
        java.util.Set<String> loaded = new java.util.HashSet<>();
        Map<String, String> result = new LinkedHashMap<>();
        Map<String, Integer> next = new java.util.HashMap<>();
        for (String name : names) {
            String base = bases.get(name);
            if (!taken.contains(base)) {
                taken.add(base);
                result.put(name, base);
                continue;
            }
            if (loaded.add(base)) {
                taken.addAll(merchants.findSlugsStartingWith(base));
            }
            int n = next.getOrDefault(base, 2);
            String slug;
            do {
                String suffix = "-" + n++;
                slug = base.substring(0, Math.min(base.length(), MAX_SLUG - suffix.length())) + suffix;
            } while (taken.contains(slug));
            next.put(base, n);
            taken.add(slug);
            result.put(name, slug);
        }
        return result;
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
        events.publishEvent(new MerchantChanged(merchantId));
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
        events.publishEvent(new MerchantChanged(merchantId));
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
        return uniqueSlugs(List.of(text)).get(text);
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
