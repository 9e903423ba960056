package dataport.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dataport.e2e.NewAccounts.ADMIN;
import static dataport.e2e.NewAccounts.COMPLIANCE;
import static dataport.e2e.NewAccounts.DEMO_PASSWORD;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dataport.e2e.pages.AdminMailPage;
import dataport.e2e.pages.AdminMerchantPage;
import dataport.e2e.pages.ApplicationReviewPage;
import dataport.e2e.pages.BatchReviewPage;
import dataport.e2e.pages.ClaimPage;
import dataport.e2e.pages.ImportPage;
import dataport.e2e.pages.LoginPage;
import dataport.e2e.pages.MyListingsPage;
import dataport.e2e.pages.OnboardingPage;
import dataport.e2e.pages.ReviewQueuePage;
import dataport.e2e.pages.SearchPage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/**
 * Issue 15's "Migrating an exchange" in the browser: an ADMIN imports a real Chinese-only exchange export (30 FirstData
 * sources, no provider column) for a new merchant and submits it all; compliance approves the batch (in Chinese); a
 * buyer finds one of the Chinese-only listings with an English query; the invited person claims the merchant, is
 * approved and owns its listings. Screenshots (exchange-migration-*) of the mapping, the batch review and the claim
 * page, 1280 and 390 wide, in Chinese.
 */
class ExchangeMigrationTest extends E2eTest {

    private static final String FIXTURE = "exchange-migration/firstdata-china-sources.csv";
    private static final int ROWS = 30;

