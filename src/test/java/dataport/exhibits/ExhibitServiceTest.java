package dataport.exhibits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dataport.IntegrationTest;
import dataport.catalog.CatalogService;
import dataport.catalog.DemoSignIn;
import dataport.catalog.InvalidUpload;
import dataport.catalog.ListingAuthoring;
import dataport.catalog.TestListings;
import dataport.merchants.MerchantService;
import dataport.shared.Bilingual;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@IntegrationTest
@RecordApplicationEvents
class ExhibitServiceTest {

    static final String CURATOR = "curator@dataport.example";
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    ExhibitService exhibits;

    @Autowired
    CatalogService catalog;

    @Autowired
    ListingAuthoring authoring;

    @Autowired
    MerchantService merchants;

    @Autowired
    AuthenticationProvider signIn;

    @BeforeEach
    void signInAsCurator() {
        DemoSignIn.as(signIn, CURATOR);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void buyersSeeAPublishedExhibitOnlyOnceItsStartHasPassed() {
        LocalDateTime now = LocalDateTime.now(SHANGHAI).truncatedTo(ChronoUnit.MINUTES);
        long started = exhibits.create(content(slug("started"), now.minusMinutes(5), null, 0, twoListings()));
        long later = exhibits.create(content(slug("later"), now.plusHours(1), null, 0, twoListings()));
        exhibits.publish(started, version(started));
        exhibits.publish(later, version(later));

        assertThat(exhibits.live())
                .extracting(ExhibitSummary::slug)
                .contains(slugOf(started))
                .doesNotContain(slugOf(later));
        assertThat(exhibits.findLive(slugOf(started))).isPresent();
        assertThat(exhibits.findLive(slugOf(later))).as("not before its start").isEmpty();
    }

    @Test
    void theHomePagesCopyHoldsTheExhibitsLiveAtSomeMomentOfItsWindow() {
        LocalDateTime now = LocalDateTime.now(SHANGHAI).truncatedTo(ChronoUnit.MINUTES);
        long soon = exhibits.create(content(slug("soon"), now.plusMinutes(10), now.plusMinutes(20), 0, List.of()));
        long later = exhibits.create(content(slug("much-later"), now.plusHours(2), null, 0, List.of()));
        long over = exhibits.create(content(slug("over"), now.minusHours(2), now.minusHours(1), 0, List.of()));
        for (long id : List.of(soon, later, over)) {
            exhibits.publish(id, version(id));
        }
        Instant from = now.atZone(SHANGHAI).toInstant();

        List<ExhibitSummary> window = exhibits.liveBetween(from, from.plus(Duration.ofHours(1)));

        assertThat(window)
                .extracting(ExhibitSummary::slug)
                .contains(slugOf(soon))
                .doesNotContain(slugOf(later), slugOf(over));
        ExhibitSummary summary = window.stream()
                .filter(e -> e.slug().equals(slugOf(soon)))
                .findFirst()
                .orElseThrow();
        assertThat(summary.isLiveAt(from)).isFalse();
        assertThat(summary.isLiveAt(from.plus(Duration.ofMinutes(10)))).isTrue();
        assertThat(summary.isLiveAt(from.plus(Duration.ofMinutes(20)))).isFalse();
    }

    @Test
    void everyChangeCuratorsMakeIsAnnounced(@Autowired ApplicationEvents events) {
        long id = exhibits.create(content(slug("announced"), null, null, 0, List.of()));
        exhibits.publish(id, version(id));
        exhibits.archive(id, version(id));

        assertThat(events.stream(ExhibitChanged.class)).hasSize(3).allMatch(e -> e.exhibitId() == id);
    }

    @Test
    void aDraftAndAnExpiredExhibitAreNotShown() {
        LocalDateTime now = LocalDateTime.now(SHANGHAI);
        long draft = exhibits.create(content(slug("draft"), null, null, 0, twoListings()));
        long expired = exhibits.create(content(slug("expired"), now.minusDays(2), now.minusDays(1), 0, twoListings()));
        exhibits.publish(expired, version(expired));

        assertThat(exhibits.live()).extracting(ExhibitSummary::slug).doesNotContain(slugOf(draft), slugOf(expired));
    }

    @Test
    void overlappingExhibitsAreOrderedByPriorityThenStart() {
        LocalDateTime now = LocalDateTime.now(SHANGHAI);
        long low = exhibits.create(content(slug("low"), now.minusHours(3), now.plusHours(3), 1, List.of()));
        long high = exhibits.create(content(slug("high"), now.minusHours(1), now.plusHours(1), 900, List.of()));
        long lowEarlier = exhibits.create(content(slug("low-earlier"), now.minusHours(4), null, 1, List.of()));
        for (long id : List.of(low, high, lowEarlier)) {
            exhibits.publish(id, version(id));
        }

        List<String> order = exhibits.live().stream().map(ExhibitSummary::slug).toList();
        assertThat(order.indexOf(slugOf(high))).isLessThan(order.indexOf(slugOf(lowEarlier)));
        assertThat(order.indexOf(slugOf(lowEarlier))).isLessThan(order.indexOf(slugOf(low)));
    }

    @Test
    void anEndBeforeTheStartAndATakenAddressAreRefused() {
        LocalDateTime now = LocalDateTime.now(SHANGHAI);
        assertThatThrownBy(() -> exhibits.create(content(slug("backwards"), now, now.minusHours(1), 0, List.of())))
                .isInstanceOfSatisfying(
                        InvalidExhibit.class,
                        e -> assertThat(e.errors()).containsEntry("endsAt", "exhibits.error.end-before-start"));

        long first = exhibits.create(content(slug("taken"), null, null, 0, List.of()));
        assertThatThrownBy(() -> exhibits.create(content(slugOf(first), null, null, 0, List.of())))
                .isInstanceOfSatisfying(
                        InvalidExhibit.class,
                        e -> assertThat(e.errors()).containsEntry("slug", "exhibits.error.slug-taken"));
    }

    @Test
    void whenTwoCuratorsEditTheSameVersionTheSecondSaveIsRefusedAndTheFirstKept() {
        long id = exhibits.create(content(slug("concurrent"), null, null, 0, List.of()));
        ExhibitForm mine = exhibits.edit(id).orElseThrow();
        ExhibitForm theirs = exhibits.edit(id).orElseThrow();

        exhibits.save(id, theirs.version(), withTitle(theirs.content(), "Theirs"));

        assertThatThrownBy(() -> exhibits.save(id, mine.version(), withTitle(mine.content(), "Mine")))
                .isInstanceOf(StaleExhibit.class);
        assertThat(exhibits.edit(id).orElseThrow().content().title().en()).isEqualTo("Theirs");
    }

    @Test
    void itemsThatAreNotPublishedAreLeftOutForBuyersAndFlaggedToCurators() {
        DemoSignIn.as(signIn, DemoSignIn.MERCHANT);
        long draft = authoring.create(TestListings.content("Unpublished port data", "未发布的港口数据"));
        DemoSignIn.as(signIn, CURATOR);
        List<Long> published = catalog.publishedIds();
        long merchant = merchants.findAll().getFirst().id();
        long id = exhibits.create(content(
                slug("hidden"),
                LocalDateTime.now(SHANGHAI).minusMinutes(1),
                null,
                0,
                List.of(
                        new ItemRef(ItemKind.LISTING, published.getFirst(), Bilingual.of("Start here", "从这里开始")),
                        new ItemRef(ItemKind.LISTING, draft, null),
                        new ItemRef(ItemKind.MERCHANT, merchant, null))));
        exhibits.publish(id, version(id));

        ExhibitPage page = exhibits.findLive(slugOf(id)).orElseThrow();
        assertThat(page.items())
                .extracting(ExhibitPage.Item::kind)
                .containsExactly(ItemKind.LISTING, ItemKind.MERCHANT);
        assertThat(page.items().getFirst().note().zh()).isEqualTo("从这里开始");
        assertThat(exhibits.list())
                .filteredOn(r -> r.id() == id)
                .singleElement()
                .satisfies(r -> {
                    assertThat(r.items()).isEqualTo(3);
                    assertThat(r.hiddenItems()).isEqualTo(1);
                    assertThat(r.live()).isTrue();
                });
        assertThat(exhibits.edit(id).orElseThrow().items())
                .extracting(CuratedItem::shown)
                .containsExactly(true, false, true);
    }

    @Test
    void theHistorySaysWhoChangedWhatAndWhen() {
        long id = exhibits.create(content(slug("history"), null, null, 0, List.of()));
        ExhibitForm form = exhibits.edit(id).orElseThrow();
        long v = exhibits.save(id, form.version(), withTitle(form.content(), "Renamed"));
        exhibits.publish(id, v);

        List<ExhibitHistoryEntry> history = exhibits.history(id);
        assertThat(history).extracting(ExhibitHistoryEntry::action).containsExactly("published", "saved", "created");
        assertThat(history).allSatisfy(h -> assertThat(h.actor()).isEqualTo(CURATOR));
        assertThat(history.get(1).fields()).containsExactly("title");
    }

    @Test
    void aBannerGivenToANewExhibitIsKeptWithItsDraftAndARefusedOneCreatesNothing() throws IOException {
        String refused = slug("banner-refused");
        assertThatThrownBy(() -> exhibits.createWithBanner(
                        content(refused, null, null, 0, List.of()),
                        "banner.png",
                        "not an image".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidUpload.class);
        assertThat(exhibits.list()).extracting(CurationRow::slug).doesNotContain(refused);

        ExhibitService.DraftWithBanner draft = exhibits.createWithBanner(
                content(slug("banner-new"), null, null, 0, List.of()), "b.png", png(800, 200));

        ExhibitForm form = exhibits.edit(draft.exhibitId()).orElseThrow();
        assertThat(form.bannerId()).isEqualTo(draft.banner().bannerId());
        assertThat(form.version()).isEqualTo(draft.banner().version());
        assertThat(form.state()).isEqualTo(ExhibitState.DRAFT);
        assertThat(exhibits.history(draft.exhibitId()))
                .extracting(ExhibitHistoryEntry::action)
                .containsExactly("banner", "created");
    }

    @Test
    void anOverLongNoteIsRefusedOnItsOwnItemWithTheLimit() {
        List<ItemRef> items = new java.util.ArrayList<>(twoListings());
        ItemRef second = items.get(1);
        items.set(1, new ItemRef(second.kind(), second.targetId(), Bilingual.of(null, "注".repeat(601))));

        assertThatThrownBy(() -> exhibits.create(content(slug("long-note"), null, null, 0, items)))
                .isInstanceOfSatisfying(
                        InvalidExhibit.class,
                        e -> assertThat(e.violations())
                                .containsExactly(new ExhibitViolation(
                                        "items.1.note.zh", "exhibits.error.too-long", List.of(600, 601))));
    }

    @Test
    void bannersMustBeImagesWithinTheLimitAndAreStoredScaledDown() throws IOException {
        long id = exhibits.create(content(slug("banner"), null, null, 0, List.of()));

        assertThatThrownBy(() -> exhibits.uploadBanner(
                        id, version(id), "banner.png", "not an image".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidUpload.class);
        assertThatThrownBy(() -> exhibits.uploadBanner(
                        id, version(id), "huge.png", new byte[ExhibitService.BANNER_MAX_BYTES + 1]))
                .isInstanceOfSatisfying(
                        InvalidUpload.class, e -> assertThat(e.messageKey()).isEqualTo("workspace.upload.too-large"));

        ExhibitService.BannerUploaded banner = exhibits.uploadBanner(id, version(id), "wide.png", png(2400, 600));

        assertThat(banner.width()).isEqualTo(ExhibitService.BANNER_WIDTH);
        assertThat(banner.height()).isEqualTo(400);
        assertThat(exhibits.banner(banner.bannerId())).startsWith((byte) 0xFF, (byte) 0xD8);
        assertThat(exhibits.edit(id).orElseThrow().bannerId()).isEqualTo(banner.bannerId());
    }

    @Test
    void theDemoDataHasAStandingHallForEachOfThePlansTenTracks() {
        List<ExhibitSummary> halls = exhibits.halls();

        assertThat(halls)
                .extracting(ExhibitSummary::hallTrack)
                .containsExactly(
                        "cloud",
                        "data",
                        "digital-content",
                        "ecommerce",
                        "intl-data",
                        "metaverse",
                        "nft",
                        "quantum",
                        "cryptography",
                        "data-security");
        assertThat(halls).allSatisfy(h -> assertThat(h.shownItems()).isGreaterThanOrEqualTo(4));
        assertThat(exhibits.findLive("hall-quantum").orElseThrow().items()).isNotEmpty();
    }

    @Test
    void featuredMerchantsAreDomesticAndForeign() {
        var featured = exhibits.featuredMerchants(3);

        assertThat(featured).hasSize(6);
        assertThat(featured)
                .extracting(m -> m.origin().name())
                .containsOnly("DOMESTIC", "FOREIGN")
                .contains("DOMESTIC", "FOREIGN");
    }

    // ---- helpers

    private long version(long id) {
        return exhibits.edit(id).orElseThrow().version();
    }

    private String slugOf(long id) {
        return exhibits.edit(id).orElseThrow().content().slug();
    }

    private static String slug(String name) {
        return "t-" + name + "-" + SEQUENCE.incrementAndGet() + "-" + (System.nanoTime() % 100_000);
    }

    private List<ItemRef> twoListings() {
        List<Long> ids = catalog.publishedIds();
        return List.of(
                new ItemRef(ItemKind.LISTING, ids.get(0), null), new ItemRef(ItemKind.LISTING, ids.get(1), null));
    }

    static ExhibitContent content(
            String slug, LocalDateTime start, LocalDateTime end, int priority, List<ItemRef> items) {
        return new ExhibitContent(
                slug,
                Bilingual.of("Exhibit " + slug, "展览 " + slug),
                Bilingual.of("Subtitle", null),
                Bilingual.of("An **introduction**", "简介"),
                "#0b3d91",
                start,
                end,
                SHANGHAI,
                priority,
                items);
    }

    private static ExhibitContent withTitle(ExhibitContent c, String title) {
        return new ExhibitContent(
                c.slug(),
                Bilingual.of(title, c.title().zh()),
                c.subtitle(),
                c.intro(),
                c.accentColour(),
                c.startsAt(),
                c.endsAt(),
                c.zone(),
                c.priority(),
                c.items());
    }

    private static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
