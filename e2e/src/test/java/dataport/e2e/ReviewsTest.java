package dataport.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dataport.e2e.pages.CheckoutPage;
import dataport.e2e.pages.CheckoutReturnPage;
import dataport.e2e.pages.ListingPage;
import dataport.e2e.pages.LoginPage;
import dataport.e2e.pages.MerchantOrderPage;
import dataport.e2e.pages.PurchasePage;
import dataport.e2e.pages.ReviewSection;
import dataport.e2e.pages.SearchPage;
import org.junit.jupiter.api.Test;

/**
 * A buyer with an accepted order reviews the listing (in Chinese), the merchant replies (in English), and the review
 * shows on the listing page, on the listing's card and in the "best rated" order, in both languages.
 */
class ReviewsTest extends E2eTest {

    static final String PASSWORD = "DataPort-Demo-2026!";
    /** The demo merchant's (harbour-data) dedicated line with a one-off plan (its third). */
    static final String LINE_LISTING = "Internet Exchange Port Service";

    @Test
    void aBuyerReviewsAnAcceptedOrderTheMerchantRepliesAndTheCardAndBestRatedOrderShowIt() {
        page.setViewportSize(1280, 900);
        new LoginPage(page).open().signIn("buyer@dataport.example", PASSWORD);
        long listing = listingIdByTitle(page, LINE_LISTING);
        CheckoutReturnPage back = new CheckoutPage(page).open(listing, 2).from("CN").agree().pay().payAndReturn();
        back.waitForVaadin();
        long order = Long.parseLong(page.url().substring(page.url().lastIndexOf('/') + 1).replaceAll("[^0-9].*", ""));

        Page merchant = anotherPerson(Viewport.DESKTOP, "en-US");
        merchant.setViewportSize(1280, 900);
        new LoginPage(merchant).open().signIn("merchant@dataport.example", PASSWORD);
        new MerchantOrderPage(merchant).open(order).markDelivered("Port 7 patched, VLAN 210.");

        PurchasePage purchase = new PurchasePage(page).open(order);
        purchase.accept();
        ReviewSection review = new ReviewSection(page)
                .write(5, "开通很快", "专线两天内开通，延迟稳定，测试报告完整。推荐！");
        assertThat(review.languageTag()).hasText("Written in Chinese");
        screenshot("review-written-1280-en");

        new MerchantOrderPage(merchant).open(order);
        new ReviewSection(merchant).reply("Thank you! We are glad the line works well.");
        screenshot(merchant, "review-replied-1280-en");

        page.navigate("listings/" + listing);
        new ListingPage(page).waitForVaadin();
        assertThat(page.locator("#listing-rating")).hasAttribute("aria-label", java.util.regex.Pattern.compile(
                "\\d\\.\\d out of 5, \\d+ reviews?"));
        assertThat(page.locator("#listing-reviews")).containsText("专线两天内开通");
        assertThat(page.locator("#listing-reviews")).containsText("Thank you! We are glad the line works well.");
        assertThat(page.locator("#listing-reviews [lang='zh-CN']").first()).isVisible();
        screenshot("review-listing-1280-en");

        new SearchPage(page).openUrl("search?sort=rating&stars=4");
        Locator card = page.locator(".dp-card[data-listing-id='" + listing + "']");
        assertThat(card.locator(".dp-rating")).isVisible();
        assertThat(card.locator(".dp-rating").getAttribute("aria-label")).contains("out of 5");
        screenshot("review-best-rated-1280-en");

        useViewport(Viewport.MOBILE, "zh-CN");
        new SearchPage(page).openUrl("search?sort=rating&stars=4");
        Locator phoneCard = page.locator(".dp-card[data-listing-id='" + listing + "']");
        assertThat(phoneCard.locator(".dp-rating").getAttribute("aria-label")).startsWith("满分 5 分得");
        assertThat(page.locator("#search-sort")).containsText("评分最高");
        assertNoHorizontalScroll();
        screenshot("review-best-rated-390-zh");
        page.navigate("listings/" + listing);
        new ListingPage(page).waitForVaadin();
        assertThat(page.locator("#listing-reviews")).containsText("使用中文撰写");
        assertNoHorizontalScroll();
        screenshot("review-listing-390-zh");
    }

    private static long listingIdByTitle(Page page, String title) {
        new ListingPage(page).searchFromHeader(title).waitForVaadin();
        page.locator("a[href^='listings/']")
                .filter(new Locator.FilterOptions().setHasText(title))
                .first()
                .click();
        page.waitForURL("**/listings/**");
        String url = page.url();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1).replaceAll("[^0-9].*", ""));
    }
}
