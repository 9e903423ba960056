package dataport.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dataport.e2e.pages.CheckoutPage;
import dataport.e2e.pages.CheckoutReturnPage;
import dataport.e2e.pages.ListingPage;
import dataport.e2e.pages.LoginPage;
import dataport.e2e.pages.OrdersListPage;
import dataport.e2e.pages.StripeHostedPage;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Buying through the Stripe emulator's hosted page, in English and Chinese: a file listing from a foreign merchant
 * and a SaaS subscription in CNY from a domestic one; a declined card and an abandoned checkout leave no paid order.
 * The app must run with the emulator (./dataport test starts both). Screenshots at 1280 and 390 px.
 */
class CheckoutTest extends E2eTest {

    static final String PASSWORD = "DataPort-Demo-2026!";

    /** The demo catalogue's file listing from a foreign merchant (hoshizora-interactive, one-off, JPY). */
    static final String FILE_LISTING = "Anime Character IP Licence";

    /** The demo catalogue's SaaS subscription in CNY from the demo merchant's company (harbour-data). */
    static final String SAAS_LISTING = "GPU Instances";

    @Test
    void aBuyerPaysForAFileListingOfAForeignMerchantInEnglish() {
        page.setViewportSize(1280, 900);
        new LoginPage(page).open().signIn("buyer@dataport.example", PASSWORD);
        long listing = listingIdByTitle(FILE_LISTING);
        ListingPage listingPage = new ListingPage(page);
        listingPage.open(String.valueOf(listing));
        page.locator("[id^=buy-plan-]").first().click();
        page.waitForURL("**/checkout/**");
        CheckoutPage checkout = new CheckoutPage(page);
        checkout.waitForVaadin();

        assertThat(page.locator(".dp-header-marker")).isVisible();
        assertThat(checkout.converted()).contains("indicative");
        assertThat(checkout.payEnabled()).isFalse();
        checkout.from("CN").agree();
        screenshot("checkout-1280-en");
        StripeHostedPage stripe = checkout.pay();
        CheckoutReturnPage back = stripe.payAndReturn();

        assertThat(back.status()).isIn("Paid", "Delivered");
        screenshot("checkout-return-1280-en");
        OrdersListPage purchases = OrdersListPage.purchases(page);
        assertThat(purchases.rows()).contains(FILE_LISTING);
        screenshot("purchases-1280-en");
    }

    @Test
    void aBuyerSubscribesToASaasListingInCnyInChineseAndTheMerchantSeesTheOrder() {
        long listing = listingIdByTitle(SAAS_LISTING, "harbour-data");
        int plan = subscriptionPlan(listing);
        useViewport(Viewport.MOBILE, "zh-CN");
        new LoginPage(page).open().signIn("buyer@dataport.example", PASSWORD);
        CheckoutPage checkout = new CheckoutPage(page).open(listing, plan);

        assertThat(checkout.total()).contains("68,000");
        assertThat(checkout.converted()).contains("参考");
        checkout.from("CN").agree();
        assertNoHorizontalScroll();
        screenshot("checkout-390-zh");
        StripeHostedPage stripe = checkout.pay();
        CheckoutReturnPage back = stripe.payAndReturn();
        assertThat(back.status()).isEqualTo("已付款");
        assertNoHorizontalScroll();
        screenshot("checkout-return-390-zh");
        OrdersListPage.purchases(page);
        assertNoHorizontalScroll();
        screenshot("purchases-390-zh");

        var merchant = anotherPerson(Viewport.DESKTOP, "zh-CN");
        merchant.setViewportSize(1280, 900);
        new LoginPage(merchant).open().signIn("merchant@dataport.example", PASSWORD);
        OrdersListPage orders = OrdersListPage.merchantOrders(merchant);
        assertThat(orders.rows()).contains("待交付");
        screenshot(merchant, "merchant-orders-1280-zh");
        var phone = anotherPerson(Viewport.MOBILE, "en-US");
        new LoginPage(phone).open().signIn("merchant@dataport.example", PASSWORD);
        OrdersListPage.merchantOrders(phone);
        assertNoHorizontalScroll(phone);
        screenshot(phone, "merchant-orders-390-en");
    }

    @Test
    void aDeclinedCardAndAnAbandonedCheckoutLeaveNoPaidOrder() {
        new LoginPage(page).open().signIn("buyer@dataport.example", PASSWORD);
        long listing = listingIdByTitle(FILE_LISTING);

        StripeHostedPage stripe = new CheckoutPage(page).open(listing, 0).from("CN").agree().pay();
        assertThat(stripe.decline()).containsIgnoringCase("declined");
        CheckoutReturnPage cancelled = stripe.abandon();
        assertThat(page.locator("#return-heading")).hasText(Pattern.compile("cancelled", Pattern.CASE_INSENSITIVE));

        String rows = OrdersListPage.purchases(page).rows();
        String number = cancelled.heading();
        assertThat(rows).contains("Awaiting payment");
        assertThat(number).isNotBlank();
    }

    private long listingIdByTitle(String title) {
        return listingIdByTitle(title, null);
    }

    /** Finds the listing from the search page, or from its merchant's page when {@code merchantSlug} is given. */
    private long listingIdByTitle(String title, String merchantSlug) {
        if (merchantSlug == null) {
            new ListingPage(page).searchFromHeader(title).waitForVaadin();
        } else {
            page.navigate("/merchants/" + merchantSlug);
            new CheckoutReturnPage(page).waitForVaadin();
        }
        page.locator("a[href^='listings/']").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(title))
                .first()
                .click();
        page.waitForURL("**/listings/**");
        String url = page.url();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1).replaceAll("[^0-9].*", ""));
    }

    private int subscriptionPlan(long listing) {
        new ListingPage(page).open(String.valueOf(listing));
        var links = page.locator("[id^=buy-plan-]");
        for (int i = 0; i < links.count(); i++) {
            String id = links.nth(i).getAttribute("id");
            int index = Integer.parseInt(id.substring("buy-plan-".length()));
            String row = links.nth(i).locator("xpath=..").innerText();
            if (row.contains("Subscription")) {
                return index;
            }
        }
        return 0;
    }
}
