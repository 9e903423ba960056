package dataport.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import dataport.e2e.pages.CategoryPage;
import dataport.e2e.pages.ListingEditorPage;
import dataport.e2e.pages.ListingPage;
import dataport.e2e.pages.ListingReviewPage;
import dataport.e2e.pages.LoginPage;
import dataport.e2e.pages.MyListingsPage;
import dataport.e2e.pages.SearchPage;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The authoring story: an approved merchant writes a bilingual listing with two plans, an image and a sample,
 * and submits it; compliance staff approve it; a buyer finds it by search and on its category page, and downloads
 * the sample. Screenshots of each view go to target/screenshots (desktop and phone, English and Chinese).
 */
class ListingAuthoringTest extends E2eTest {

    private static final String PASSWORD = "DataPort-Demo-2026!";

    @Test
    void aMerchantsListingIsReviewedPublishedFoundAndItsSampleDownloaded() throws IOException {
        String run = Long.toString(System.currentTimeMillis(), 36);
        String title = "Yangshan berth schedules " + run;
        byte[] sample = ("vessel,berth,eta\nCOSCO Aries,Y3,2026-12-01T08:00+08:00\n中远,Y4,2026-12-02\n")
                .getBytes(StandardCharsets.UTF_8);

        new LoginPage(page).open().signIn("merchant@dataport.example", PASSWORD);
        ListingEditorPage editor = new ListingEditorPage(page).open();
        editor.category("Cloud services / Cloud storage");
        editor.titles(title, "洋山港泊位计划 " + run);
        editor.summaries("Berth schedules of Yangshan port, updated hourly.", "洋山港泊位计划，每小时更新。");
        editor.descriptions(
                "## What you get\n- berth, vessel, ETA\n- **hourly** updates", "## 内容\n- 泊位、船舶、预计到港时间\n- **每小时**更新");
        editor.licences("Internal use, no resale.", "仅限内部使用，不得转售。");
        editor.delivery("API");
        editor.classification("General");
        editor.oneOffPlan("Historical extract", "1200", "CNY");
        editor.addMonthlyPlan(1, "Live feed", "实时订阅", "299.00", "USD");
        editor.saveAndStay();
        long id = editor.listingId();

        editor.uploadImage("berths.png", png(1200, 700));
        editor.uploadSample("berths-sample.csv", "text/csv", sample);
        editor.saveHere();
        screenshot("listing-editor-desktop-en");
        editor.openPreview();
        assertThat(page.locator("#listing-preview #listing-plans")).containsText("Live feed");
        screenshot("listing-editor-preview-desktop-en");
        editor.closePreview();
        editor.submit();
        assertThat(editor.status()).hasAttribute("data-status", "IN_REVIEW");

        MyListingsPage mine = new MyListingsPage(page).open();
        assertThat(mine.cellsWithText(title)).hasCount(1);
        screenshot("workspace-listings-desktop-en");

        Page staff = anotherPerson();
        new LoginPage(staff).open().signIn("compliance@dataport.example", PASSWORD);
        ListingReviewPage review = new ListingReviewPage(staff).openQueue().filter(run);
        assertThat(review.queueCells(title)).hasCount(1);
        screenshot(staff, "listing-review-queue-desktop-en");
        review.openFromQueue(title);
        screenshot(staff, "listing-review-desktop-en");
        screenshotsOfTheSubmittedListing(id);
        review.approve();

        Page buyer = anotherPerson();
        SearchPage search = new SearchPage(buyer);
        // The index is updated after the approval commits: give it a few seconds on a busy machine.
        for (int i = 0; i < 20 && !search.open(run).resultTitles().contains(title); i++) {
            buyer.waitForTimeout(1000);
        }
        org.assertj.core.api.Assertions.assertThat(search.resultTitles()).contains(title);

        ListingPage listing = new ListingPage(buyer);
        listing.open(String.valueOf(id));
        assertThat(buyer.locator("#listing-title")).hasText(title);
        assertThat(buyer.locator("#listing-plans")).containsText("Historical extract");
        assertThat(buyer.locator("#listing-plans")).containsText("Live feed");
        assertThat(listing.images()).hasCount(1);
        Download download = listing.downloadSample();
        org.assertj.core.api.Assertions.assertThat(Files.readAllBytes(download.path())).isEqualTo(sample);
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("berths-sample.csv");
        screenshot(buyer, "listing-page-desktop-en");

        CategoryPage category = new CategoryPage(buyer);
        category.open("cloud-storage");
        assertThat(category.linkTo(id)).not().hasCount(0);

        Page phoneZh = anotherPerson(Viewport.MOBILE, "zh-CN");
        new ListingPage(phoneZh).open(String.valueOf(id));
        assertThat(phoneZh.locator("#listing-title")).hasText("洋山港泊位计划 " + run);
        assertNoHorizontalScroll(phoneZh);
        screenshot(phoneZh, "listing-page-phone-zh");
        Page phoneEn = anotherPerson(Viewport.MOBILE, "en-US");
        new ListingPage(phoneEn).open(String.valueOf(id));
        screenshot(phoneEn, "listing-page-phone-en");
        Page desktopZh = anotherPerson(Viewport.DESKTOP, "zh-CN");
        new ListingPage(desktopZh).open(String.valueOf(id));
        screenshot(desktopZh, "listing-page-desktop-zh");
    }