    private static byte[] exchangeExport() {
        try (InputStream in = ExchangeMigrationTest.class.getClassLoader().getResourceAsStream(FIXTURE)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + FIXTURE);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void anAdminMovesAChineseExchangeComplianceApprovesItABuyerFindsItInEnglishAndTheOwnerClaimsIt() {
        long run = System.currentTimeMillis();
        String merchant = "蓝海数据交易所" + (run % 1_000_000);
        byte[] export = exchangeExport();

        // 1. The ADMIN imports the export, naming one new merchant for every row.
        new LoginPage(page).open().signIn(ADMIN, DEMO_PASSWORD);
        ImportPage importer = new ImportPage(page).openAsAdmin();
        importer.upload("firstdata-china-sources.csv", "text/csv", export);
        assertThat(importer.fileInfo()).containsText(ROWS + " data rows");
        // English header words, Chinese cells: the text columns land on the Chinese fields.
        assertThat(importer.columnOf("TITLE_ZH")).hasValue("name");
        assertThat(importer.columnOf("SUMMARY_ZH")).hasValue("summary");
        assertThat(importer.columnOf("DESCRIPTION_ZH")).hasValue("description");
        assertThat(importer.columnOf("TITLE_EN")).hasValue("");
        importer.providerForEveryRow(merchant).providerCountryForEveryRow("CN");
        screenshot("exchange-migration-1-mapping-desktop-en");
        importer.check();
        assertThat(importer.previewSummary()).hasText("Ready to import: " + ROWS + ". With problems: 0.");
        importer.runImport();
        assertThat(importer.resultSummary()).containsText("Created: " + ROWS + ". Updated: 0. Not imported: 0.");
        assertThat(importer.submitAll()).containsText(ROWS + " submitted for review; 0 fail the checks");

        // The same mapping step in Chinese, desktop and phone (nothing imported from this second upload).
        Page adminZh = anotherPerson(Viewport.DESKTOP, "zh-CN");
        adminZh.setViewportSize(1280, 900);
        new LoginPage(adminZh).open().signIn(ADMIN, DEMO_PASSWORD);
        ImportPage importerZh = new ImportPage(adminZh).openAsAdmin();
        importerZh.upload("firstdata-china-sources.csv", "text/csv", export);
        assertThat(importerZh.columnOf("TITLE_ZH")).hasValue("name");
        importerZh.providerForEveryRow(merchant).providerCountryForEveryRow("CN");
        screenshotBothWidths(adminZh, "exchange-migration-1-mapping", "zh");

        // 2. Compliance approves the batch, in Chinese.
        Page officer = anotherPerson(Viewport.DESKTOP, "zh-CN");
        officer.setViewportSize(1280, 900);
        new LoginPage(officer).open().signIn(COMPLIANCE, DEMO_PASSWORD);
        BatchReviewPage batch = new BatchReviewPage(officer).open().merchant(merchant);
        assertThat(batch.cellsWithText("中国地震局")).hasCount(1);
        assertThat(batch.approvePassingButton()).hasText("批准全部 " + ROWS + " 个通过检查的商品");
        // The grid re-lays itself out for a phone once the server hears of the resize: wait for that, not a fixed time.
        screenshotBothWidths(officer, "exchange-migration-2-batch-review", "zh", "#batch-grid.dp-narrow");
        officer.setViewportSize(1280, 900);
        batch.approveAllThatPass();
        assertThat(batch.outcome()).hasText("已批准 " + ROWS + " 个；0 个未通过检查，等待单独审核；跳过 0 个（已被处理或已变更）。");
        assertThat(batch.selectedMerchant()).not().hasValue(java.util.regex.Pattern.compile(merchant));

        // 3. A buyer searches in English and finds the Chinese-only listing, with the translation it matched through.
        Page buyer = anotherPerson();
        Locator hit = findWithin(buyer, "earthquake", "中国地震局", merchant);
        assertThat(hit.locator(".dp-why")).containsText("matched 地震 for earthquake");
        screenshot(buyer, "exchange-migration-3-search-desktop-en");

        // 4. The ADMIN invites the future owner, who signs up, claims the merchant and applies.
        String email = NewAccounts.uniqueEmail("lan.hai");
        AdminMerchantPage admin = new AdminMerchantPage(page).openByName(merchant);
        assertThat(admin.owner()).containsText("Nobody belongs to this merchant yet");
        admin.invite(email);
        assertThat(admin.invitations()).containsText(email);
        assertThat(admin.invitations()).containsText("Open");
        String claimLink = new AdminMailPage(page).open().firstLinkOfMailTo(email);
        org.assertj.core.api.Assertions.assertThat(claimLink).startsWith("/claim?token=");

        Page visitorZh = anotherPerson(Viewport.DESKTOP, "zh-CN");
        visitorZh.setViewportSize(1280, 900);
        ClaimPage signedOut = new ClaimPage(visitorZh).open(claimLink);
        assertThat(signedOut.lead()).containsText(merchant);
        assertThat(signedOut.signUpLink()).isVisible();
        screenshotBothWidths(visitorZh, "exchange-migration-4-claim-signed-out", "zh");

        Page owner = anotherPerson();
        NewAccounts.signUpVerifyAndSignIn(owner, anotherPerson(), email, "Lan Hai", "blue sea over the harbour");
        ClaimPage claim = new ClaimPage(owner).open(claimLink);
        assertThat(claim.lead()).containsText(merchant);
        screenshot(owner, "exchange-migration-4-claim-desktop-en");
        OnboardingPage wizard = claim.accept();
        assertThat(wizard.step()).hasAttribute("data-step", "ORGANISATION");
        assertThat(wizard.field("legal-name-zh")).hasValue(merchant);
        wizard.origin("Mainland China (domestic)")
                .type("registration-number", "91350100M000100Y43")
                .type("contact-name", "Lan Hai")
                .type("contact-email", email)
                .type("contact-phone", "+86 591 8765 4321")
                .next();
        assertThat(wizard.step()).hasAttribute("data-step", "DOCUMENTS");
        wizard.upload("business-licence.pdf", "application/pdf", TestFiles.pdf("Business licence " + run));
        assertThat(wizard.documents()).hasCount(1);
        wizard.next();
        assertThat(wizard.step()).hasAttribute("data-step", "ASSESSMENT");
        wizard.category("Public-sector data")
                .classification("Public")
                .personalInformation("No")
                .crossBorder("None")
                .description("Directories and statistics of Chinese public data sources, moved from another exchange.")
                .next();
        assertThat(wizard.step()).hasAttribute("data-step", "TERMS");
        wizard.acceptTerms().next();
        assertThat(wizard.step()).hasAttribute("data-step", "REVIEW");
        assertThat(wizard.summaryValue("legalNameZh")).hasText(merchant);
        wizard.submit();
        assertThat(wizard.status()).hasAttribute("data-state", "SUBMITTED");

        Page officerEn = anotherPerson();
        new LoginPage(officerEn).open().signIn(COMPLIANCE, DEMO_PASSWORD);
        ApplicationReviewPage review = new ReviewQueuePage(officerEn).open().openApplication(merchant);
        review.startReview().approve();
        assertThat(review.state()).hasAttribute("data-state", "APPROVED");

        // The person now owns the merchant (their application says so, and their roles follow without a new
        // sign-in): its imported, published listings are theirs.
        wizard.open();
        assertThat(wizard.status()).hasAttribute("data-state", "APPROVED");
        MyListingsPage mine = new MyListingsPage(owner).open();
        screenshot(owner, "exchange-migration-5-owner-listings-desktop-en");
        assertThat(mine.cellsWithText("中国地震局")).hasCount(1);
        assertThat(mine.cellsWithText("中国茶叶流通协会")).hasCount(1);
        assertThat(mine.cellsWithText("Published").first()).isVisible();
        admin.openByName(merchant);
        assertThat(admin.owner()).hasText("This merchant has members: they manage its listings.");
        assertThat(admin.invitations()).hasCount(0);
    }

    /** Searches until the index has caught up (it is written after the approval commits) and returns the hit. */
    private static Locator findWithin(Page buyer, String query, String title, String merchant) {
        SearchPage search = new SearchPage(buyer);
        // A result: its card and, under it, the why-matched line.
        Locator hit = buyer.locator("#search-results .dp-search-item")
                .filter(new Locator.FilterOptions()
                        .setHas(buyer.locator(".dp-card-title")
                                .filter(new Locator.FilterOptions()
                                        .setHasText(java.util.regex.Pattern.compile("^\\s*" + title + "\\s*$")))))
                .filter(new Locator.FilterOptions().setHasText(merchant));
        for (int attempt = 0; attempt < 20; attempt++) {
            search.open(query);
            if (hit.count() > 0) {
                break;
            }
            buyer.waitForTimeout(1_500);
        }
        assertThat(hit).hasCount(1);
        return hit;
    }

    /** Full-page screenshots at 1280 and at 390 wide (nothing may stick out sideways at either). */
    private static void screenshotBothWidths(Page page, String name, String language) {
        screenshotBothWidths(page, name, language, null);
    }

    /** As above; at 390 wide, first waits until {@code phoneLayout} (a CSS selector) is there: the phone layout. */
    private static void screenshotBothWidths(Page page, String name, String language, String phoneLayout) {
        page.setViewportSize(1280, 900);
        page.waitForTimeout(300);
        screenshot(page, name + "-desktop-" + language);
        assertNoHorizontalScroll(page);
        page.setViewportSize(390, 844);
        page.waitForTimeout(300);
        if (phoneLayout != null) {
            assertThat(page.locator(phoneLayout)).isVisible();
        }
        screenshot(page, name + "-phone-" + language);
        assertNoHorizontalScroll(page);
    }
}
