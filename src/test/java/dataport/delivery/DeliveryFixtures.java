package dataport.delivery;

import dataport.accounts.AccountService;
import dataport.catalog.DeliveryMode;
import dataport.catalog.DemoSignIn;
import dataport.catalog.ListingAuthoring;
import dataport.catalog.PricingModel;
import dataport.catalog.TestListings;
import dataport.merchants.MerchantService;
import dataport.orders.OrderStatus;
import dataport.orders.PurchasedItem;
import dataport.shared.Bilingual;
import dataport.shared.Money;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.AuthenticationProvider;

/**
 * Data for delivery tests: a FILE listing of the demo merchant (a draft, so the catalogue buyers see is unchanged)
 * with a file, and purchases of it as the orders module describes them, for code that needs no real order.
 */
public class DeliveryFixtures {

    /** Far above any real order id, so made-up purchases never meet real orders. */
    private static final AtomicLong NEXT_ORDER = new AtomicLong(9_000_000_000L + System.nanoTime() % 1_000_000_000L);

    final AuthenticationProvider signIn;
    final AccountService accounts;
    final ListingAuthoring authoring;
    final MerchantService merchants;
    final Deliverables deliverables;

    public DeliveryFixtures(ApplicationContext context) {
        this.signIn = context.getBean(AuthenticationProvider.class);
        this.accounts = context.getBean(AccountService.class);
        this.authoring = context.getBean(ListingAuthoring.class);
        this.merchants = context.getBean(MerchantService.class);
        this.deliverables = context.getBean(Deliverables.class);
    }

    public AuthenticationProvider accountsSignIn() {
        return signIn;
    }

    public long userId(String email) {
        return accounts.findByEmail(email).orElseThrow().id();
    }

    public long demoMerchantId() {
        return merchants
                .findForMember(userId(DemoSignIn.MERCHANT))
                .orElseThrow()
                .id();
    }

    /** A new FILE listing (draft) of the demo merchant; leaves the merchant signed in. */
    public long fileListing() {
        DemoSignIn.as(signIn, DemoSignIn.MERCHANT);
        long n = NEXT_ORDER.incrementAndGet();
        return authoring.create(TestListings.content("Delivery test " + n, "交付测试 " + n));
    }

    /** Uploads {@code bytes} as the listing's file, as the demo merchant. */
    public DeliverableInfo upload(long listingId, String name, byte[] bytes) {
        DemoSignIn.as(signIn, DemoSignIn.MERCHANT);
        return deliverables.upload(listingId, name, new ByteArrayInputStream(bytes));
    }

    public PurchasedItem purchase(long listingId, DeliveryMode mode, PricingModel model, Instant accessUntil) {
        long orderId = NEXT_ORDER.incrementAndGet();
        return new PurchasedItem(
                orderId,
                "DPTEST-" + orderId,
                userId(DemoSignIn.BUYER),
                demoMerchantId(),
                listingId,
                Bilingual.of("Delivery test listing", "交付测试商品"),
                Bilingual.of("Harbour Data", "港湾数据"),
                Bilingual.of("Annual extract", "年度数据"),
                mode,
                model,
                null,
                1,
                Money.of("1999.00", "CNY"),
                OrderStatus.PAID,
                Instant.now(),
                accessUntil);
    }

    /** A CSV of about {@code bytes} bytes, several chunks long when large. */
    public static byte[] csv(int bytes) {
        StringBuilder csv = new StringBuilder("port,month,teu\n");
        int row = 0;
        while (csv.length() < bytes) {
            csv.append("上海,2026-")
                    .append(row % 12 + 1)
                    .append(',')
                    .append(1_000_000 + row++)
                    .append('\n');
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(DeliverableStore.sha256().digest(bytes));
    }
}
