package dataport.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import dataport.e2e.pages.CheckoutPage;
import dataport.e2e.pages.CheckoutReturnPage;
import dataport.e2e.pages.DeliverablePage;
import dataport.e2e.pages.ListingEditorPage;
import dataport.e2e.pages.ListingPage;
import dataport.e2e.pages.LoginPage;
import dataport.e2e.pages.MerchantOrderPage;
import dataport.e2e.pages.PurchasePage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * Delivery after a payment through the Stripe emulator's hosted page: a file listing's file downloads byte-identical
 * (its SHA-256 is the one shown) and the buyer accepts; a dedicated-line order is marked delivered by the merchant
 * with a note the buyer reads. Screenshots of the purchase page and the merchant's order page at 1280 and 390 px, in
 * English and Chinese.
 */
class DeliveryTest extends E2eTest {

    static final String PASSWORD = "DataPort-Demo-2026!";
    /** The demo catalogue's file listing from a foreign merchant (hoshizora-interactive, one-off). */
    static final String FILE_LISTING = "Anime Character IP Licence";
    /** The demo merchant's (harbour-data) dedicated line with a one-off plan (its third). */
    static final String LINE_LISTING = "Internet Exchange Port Service";

    @Test
    void aBuyerPaysForAFileDownloadsItByteIdenticalAndAcceptsDelivery() throws Exception {
        page.setViewportSize(1280, 900);
        new LoginPage(page).open().signIn("buyer@dataport.example", PASSWORD);
        long order = buy(page, FILE_LISTING, 0);

        PurchasePage purchase = new PurchasePage(page).openWhenDelivered(order);
        assertThat(purchase.status()).isEqualTo("Delivered");
        assertThat(purchase.downloadsLeft()).startsWith("5 of 5");
        Download download = purchase.download();
        byte[] bytes = Files.readAllBytes(download.path());
        assertThat(sha256(bytes)).isEqualTo(purchase.sha256());
        assertThat(download.suggestedFilename()).endsWith(".csv");
        purchase.open(order);
        assertThat(purchase.downloadsLeft()).startsWith("4 of 5");
        screenshot("purchase-1280-en");

        String tampered = purchase.downloadHref().replace("signature=", "signature=0");
        APIResponse refused = page.request().get(tampered);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.text()).contains("Download refused");

        purchase.accept();
        assertThat(purchase.status()).isEqualTo("Accepted");

        useViewport(Viewport.MOBILE, "zh-CN");
        new LoginPage(page).open().signIn("buyer@dataport.example", PASSWORD);
        PurchasePage phone = new PurchasePage(page).open(order);
        assertThat(phone.status()).isEqualTo("已确认收货");
        assertThat(page.locator("#accepted")).isVisible();
        assertNoHorizontalScroll();
        screenshot("purchase-390-zh");
    }

    @Test
    void theMerchantMarksAServiceOrderDeliveredWithANoteTheBuyerReads() {
        useViewport(Viewport.MOBILE, "en-US");
        new LoginPage(page).open().signIn("buyer@dataport.example", PASSWORD);
        long order = buy(page, LINE_LISTING, 2);

        Page merchant = anotherPerson(Viewport.DESKTOP, "zh-CN");
        merchant.setViewportSize(1280, 900);
        new LoginPage(merchant).open().signIn("merchant@dataport.example", PASSWORD);
        MerchantOrderPage sale = new MerchantOrderPage(merchant).open(order);
        assertThat(sale.steps()).contains("开通并测试线路");
        screenshot(merchant, "merchant-order-1280-zh");
        sale.markDelivered("专线已开通：端口 7，VLAN 210。测试报告已发送至您的邮箱。");
        assertThat(sale.state()).isEqualTo("已交付，等待买家确认收货。");

        Page merchantPhone = anotherPerson(Viewport.MOBILE, "en-US");
        new LoginPage(merchantPhone).open().signIn("merchant@dataport.example", PASSWORD);
        new MerchantOrderPage(merchantPhone).open(order);
        assertNoHorizontalScroll(merchantPhone);
        screenshot(merchantPhone, "merchant-order-390-en");

        PurchasePage purchase = new PurchasePage(page).open(order);
        assertThat(purchase.notes()).contains("端口 7");
        assertThat(purchase.status()).isEqualTo("Delivered");
        assertNoHorizontalScroll();
        screenshot("purchase-service-390-en");
        purchase.accept();

        Page desktopZh = anotherPerson(Viewport.DESKTOP, "zh-CN");
        desktopZh.setViewportSize(1280, 900);
        new LoginPage(desktopZh).open().signIn("buyer@dataport.example", PASSWORD);
        new PurchasePage(desktopZh).open(order);
        assertThat(desktopZh.locator("#order-status")).hasText("已确认收货");
        screenshot(desktopZh, "purchase-1280-zh");
    }

    @Test
    void aMerchantUploadsTheFileOfAFileListingAndSeesItsSha256AndAWrongFileIsRefused() throws Exception {
        page.setViewportSize(1280, 900);
        new LoginPage(page).open().signIn("merchant@dataport.example", PASSWORD);
        String run = Long.toString(System.currentTimeMillis(), 36);
        ListingEditorPage editor = new ListingEditorPage(page).open();
        editor.category("Cloud services / Cloud storage");
        editor.titles("Yangshan berth history " + run, "洋山港泊位历史 " + run);
        editor.summaries("Ten years of berth schedules.", "十年泊位计划。");
        editor.descriptions("## What you get\n- berth, vessel, ETA", "## 内容\n- 泊位、船舶、预计到港时间");
        editor.licences("Internal use, no resale.", "仅限内部使用，不得转售。");
        editor.delivery("File download");
        editor.classification("General");
        editor.oneOffPlan("Full history", "900", "CNY");
        editor.saveAndStay();
        long listing = editor.listingId();
        byte[] csv = ("vessel,berth,eta\nCOSCO Aries,Y3,2026-12-01T08:00+08:00\n中远,Y4,2026-12-02\n")
                .getBytes(StandardCharsets.UTF_8);

        DeliverablePage files = new DeliverablePage(page).open(listing);
        files.upload("berths.csv", "text/csv", csv);
        assertThat(files.sha256()).isEqualTo(sha256(csv));
        assertThat(files.uploadRefused("berths.zip", "application/zip", csv))
                .isEqualTo("The file’s content does not match its name’s extension.");
        assertThat(files.sha256()).as("the refused file changed nothing").isEqualTo(sha256(csv));
        screenshot("deliverable-1280-en");

        useViewport(Viewport.MOBILE, "zh-CN");
        new LoginPage(page).open().signIn("merchant@dataport.example", PASSWORD);
        new DeliverablePage(page).open(listing);
        assertThat(page.locator("h1")).hasText("交付文件");
        assertNoHorizontalScroll();
        screenshot("deliverable-390-zh");
    }

    /** Checks out the listing's plan through the emulator's hosted page; returns the order id. */
    private long buy(Page page, String title, int plan) {
        long listing = listingIdByTitle(page, title);
        CheckoutReturnPage back = new CheckoutPage(page).open(listing, plan).from("CN").agree().pay().payAndReturn();
        back.waitForVaadin();
        String url = page.url();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1).replaceAll("[^0-9].*", ""));
    }

    private static long listingIdByTitle(Page page, String title) {
        new ListingPage(page).searchFromHeader(title).waitForVaadin();
        page.locator("a[href^='listings/']")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(title))
                .first()
                .click();
        page.waitForURL("**/listings/**");
        String url = page.url();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1).replaceAll("[^0-9].*", ""));
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
