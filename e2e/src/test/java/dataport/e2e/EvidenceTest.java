package dataport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dataport.e2e.pages.CertificatePage;
import dataport.e2e.pages.CheckoutPage;
import dataport.e2e.pages.CheckoutReturnPage;
import dataport.e2e.pages.ListingPage;
import dataport.e2e.pages.LoginPage;
import dataport.e2e.pages.MerchantOrderPage;
import dataport.e2e.pages.PurchasePage;
import dataport.e2e.pages.SpotChecksPage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * The evidence chain and spot checks in the browser: after a paid and delivered order the buyer follows the
 * certificate link and {@code /verify/…} says the chain is valid; a record changed directly in the e2e database makes
 * it fail; compliance starts a campaign that samples the trade, asks for evidence, the merchant uploads it and the
 * case is closed. Screenshots of the certificate page and the campaign, desktop and phone, English and Chinese.
 *
 * <p>Needs JDBC access to the e2e database ({@code -De2e.db.url}, default the local {@code dataport_e2e}, user and
 * password {@code dataport}).
 */
class EvidenceTest extends E2eTest {

    static final String PASSWORD = "DataPort-Demo-2026!";
    /** The demo merchant's (harbour-data) dedicated line with a one-off plan (its third). */
    static final String LINE_LISTING = "Internet Exchange Port Service";

    static final String DB_URL = System.getProperty(
            "e2e.db.url", "jdbc:mysql://127.0.0.1:3306/dataport_e2e?serverTimezone=UTC&connectionTimeZone=UTC");

    @Test
    void aDeliveredTradeVerifiesATamperedRowFailsAndASpotCheckSamplesItAndClosesItsCase() throws Exception {
        page.setViewportSize(1280, 900);
        new LoginPage(page).open().signIn("buyer@dataport.example", PASSWORD);
        long order = buy(page, LINE_LISTING, 2);

        Page merchant = anotherPerson(Viewport.DESKTOP, "en-US");
        merchant.setViewportSize(1280, 900);
        new LoginPage(merchant).open().signIn("merchant@dataport.example", PASSWORD);
        new MerchantOrderPage(merchant).open(order).markDelivered("Line live: port 7, VLAN 210.");

        // The buyer follows the certificate link from the purchase page; records are written just after each step.
        String certificate = certificateOf(order);
        new PurchasePage(page).open(order);
        page.locator("#certificate-link").click();
        page.waitForURL("**/verify/" + certificate);
        CertificatePage verify = new CertificatePage(page);
        for (int i = 0; i < 30 && !verify.records().contains("Delivered"); i++) {
            page.waitForTimeout(1000);
            verify.open(certificate);
        }
        assertThat(verify.verdictCode()).isEqualTo("VALID");
        assertThat(verify.verdict()).startsWith("Verified: all");
        assertThat(verify.records()).contains("Order agreed", "Payment confirmed", "Delivered");
        screenshot("certificate-1280-en");
        com.microsoft.playwright.APIResponse key = page.request().get("verify/public-key");
        assertThat(key.status()).isEqualTo(200);
        assertThat(key.text()).startsWith("-----BEGIN PUBLIC KEY-----");

        Page anonymousPhone = anotherPerson(Viewport.MOBILE, "zh-CN");
        CertificatePage phone = new CertificatePage(anonymousPhone).open(certificate);
        assertThat(phone.verdict()).startsWith("核验通过");
        assertNoHorizontalScroll(anonymousPhone);
        screenshot(anonymousPhone, "certificate-390-zh");

        tamperWithDeliveredRecord(certificate, () -> {
            verify.open(certificate);
            assertThat(verify.verdictCode()).isEqualTo("TRADE_TAMPERED");
            assertThat(verify.verdict()).startsWith("Verification failed");
            screenshot("certificate-tampered-1280-en");
        });
        verify.open(certificate);
        assertThat(verify.verdictCode()).as("the row restored").isEqualTo("VALID");

        // Stand-in for the routing rules (another module): the trade counts as cross-border once it was routed.
        markRouted(certificate);
        Page staff = anotherPerson(Viewport.DESKTOP, "zh-CN");
        staff.setViewportSize(1280, 900);
        new LoginPage(staff).open().signIn("compliance@dataport.example", PASSWORD);
        SpotChecksPage campaign = new SpotChecksPage(staff).open().start("十二月跨境抽查", "20261207");
        assertThat(campaign.seedShown()).isEqualTo("种子：20261207");
        campaign.requestEvidence(certificate, "请提供与境外接收方签订的标准合同。");
        assertThat(campaign.caseText(certificate)).contains("已要求证据");
        screenshot(staff, "campaign-1280-zh");

        Path pdf = Files.createTempFile("evidence", ".pdf");
        Files.write(pdf, TestFiles.pdf("Standard contract, signed 2026-12-01"));
        SpotChecksPage upload = new SpotChecksPage(merchant).uploadEvidence(order, pdf);
        for (int i = 0; i < 10 && !upload.merchantCaseText(order).contains("under review"); i++) {
            merchant.waitForTimeout(500);
        }
        assertThat(upload.merchantCaseText(order)).contains("Evidence sent, under review");

        staff.reload();
        campaign.waitForVaadin();
        assertThat(campaign.caseText(certificate)).contains("已收到证据");
        campaign.close(certificate, "合规", "合同齐备。");
        assertThat(campaign.caseText(certificate)).contains("已结案");

        Page staffPhone = anotherPerson(Viewport.MOBILE, "en-US");
        new LoginPage(staffPhone).open().signIn("compliance@dataport.example", PASSWORD);
        staffPhone.navigate(staff.url());
        new SpotChecksPage(staffPhone).waitForVaadin();
        assertThat(new SpotChecksPage(staffPhone).caseText(certificate)).contains("Compliant");
        assertNoHorizontalScroll(staffPhone);
        screenshot(staffPhone, "campaign-390-en");
    }