    @Test
    void theWorkspaceEditorReviewQueueAndCategoriesInBothLanguagesOnDesktopAndPhone() {
        for (Viewport viewport : Viewport.values()) {
            for (String locale : new String[] {"en-US", "zh-CN"}) {
                String suffix = (viewport == Viewport.DESKTOP ? "desktop" : "phone") + "-" + locale.substring(0, 2);
                Page merchant = anotherPerson(viewport, locale);
                new LoginPage(merchant).open().signIn("merchant@dataport.example", PASSWORD);
                new MyListingsPage(merchant).open();
                assertNoHorizontalScroll(merchant);
                // On a phone the grid keeps title and status; category and date go under the title.
                assertThat(merchant.locator("#my-listings > vaadin-grid-column:not([hidden])"))
                        .hasCount(viewport == Viewport.DESKTOP ? 4 : 2);
                screenshot(merchant, "workspace-listings-" + suffix);
                new ListingEditorPage(merchant).open();
                assertNoHorizontalScroll(merchant);
                screenshot(merchant, "listing-editor-new-" + suffix);

                Page staff = anotherPerson(viewport, locale);
                new LoginPage(staff).open().signIn("compliance@dataport.example", PASSWORD);
                new ListingReviewPage(staff).openQueue();
                assertNoHorizontalScroll(staff);
                screenshot(staff, "listing-review-queue-" + suffix);

                Page admin = anotherPerson(viewport, locale);
                new LoginPage(admin).open().signIn("admin@dataport.example", PASSWORD);
                admin.navigate("/admin/categories");
                new MyListingsPage(admin).waitForVaadin();
                assertThat(admin.locator("#category-tree")).isVisible();
                screenshot(admin, "admin-categories-" + suffix);
            }
        }
    }

    /** The reviewer's page (English and Chinese side by side) and the merchant's editor, at both sizes and languages. */
    private void screenshotsOfTheSubmittedListing(long id) {
        for (Viewport viewport : Viewport.values()) {
            for (String locale : new String[] {"en-US", "zh-CN"}) {
                String suffix = (viewport == Viewport.DESKTOP ? "desktop" : "phone") + "-" + locale.substring(0, 2);
                Page staff = anotherPerson(viewport, locale);
                new LoginPage(staff).open().signIn("compliance@dataport.example", PASSWORD);
                staff.navigate("/staff/listings/" + id);
                new ListingReviewPage(staff).waitForVaadin();
                assertThat(staff.locator("#review-bilingual")).isVisible();
                assertNoHorizontalScroll(staff);
                screenshot(staff, "listing-review-" + suffix);
                Page merchant = anotherPerson(viewport, locale);
                new LoginPage(merchant).open().signIn("merchant@dataport.example", PASSWORD);
                merchant.navigate("/workspace/listings/" + id);
                new ListingEditorPage(merchant).waitForVaadin();
                assertThat(merchant.locator("#image-list img")).hasCount(1);
                assertNoHorizontalScroll(merchant);
                screenshot(merchant, "listing-editor-saved-" + suffix);
            }
        }
    }

    private static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x0b3d91));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(0xffc107));
        for (int x = 0; x < width; x += 120) {
            g.fillRect(x, height / 3, 80, height / 3);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
