package dataport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.e2e.pages.CheckoutReturnPage;
import dataport.e2e.pages.ListingPage;
import dataport.e2e.pages.LoginPage;
import dataport.e2e.pages.QuotePages;
import org.junit.jupiter.api.Test;

/**
 * A request for a quote through to payment, in English on a desk and in Chinese on a phone: the buyer asks on a
 * quote-only plan of the demo merchant's listing, the merchant sends a private offer from the workspace, the buyer
 * accepts it and pays the offer's price through the Stripe emulator. Screenshots at 1280 and 390 px.
 */
class QuotesTest extends E2eTest {

    static final String PASSWORD = "DataPort-Demo-2026!";

    /** A demo listing of the demo merchant's company (harbour-data) with a quote-only plan. */
    static final java.util.regex.Pattern QUOTE_LISTING =
            java.util.regex.Pattern.compile("Lingang International Data Channel|临港国际数据专用通道");

    @Test
    void aBuyerAsksForAQuoteTheMerchantOffersAndTheBuyerPaysTheOfferInEnglish() {
        page.setViewportSize(1280, 900);
        new LoginPage(page).open().signIn("buyer@dataport.example", PASSWORD);
        openListing(page);
        QuotePages buyer = new QuotePages(page).askFromListing();
        screenshot("quote-request-1280-en");
        long id = buyer.request("Live berth feed for 2 terminals", "2 terminals", "CN", "Can you start in January?");
        assertThat(buyer.thread()).contains("Can you start in January?");

        var merchantPage = anotherPerson();
        merchantPage.setViewportSize(1280, 900);
        new LoginPage(merchantPage).open().signIn("merchant@dataport.example", PASSWORD);
        QuotePages merchant = new QuotePages(merchantPage).openMerchantList();
        assertThat(merchant.card(id)).contains("buyer@dataport.example", "Waiting for an offer");
        screenshot(merchantPage, "quotes-workspace-1280-en");
        merchant.openMerchantThread(id).offer("8800.00", "Internal use, two terminals, monthly refresh");
        assertThat(merchant.status()).isEqualTo("OFFERED");
        screenshot(merchantPage, "quote-merchant-thread-1280-en");

        buyer.openBuyerThread(id);
        assertThat(buyer.offerPrice()).contains("8,800.00");
        screenshot("quote-offer-1280-en");
        CheckoutReturnPage back = buyer.acceptAndPay().payAndReturn();
        assertThat(back.status()).isIn("Paid", "Delivered");
        screenshot("quote-paid-1280-en");
        buyer.openBuyerThread(id);
        assertThat(buyer.status()).isEqualTo("ACCEPTED");
    }

    @Test
    void theSameInChineseOnAPhone() {
        useViewport(Viewport.MOBILE, "zh-CN");
        new LoginPage(page).open().signIn("buyer@dataport.example", PASSWORD);
        openListing(page);
        QuotePages buyer = new QuotePages(page).askFromListing();
        assertNoHorizontalScroll();
        screenshot("quote-request-390-zh");
        long id = buyer.request("两个码头的实时泊位数据", "2 个码头", "CN", "能否从一月开始？");

        var merchantPage = anotherPerson(Viewport.MOBILE, "zh-CN");
        new LoginPage(merchantPage).open().signIn("merchant@dataport.example", PASSWORD);
        QuotePages merchant = new QuotePages(merchantPage).openMerchantList();
        assertThat(merchant.card(id)).contains("等待报价");
        assertNoHorizontalScroll(merchantPage);
        screenshot(merchantPage, "quotes-workspace-390-zh");
        merchant.openMerchantThread(id).offer("6600.00", "仅限内部使用");
        assertNoHorizontalScroll(merchantPage);
        screenshot(merchantPage, "quote-merchant-thread-390-zh");

        buyer.openBuyerThread(id);
        assertThat(buyer.offerPrice()).contains("6,600.00");
        assertNoHorizontalScroll();
        screenshot("quote-offer-390-zh");
        CheckoutReturnPage back = buyer.acceptAndPay().payAndReturn();
        assertThat(back.status()).isEqualTo("已付款");
    }

    private static void openListing(com.microsoft.playwright.Page page) {
        page.navigate("/merchants/harbour-data");
        new ListingPage(page).waitForVaadin();
        page.locator("a[href^='listings/']")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(QUOTE_LISTING))
                .first()
                .click();
        page.waitForURL("**/listings/**");
        new ListingPage(page).waitForVaadin();
    }
}