    private static Connection db() throws SQLException {
        return DriverManager.getConnection(DB_URL, "dataport", "dataport");
    }

    private static String certificateOf(long order) throws Exception {
        for (int i = 0; i < 60; i++) {
            try (Connection c = db();
                    PreparedStatement q = c.prepareStatement("SELECT id FROM evidence_certificate WHERE order_id = ?")) {
                q.setLong(1, order);
                try (ResultSet rs = q.executeQuery()) {
                    if (rs.next()) {
                        return rs.getString(1);
                    }
                }
            }
            Thread.sleep(500);
        }
        throw new AssertionError("No certificate for order " + order);
    }

    /** Changes the trade's DELIVERED record behind the application's back (triggers dropped), then restores it. */
    private static void tamperWithDeliveredRecord(String certificate, Runnable check) throws Exception {
        try (Connection c = db(); Statement s = c.createStatement()) {
            long seq;
            String payload;
            try (PreparedStatement q = c.prepareStatement("SELECT seq, payload FROM evidence_record"
                    + " WHERE certificate_id = ? AND record_type = 'DELIVERED'")) {
                q.setString(1, certificate);
                try (ResultSet rs = q.executeQuery()) {
                    assertThat(rs.next()).isTrue();
                    seq = rs.getLong(1);
                    payload = rs.getString(2);
                }
            }
            s.execute("DROP TRIGGER IF EXISTS evidence_record_no_update");
            try {
                update(c, seq, payload.replace("DEDICATED_LINE", "FILE"));
                check.run();
            } finally {
                update(c, seq, payload);
                s.execute("CREATE TRIGGER evidence_record_no_update BEFORE UPDATE ON evidence_record FOR EACH ROW"
                        + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'evidence_record is append-only'");
            }
        }
    }

    private static void update(Connection c, long seq, String payload) throws SQLException {
        try (PreparedStatement u = c.prepareStatement("UPDATE evidence_record SET payload = ? WHERE seq = ?")) {
            u.setString(1, payload);
            u.setLong(2, seq);
            assertThat(u.executeUpdate()).isEqualTo(1);
        }
    }

    private static void markRouted(String certificate) throws SQLException {
        try (Connection c = db();
                PreparedStatement u = c.prepareStatement(
                        "UPDATE evidence_certificate SET routing_outcome = 'ALLOWED' WHERE id = ?")) {
            u.setString(1, certificate);
            u.executeUpdate();
        }
    }

    private long buy(Page page, String title, int plan) {
        new ListingPage(page).searchFromHeader(title).waitForVaadin();
        page.locator("a[href^='listings/']")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(title))
                .first()
                .click();
        page.waitForURL("**/listings/**");
        String listingUrl = page.url();
        long listing = Long.parseLong(listingUrl.substring(listingUrl.lastIndexOf('/') + 1).replaceAll("[^0-9].*", ""));
        CheckoutReturnPage back = new CheckoutPage(page).open(listing, plan).agree().pay().payAndReturn();
        back.waitForVaadin();
        String url = page.url();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1).replaceAll("[^0-9].*", ""));
    }
}
