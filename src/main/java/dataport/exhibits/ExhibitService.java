package dataport.exhibits;

import dataport.audit.AuditService;
import dataport.catalog.CatalogService;
import dataport.catalog.ListingDetails;
import dataport.catalog.UploadChecks;
import dataport.merchants.MerchantService;
import dataport.merchants.MerchantSummary;
import dataport.merchants.Origin;
import dataport.search.SearchRequest;
import dataport.search.SearchResults;
import dataport.search.SearchService;
import dataport.shared.Bilingual;
import dataport.shared.StaleReadsAllowed;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Curation of exhibits and halls (CURATOR and ADMIN) and the showcase buyers see. "Live" is decided at request time
 * with the injected clock: a published exhibit appears when its start passes and disappears at its end, no job needed.
 * Items whose listing or merchant stopped being published are filtered out of what buyers see, and flagged to
 * curators.
 */
@Service
@Transactional(readOnly = true)
@StaleReadsAllowed
public class ExhibitService {

    /** Banners are checked like listing images (5 MB, JPEG or PNG) and stored re-encoded at most this wide. */
    public static final int BANNER_MAX_BYTES = UploadChecks.IMAGE_MAX_BYTES;

    public static final int BANNER_WIDTH = 1600;

    static final String CURATORS = "hasAnyRole('CURATOR','ADMIN')";

