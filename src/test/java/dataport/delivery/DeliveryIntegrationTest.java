package dataport.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dataport.IntegrationTest;
import dataport.catalog.CatalogService;
import dataport.catalog.DeliveryMode;
import dataport.catalog.DemoSignIn;
import dataport.catalog.PricingModel;
import dataport.orders.PurchasedItem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** Deliverables, download entitlements and their refusals against the real database, with made-up paid orders. */
@IntegrationTest
class DeliveryIntegrationTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    Deliverables deliverables;

    @Autowired
    DeliverableStore store;

    @Autowired
    EntitlementGrants grants;

    @Autowired
    Entitlements entitlements;

    @Autowired
    Downloads downloads;

    @Autowired
    DownloadLinks links;

    @Autowired
    DeliveryViews views;

    @Autowired
    CatalogService catalog;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transaction;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private DeliveryFixtures fixtures() {
        return new DeliveryFixtures(context);
    }

    @Test
    void aMerchantUploadsAFileInChunksAndSeesItsSha256() {
        DeliveryFixtures f = fixtures();
        long listing = f.fileListing();
        byte[] csv = DeliveryFixtures.csv(3 * 1024 * 1024 + 100);

        DeliverableInfo info = f.upload(listing, "ports.csv", csv);

        assertThat(info.sha256()).isEqualTo(DeliveryFixtures.sha256(csv));
        assertThat(info.size()).isEqualTo(csv.length);
        assertThat(info.contentType()).isEqualTo("text/csv");
        assertThat(deliverables.files(listing).orElseThrow().current()).isEqualTo(info);
        assertThat(jdbc.queryForObject(
                        "select count(*) from delivery_chunk where deliverable_id = ?", Integer.class, info.id()))
                .isEqualTo(4);
    }

    @Test
    void aRefusedUploadLeavesNothingBehind() {
        DeliveryFixtures f = fixtures();
        long listing = f.fileListing();
        Integer before = jdbc.queryForObject("select count(*) from delivery_deliverable", Integer.class);

        assertThatThrownBy(() -> f.upload(listing, "ports.zip", DeliveryFixtures.csv(1000)))
                .isInstanceOf(InvalidDeliverable.class)
                .hasMessage("delivery.upload.mislabelled");
        byte[] cutOffZip = {'P', 'K', 3, 4, 20, 0, 0, 0, 1, 2, 3};
        assertThatThrownBy(() -> f.upload(listing, "ports.zip", cutOffZip)).hasMessage("delivery.upload.corrupt");

        assertThat(jdbc.queryForObject("select count(*) from delivery_deliverable", Integer.class))
                .isEqualTo(before);
        assertThat(deliverables.files(listing).orElseThrow().current()).isNull();
    }

    @Test
    void aFileOverTheLimitIsRefusedAfterStreamingNoFurtherThanTheLimit() {
        DeliveryFixtures f = fixtures();
        long listing = f.fileListing();
        byte[] csv = DeliveryFixtures.csv(2 * 1024 * 1024 + 10);

        assertThatThrownBy(() -> store.store(
                        listing,
                        f.demoMerchantId(),
                        null,
                        "big.csv",
                        new ByteArrayInputStream(csv),
                        Instant.now(),
                        2L * 1024 * 1024))
                .hasMessage("delivery.upload.too-large");
        assertThat(store.history(listing)).isEmpty();
        assertThat(jdbc.queryForObject(
                        "select count(*) from delivery_deliverable where listing_id = ?", Integer.class, listing))
                .isZero();
    }

    @Test
    void aMerchantCannotSeeOrFillAnotherMerchantsListing() {
        DeliveryFixtures f = fixtures();
        long others = catalog.details(catalog.publishedIds()).stream()
                .filter(l -> l.content().deliveryMode() == DeliveryMode.FILE
                        && l.merchant().id() != f.demoMerchantId())
                .findFirst()
                .orElseThrow()
                .id();
        DemoSignIn.as(f.signIn, DemoSignIn.MERCHANT);

        assertThat(deliverables.files(others)).isEmpty();
        assertThatThrownBy(() -> deliverables.upload(others, "a.csv", new ByteArrayInputStream("a".getBytes())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theBuyerDownloadsTheFileByteIdenticalFiveTimesAndNoMore() throws Exception {
        DeliveryFixtures f = fixtures();
        long listing = f.fileListing();
        byte[] csv = DeliveryFixtures.csv(1024 * 1024 + 5);
        DeliverableInfo file = f.upload(listing, "ports.csv", csv);
        PurchasedItem item = paidFileOrderWith(f, listing, file, null);

        DemoSignIn.as(f.signIn, DemoSignIn.BUYER);
        for (int i = 0; i < EntitlementGrants.DOWNLOADS_PER_ORDER; i++) {
            DeliveryOverview overview = views.overview(item, true);
            assertThat(overview.link()).as("download %d", i + 1).isNotNull();
            Link link = Link.of(overview.link().href());
            Downloads.Outcome outcome = downloads.start(link.orderId, link.fileId, link.expires, link.signature);
            assertThat(outcome.refusal()).isNull();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            downloads.send(outcome.started(), out);
            assertThat(DeliveryFixtures.sha256(out.toByteArray())).isEqualTo(file.sha256());
        }

        DeliveryOverview after = views.overview(item, true);
        assertThat(after.link()).as("no link once the downloads are used").isNull();
        assertThat(after.entitlement().downloadsLeft()).isZero();
        assertThat(after.downloads()).hasSize(5).allSatisfy(d -> {
            assertThat(d.bytes()).isEqualTo(csv.length);
            assertThat(d.completed()).isTrue();
            assertThat(d.userId()).isEqualTo(f.userId(DemoSignIn.BUYER));
        });
        Link stillSigned = Link.of(links.sign(item.orderId(), file.id()).path());
        assertThat(downloads
                        .start(stillSigned.orderId, stillSigned.fileId, stillSigned.expires, stillSigned.signature)
                        .refusal())
                .isEqualTo(Refusal.USED_UP);
    }

    @Test
    void tamperedExpiredAnonymousAndOtherBuyersRequestsAreRefusedWithoutCounting() {
        DeliveryFixtures f = fixtures();
        long listing = f.fileListing();
        DeliverableInfo file = f.upload(listing, "ports.csv", DeliveryFixtures.csv(2000));
        PurchasedItem item = paidFileOrderWith(f, listing, file, null);
        Link good = Link.of(links.sign(item.orderId(), file.id()).path());
        long past = Instant.now().minusSeconds(60).getEpochSecond();

        DemoSignIn.as(f.signIn, DemoSignIn.BUYER);
        assertThat(downloads
                        .start(good.orderId, good.fileId, good.expires, good.signature + "0")
                        .refusal())
                .isEqualTo(Refusal.TAMPERED);
        assertThat(downloads
                        .start(good.orderId, good.fileId + 1, good.expires, good.signature)
                        .refusal())
                .isEqualTo(Refusal.TAMPERED);
        assertThat(downloads
                        .start(good.orderId, good.fileId, past, links.signature(good.orderId, good.fileId, past))
                        .refusal())
                .isEqualTo(Refusal.EXPIRED);
        DemoSignIn.as(f.signIn, DemoSignIn.MERCHANT);
        assertThat(downloads
                        .start(good.orderId, good.fileId, good.expires, good.signature)
                        .refusal())
                .isEqualTo(Refusal.NOT_YOURS);
        SecurityContextHolder.clearContext();
        assertThat(downloads
                        .start(good.orderId, good.fileId, good.expires, good.signature)
                        .refusal())
                .isEqualTo(Refusal.SIGN_IN);

        assertThat(entitlements.findByOrderId(item.orderId()).orElseThrow().getDownloadsUsed())
                .isZero();
    }

    @Test
    void aSubscriptionsDownloadsStopWhenItsAccessEnds() {
        DeliveryFixtures f = fixtures();
        long listing = f.fileListing();
        DeliverableInfo file = f.upload(listing, "ports.csv", DeliveryFixtures.csv(2000));
        PurchasedItem item = paidFileOrderWith(f, listing, file, Instant.now().plus(Duration.ofDays(30)));
        Link link = Link.of(links.sign(item.orderId(), file.id()).path());

        grants.end(item.orderId(), Instant.now().minusSeconds(1));

        DemoSignIn.as(f.signIn, DemoSignIn.BUYER);
        assertThat(downloads
                        .start(link.orderId, link.fileId, link.expires, link.signature)
                        .refusal())
                .isEqualTo(Refusal.ACCESS_ENDED);
        DeliveryOverview overview = views.overview(item, true);
        assertThat(overview.entitlement().active()).isFalse();
        assertThat(overview.link()).isNull();
    }

    @Test
    void anOrderKeepsTheFileItGotWhenTheMerchantReplacesIt() {
        DeliveryFixtures f = fixtures();
        long listing = f.fileListing();
        DeliverableInfo first = f.upload(listing, "v1.csv", DeliveryFixtures.csv(2000));
        PurchasedItem item = paidFileOrderWith(f, listing, first, null);

        DeliverableInfo second = f.upload(listing, "v2.csv", DeliveryFixtures.csv(3000));

        assertThat(views.overview(item, false).file()).isEqualTo(first);
        assertThat(views.overview(item, false).listingFile()).isEqualTo(second);
        assertThat(deliverables.files(listing).orElseThrow().history()).containsExactly(second, first);
    }

    /** A paid FILE order granted and given its file as the OrderPaid listener does (without the real order). */
    private PurchasedItem paidFileOrderWith(
            DeliveryFixtures f, long listing, DeliverableInfo file, Instant accessUntil) {
        PurchasedItem item = f.purchase(
                listing,
                DeliveryMode.FILE,
                accessUntil == null ? PricingModel.ONE_OFF : PricingModel.SUBSCRIPTION,
                accessUntil);
        transaction.executeWithoutResult(tx -> grants.grant(item).attach(file.id()));
        return item;
    }

    /** The parts of a signed download link. */
    record Link(long orderId, long fileId, long expires, String signature) {

        static Link of(String href) {
            var p = DownloadLinksTest.Parsed.of(href);
            return new Link(p.orderId(), p.fileId(), p.expires(), p.signature());
        }
    }
}
