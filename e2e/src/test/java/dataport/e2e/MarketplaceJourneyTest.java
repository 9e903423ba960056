package dataport.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import dataport.e2e.pages.CheckoutReturnPage;
import dataport.e2e.pages.LicencePanel;
import dataport.e2e.pages.ListingPage;
import dataport.e2e.pages.LoginPage;
import dataport.e2e.pages.MerchantOrderPage;
import dataport.e2e.pages.PurchasePage;
import dataport.e2e.pages.QuotePages;
import dataport.e2e.pages.ReviewSection;
import dataport.e2e.pages.SearchPage;
import org.junit.jupiter.api.Test;

/**
 * The whole marketplace journey of issue 17, once in English on a desk and once in Chinese on a phone: the buyer
 * asks for a quote, the merchant sends a private offer, the buyer accepts and pays through the Stripe emulator, the
 * merchant delivers, the buyer accepts delivery and reviews; the merchant replies. The review shows on the listing's
 * card in the "best rated" order, and the purchase page shows the licence the order was bought under in plain words,
 * whose ODRL policy answers as JSON-LD.
 */
class MarketplaceJourneyTest extends E2eTest {

    static final String PASSWORD = "DataPort-Demo-2026!";

    @Test
    void quoteOfferPaymentDeliveryReviewAndReplyInEnglishOnADesk() {
        page.setViewportSize(1280, 900);
        Page merchant = anotherPerson(Viewport.DESKTOP, "en-US");
        merchant.setViewportSize(1280, 900);
        Journey j = journey(
                merchant,
                new Texts(
                        "Berth feed for the journey test",
                        "Can you include terminal 3?",
                        "7700.00",
                        "Internal use, two terminals",
                        "Great channel, stable latency and a complete test report.",
                        "Thank you for the kind words!",
                        "Paid",
                        "You may use the data",
                        "out of 5"),
                "1280-en");
        assertThat(j.purchaseLicence).isNotEmpty();
    }

    @Test
    void theSameJourneyInChineseOnAPhone() {
        useViewport(Viewport.MOBILE, "zh-CN");
        Page merchant = anotherPerson(Viewport.MOBILE, "zh-CN");
        Journey j = journey(
                merchant,
                new Texts(
                        "旅程测试的泊位数据",
                        "能否包含三号码头？",
                        "5500.00",
                        "仅限内部使用，两个码头",
                        "专线开通很快，延迟稳定，测试报告完整。",
                        "感谢您的好评！",
                        "已付款",
                        "您",
                        "满分 5 分得"),
                "390-zh");
        assertThat(j.purchaseLicence).isNotEmpty();
        assertNoHorizontalScroll();
    }

    record Texts(
            String subject,
            String message,
            String amount,
            String offerTerms,
            String review,
            String reply,
            String paid,
            String licenceWords,
            String ratingLabel) {}

    record Journey(long listingId, long orderId, String purchaseLicence) {}

    private Journey journey(Page merchantPage, Texts t, String shot) {
        new LoginPage(page).open().signIn("buyer@dataport.example", PASSWORD);
        long listingId = openQuoteListing(page);
        assertThat(new LicencePanel(page, "#listing-licence").sentences().first()).containsText(t.licenceWords());
        screenshot("journey-listing-" + shot);

        QuotePages buyer = new QuotePages(page).askFromListing();
        long quote = buyer.request(t.subject(), "2", "CN", t.message());

        new LoginPage(merchantPage).open().signIn("merchant@dataport.example", PASSWORD);
        QuotePages merchant = new QuotePages(merchantPage).openMerchantThread(quote);
        merchant.offer(t.amount(), t.offerTerms());
        assertThat(merchant.status()).isEqualTo("OFFERED");

        buyer.openBuyerThread(quote);
        CheckoutReturnPage back = buyer.acceptAndPay().payAndReturn();
        back.waitForVaadin();
        assertThat(back.status()).isEqualTo(t.paid());
        long orderId = Long.parseLong(page.url().substring(page.url().lastIndexOf('/') + 1).replaceAll("[^0-9].*", ""));

        new MerchantOrderPage(merchantPage).open(orderId).markDelivered("Line patched / 专线已开通");

        PurchasePage purchase = new PurchasePage(page).open(orderId);
        LicencePanel licence = new LicencePanel(page, "#order-licence");
        assertThat(licence.sentences().first()).containsText(t.licenceWords());
        String words = page.locator("#order-licence").innerText();
        APIResponse policy = licence.fetchPolicy();
        assertThat(policy.status()).isEqualTo(200);
        assertThat(policy.headers().get("content-type")).startsWith("application/ld+json");
        assertThat(policy.text()).contains("\"Offer\"", "http://www.w3.org/ns/odrl.jsonld", "/listings/" + listingId);
        screenshot("journey-purchase-licence-" + shot);

        purchase.accept();
        new ReviewSection(page).write(5, t.subject(), t.review());
        screenshot("journey-reviewed-" + shot);

        new MerchantOrderPage(merchantPage).open(orderId);
        new ReviewSection(merchantPage).reply(t.reply());
        screenshot(merchantPage, "journey-replied-" + shot);

        new SearchPage(page).openUrl("search?sort=rating");
        Locator card = page.locator(".dp-card[data-listing-id='" + listingId + "']");
        assertThat(card.locator(".dp-rating")).isVisible();
        assertThat(card.locator(".dp-rating").getAttribute("aria-label")).contains(t.ratingLabel());
        screenshot("journey-best-rated-" + shot);

        page.navigate("listings/" + listingId);
        new ListingPage(page).waitForVaadin();
        assertThat(page.locator("#listing-reviews")).containsText(t.review());
        assertThat(page.locator("#listing-reviews")).containsText(t.reply());
        return new Journey(listingId, orderId, words);
    }

    /** The demo merchant's (harbour-data) listing with a quote-only plan; returns its id. */
    private static long openQuoteListing(Page page) {
        page.navigate("merchants/harbour-data");
        new ListingPage(page).waitForVaadin();
        page.locator("a[href^='listings/']")
                .filter(new Locator.FilterOptions().setHasText(QuotesTest.QUOTE_LISTING))
                .first()
                .click();
        page.waitForURL("**/listings/**");
        new ListingPage(page).waitForVaadin();
        String url = page.url();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1).replaceAll("[^0-9].*", ""));
    }

}