    private final Exhibits exhibits;
    private final ExhibitBanners banners;
    private final ExhibitChanges changes;
    private final CatalogService catalog;
    private final MerchantService merchants;
    private final SearchService search;
    private final AuditService audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExhibitService(
            Exhibits exhibits,
            ExhibitBanners banners,
            ExhibitChanges changes,
            CatalogService catalog,
            MerchantService merchants,
            SearchService search,
            AuditService audit,
            ApplicationEventPublisher events,
            Clock clock) {
        this.exhibits = exhibits;
        this.banners = banners;
        this.changes = changes;
        this.catalog = catalog;
        this.merchants = merchants;
        this.search = search;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    // ---- the showcase (public)

    /** Themed exhibits live now, by priority then start. */
    public List<ExhibitSummary> live() {
        return summaries(exhibits.findLive(clock.instant()));
    }

    /** The standing halls, one per track. */
    public List<ExhibitSummary> halls() {
        return summaries(exhibits.findLiveHalls(clock.instant()));
    }

    /**
     * Themed exhibits live at some moment from {@code from} to {@code until}, in {@link #live()}'s order: what a cache
     * of the home page keeps, picking those {@link ExhibitSummary#isLiveAt live} at each request.
     */
    public List<ExhibitSummary> liveBetween(Instant from, Instant until) {
        return summaries(exhibits.findLiveBetween(from, until));
    }

    /** The standing halls live at some moment from {@code from} to {@code until}, in {@link #halls()}'s order. */
    public List<ExhibitSummary> hallsBetween(Instant from, Instant until) {
        return summaries(exhibits.findLiveHallsBetween(from, until));
    }

    /** A live exhibit or hall as buyers see it; empty when there is none by that name or it is not live now. */
    public Optional<ExhibitPage> findLive(String slug) {
        Instant now = clock.instant();
        return exhibits.findBySlug(slug).filter(e -> e.isLiveAt(now)).map(e -> page(e, e.content(), e.getId()));
    }

    /** Whether an exhibit or hall by that name is live now (its page exists). */
    public boolean isLive(String slug) {
        Instant now = clock.instant();
        return exhibits.findBySlug(slug).filter(e -> e.isLiveAt(now)).isPresent();
    }

    /**
     * Up to {@code perOrigin} domestic and as many foreign merchants to feature: first the curators' picks (merchants
     * placed in live exhibits and halls, in their order), then active merchants by name, so the choice is stable.
     */
    public List<MerchantSummary> featuredMerchants(int perOrigin) {
        Instant now = clock.instant();
        List<Long> picked = new ArrayList<>();
        List<Exhibit> shown = new ArrayList<>(exhibits.findLive(now));
        shown.addAll(exhibits.findLiveHalls(now));
        for (Exhibit e : shown) {
            e.getItems().stream().filter(i -> i.kind() == ItemKind.MERCHANT).forEach(i -> picked.add(i.targetId()));
        }
        Map<Long, MerchantSummary> pickedById = merchants.findAll(picked);
        Map<Long, MerchantSummary> candidates = new LinkedHashMap<>();
        picked.stream().map(pickedById::get).filter(m -> m != null).forEach(m -> candidates.putIfAbsent(m.id(), m));
        merchants.findByName(null, 0, 100).forEach(m -> candidates.putIfAbsent(m.id(), m));
        List<MerchantSummary> domestic = new ArrayList<>();
        List<MerchantSummary> foreign = new ArrayList<>();
        for (MerchantSummary m : candidates.values()) {
            if (!m.isActive()) {
                continue;
            }
            List<MerchantSummary> side = m.origin() == Origin.FOREIGN ? foreign : domestic;
            if (side.size() < perOrigin) {
                side.add(m);
            }
        }
        List<MerchantSummary> featured = new ArrayList<>();
        for (int i = 0; i < perOrigin; i++) {
            if (i < domestic.size()) featured.add(domestic.get(i));
            if (i < foreign.size()) featured.add(foreign.get(i));
        }
        return featured;
    }

    /**
     * A banner's JPEG bytes: anyone may fetch the banner a live exhibit shows; curators any banner (drafts, previews).
     */
    public byte[] banner(long bannerId) {
        ExhibitBanner banner =
                banners.findById(bannerId).orElseThrow(() -> new AccessDeniedException("No such banner"));
        boolean isPublic = exhibits.findById(banner.getExhibitId())
                .filter(e ->
                        e.isLiveAt(clock.instant()) && Long.valueOf(bannerId).equals(e.getBannerId()))
                .isPresent();
        if (!isPublic && !(audit.currentUserHasRole("CURATOR") || audit.currentUserHasRole("ADMIN"))) {
            throw new AccessDeniedException("Banner " + bannerId + " is not public");
        }
        return banner.getContent();
    }

    // ---- curation

    @PreAuthorize(CURATORS)
    public List<CurationRow> list() {
        Instant now = clock.instant();
        List<Exhibit> all = exhibits.findAllForCuration();
        Targets targets =
                targets(all.stream().flatMap(e -> e.getItems().stream()).toList());
        return all.stream()
                .map(e -> new CurationRow(
                        e.getId(),
                        e.getSlug(),
                        e.getHallTrack(),
                        orEmpty(e.getTitle()),
                        e.getState(),
                        e.isLiveAt(now),
                        e.getStartsAt(),
                        e.getEndsAt(),
                        e.getZone(),
                        e.getPriority(),
                        e.getItems().size(),
                        (int) e.getItems().stream()
                                .filter(i -> !targets.shown(i))
                                .count()))
                .toList();
    }

    @PreAuthorize(CURATORS)
    public Optional<ExhibitForm> edit(long id) {
        return exhibits.findById(id).map(this::form);
    }

    /** The items with their names and whether buyers still see them, for the editor. */
    @PreAuthorize(CURATORS)
    public List<CuratedItem> describe(List<ItemRef> items) {
        Targets targets = targets(items);
        List<CuratedItem> described = new ArrayList<>();
        for (ItemRef item : items) {
            if (item.kind() == ItemKind.LISTING) {
                ListingDetails l = targets.listings().get(item.targetId());
                described.add(new CuratedItem(
                        item.kind(),
                        item.targetId(),
                        l == null
                                ? Bilingual.of("#" + item.targetId(), null)
                                : l.content().title(),
                        l == null || l.merchant() == null
                                ? Bilingual.of(null, null)
                                : l.merchant().name(),
                        targets.shown(item),
                        item.note()));
            } else {
                MerchantSummary m = targets.merchants().get(item.targetId());
                described.add(new CuratedItem(
                        item.kind(),
                        item.targetId(),
                        m == null ? Bilingual.of("#" + item.targetId(), null) : m.name(),
                        m == null ? Bilingual.of(null, null) : Bilingual.of(m.countryCode(), m.countryCode()),
                        targets.shown(item),
                        item.note()));
            }
        }
        return described;
    }

    /** Creates a draft; returns its id. */
    @Transactional
    @PreAuthorize(CURATORS)
    public long create(ExhibitContent content) {
        requireFreeSlug(content.slug(), null);
        Exhibit exhibit = exhibits.save(new Exhibit(content, null, clock.instant()));
        record(exhibit, "created", List.of());
        return exhibit.getId();
    }

    /**
     * Saves the content over the version the curator read; returns the new version.
     *
     * @throws StaleExhibit when another curator saved in between (nothing is overwritten)
     * @throws InvalidExhibit naming each refused field
     */
    @Transactional
    @PreAuthorize(CURATORS)
    public long save(long id, long version, ExhibitContent content) {
        Exhibit exhibit = current(id, version);
        requireFreeSlug(content.slug(), id);
        List<String> changed = exhibit.edit(content, clock.instant());
        record(exhibit, "saved", changed);
        return exhibits.saveAndFlush(exhibit).getVersion();
    }

    @Transactional
    @PreAuthorize(CURATORS)
    public long publish(long id, long version) {
        return transition(id, version, Exhibit::publish, "published");
    }

    @Transactional
    @PreAuthorize(CURATORS)
    public long archive(long id, long version) {
        return transition(id, version, Exhibit::archive, "archived");
    }

    @Transactional
    @PreAuthorize(CURATORS)
    public long backToDraft(long id, long version) {
        return transition(id, version, Exhibit::backToDraft, "back-to-draft");
    }

    /** Moves the exhibit to another status now and records it, for a status change that asks nothing else. */
    private long transition(long id, long version, BiConsumer<Exhibit, Instant> change, String action) {
        Exhibit exhibit = current(id, version);
        change.accept(exhibit, clock.instant());
        record(exhibit, action, List.of());
        return exhibits.saveAndFlush(exhibit).getVersion();
    }

    /**
     * Checks the upload (JPEG or PNG by content, at most {@value #BANNER_MAX_BYTES} bytes, not a decompression bomb),
     * stores it re-encoded at most {@value #BANNER_WIDTH} px wide and shows it on the exhibit at once.
     *
     * @throws dataport.catalog.InvalidUpload with the translated reason's key
     */
    @Transactional
    @PreAuthorize(CURATORS)
    public BannerUploaded uploadBanner(long id, long version, String fileName, byte[] bytes) {
        Exhibit exhibit = current(id, version);
        UploadChecks.CheckedImage image = UploadChecks.image(fileName, bytes, BANNER_MAX_BYTES, BANNER_WIDTH);
        int width = Math.min(image.width(), BANNER_WIDTH);
        int height = (int) Math.round(image.height() * (width / (double) image.width()));
        ExhibitBanner banner =
                banners.save(new ExhibitBanner(id, width, Math.max(1, height), image.thumbnail(), clock.instant()));
        exhibit.showBanner(banner.getId(), banner.getWidth(), banner.getHeight(), clock.instant());
        record(exhibit, "banner", List.of());
        long newVersion = exhibits.saveAndFlush(exhibit).getVersion();
        return new BannerUploaded(banner.getId(), banner.getWidth(), banner.getHeight(), newVersion);
    }

    /**
     * Creates a draft from the form and gives it the banner, in one transaction: a banner chosen before the first save
     * is kept with the new draft at once (a refused image or content rolls it all back, creating nothing).
     *
     * @throws InvalidExhibit naming each refused field
     * @throws dataport.catalog.InvalidUpload with the translated reason's key
     */
    @Transactional
    @PreAuthorize(CURATORS)
    public DraftWithBanner createWithBanner(ExhibitContent content, String fileName, byte[] bytes) {
        long id = create(content);
        long version = exhibits.findById(id).orElseThrow().getVersion();
        return new DraftWithBanner(id, uploadBanner(id, version, fileName, bytes));
    }

    /** A draft created with its banner. */
    public record DraftWithBanner(long exhibitId, BannerUploaded banner) {}

    /** Checks content without saving it: what the editor shows next to a field as soon as it is changed. */
    @PreAuthorize(CURATORS)
    public List<ExhibitViolation> check(ExhibitContent content) {
        return ExhibitRules.violations(content);
    }

    /** What a banner upload left: the banner shown now and the exhibit's new version. */
    public record BannerUploaded(long bannerId, int width, int height, long version) {}

    /**
     * The page exactly as buyers would see it with this (perhaps unsaved) content, the saved banner of exhibit
     * {@code id} (null for a new one) and only the items still published.
     */
    @PreAuthorize(CURATORS)
    public ExhibitPage preview(Long id, ExhibitContent content) {
        Exhibit saved = id == null ? null : exhibits.findById(id).orElse(null);
        return page(saved, content, id);
    }

    @PreAuthorize(CURATORS)
    public List<ExhibitHistoryEntry> history(long id) {
        return changes.findByExhibitIdOrderByChangedAtDescIdDesc(id).stream()
                .map(ExhibitChange::toEntry)
                .toList();
    }

    /** Published listings for the picker, through the search index (the buyer's search). */
    @PreAuthorize(CURATORS)
    public SearchResults searchListings(String text, int page, Locale locale) {
        return search.search(new SearchRequest(text, page, locale));
    }

    /** Merchants for the picker, by name. */
    @PreAuthorize(CURATORS)
    public List<MerchantSummary> searchMerchants(String text, int limit) {
        return merchants.findByName(text, 0, limit).stream()
                .filter(MerchantSummary::isActive)
                .toList();
    }

    /** A standing hall for a track, published at once (the demo data creates one per track of plan §9). */
    @Transactional
    @PreAuthorize(CURATORS)
    public long createHall(String trackCode, ExhibitContent content) {
        requireFreeSlug(content.slug(), null);
        Exhibit hall = new Exhibit(content, trackCode, clock.instant());
        hall.publish(clock.instant());
        hall = exhibits.save(hall);
        record(hall, "created", List.of());
        record(hall, "published", List.of());
        return hall.getId();
    }

    // ---- internals

    private Exhibit current(long id, long version) {
        Exhibit exhibit = exhibits.findById(id).orElseThrow(() -> new IllegalArgumentException("No exhibit " + id));
        if (exhibit.getVersion() != version) {
            throw new StaleExhibit(id);
        }
        return exhibit;
    }

    private void requireFreeSlug(String slug, Long id) {
        if (slug == null) {
            return;
        }
        boolean taken = id == null ? exhibits.existsBySlug(slug) : exhibits.existsBySlugAndIdNot(slug, id);
        if (taken) {
            throw new InvalidExhibit(List.of(ExhibitViolation.of("slug", "exhibits.error.slug-taken")));
        }
    }

    private void record(Exhibit exhibit, String action, List<String> fields) {
        changes.save(new ExhibitChange(exhibit.getId(), clock.instant(), audit.currentActor(), action, fields));
        events.publishEvent(new ExhibitChanged(exhibit.getId()));
    }

    private ExhibitForm form(Exhibit e) {
        return new ExhibitForm(
                e.getId(),
                e.getVersion(),
                e.getHallTrack(),
                e.getState(),
                e.isLiveAt(clock.instant()),
                e.content(),
                e.getBannerId(),
                e.getBannerWidth(),
                e.getBannerHeight(),
                describe(e.getItems()));
    }

    private ExhibitPage page(Exhibit saved, ExhibitContent c, Long id) {
        Targets targets = targets(c.items());
        List<ExhibitPage.Item> items = new ArrayList<>();
        for (ItemRef item : c.items()) {
            if (!targets.shown(item)) {
                continue;
            }
            items.add(
                    item.kind() == ItemKind.LISTING
                            ? new ExhibitPage.Item(
                                    item.kind(), targets.listings().get(item.targetId()), null, item.note())
                            : new ExhibitPage.Item(
                                    item.kind(), null, targets.merchants().get(item.targetId()), item.note()));
        }
        return new ExhibitPage(
                id,
                c.slug(),
                saved == null ? null : saved.getHallTrack(),
                c.title(),
                c.subtitle(),
                c.intro(),
                c.accentColour(),
                saved == null ? null : saved.getBannerId(),
                saved == null ? null : saved.getBannerWidth(),
                saved == null ? null : saved.getBannerHeight(),
                c.startsAt() == null ? null : c.startsAt().atZone(c.zone()).toInstant(),
                c.endsAt() == null ? null : c.endsAt().atZone(c.zone()).toInstant(),
                c.zone(),
                items);
    }

    private List<ExhibitSummary> summaries(List<Exhibit> found) {
        Targets targets =
                targets(found.stream().flatMap(e -> e.getItems().stream()).toList());
        return found.stream()
                .map(e -> new ExhibitSummary(
                        e.getSlug(),
                        e.getHallTrack(),
                        orEmpty(e.getTitle()),
                        orEmpty(e.getSubtitle()),
                        e.getAccentColour(),
                        e.getBannerId(),
                        e.getBannerWidth(),
                        e.getBannerHeight(),
                        e.getStartsAt(),
                        e.getEndsAt(),
                        e.getZone(),
                        (int) e.getItems().stream().filter(targets::shown).count()))
                .toList();
    }

    /** The listings and merchants some items point at, loaded in two queries. */
    private Targets targets(Collection<ItemRef> items) {
        List<Long> listingIds = new ArrayList<>();
        Set<Long> merchantIds = new LinkedHashSet<>();
        for (ItemRef i : items) {
            if (i.kind() == ItemKind.LISTING) {
                listingIds.add(i.targetId());
            } else {
                merchantIds.add(i.targetId());
            }
        }
        Map<Long, ListingDetails> listings = listingIds.isEmpty()
                ? Map.of()
                : catalog.details(listingIds.stream().distinct().toList()).stream()
                        .collect(Collectors.toMap(ListingDetails::id, Function.identity(), (a, b) -> a));
        Map<Long, MerchantSummary> merchantsById =
                merchantIds.isEmpty() ? Map.of() : new HashMap<>(merchants.findAll(merchantIds));
        return new Targets(listings, merchantsById);
    }

    private record Targets(Map<Long, ListingDetails> listings, Map<Long, MerchantSummary> merchants) {

        /** Buyers see a listing while it is published by an active merchant, and a merchant while it is active. */
        boolean shown(ItemRef item) {
            if (item.kind() == ItemKind.LISTING) {
                ListingDetails l = listings.get(item.targetId());
                return l != null
                        && l.isPublished()
                        && l.merchant() != null
                        && l.merchant().isActive();
            }
            MerchantSummary m = merchants.get(item.targetId());
            return m != null && m.isActive();
        }
    }

    private static Bilingual orEmpty(Bilingual text) {
        return text == null ? Bilingual.of(null, null) : text;
    }
}
