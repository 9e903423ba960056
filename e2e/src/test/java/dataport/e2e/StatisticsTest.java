package dataport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import dataport.e2e.pages.CheckoutPage;
import dataport.e2e.pages.CheckoutReturnPage;
import dataport.e2e.pages.ListingPage;
import dataport.e2e.pages.LoginPage;
import dataport.e2e.pages.StatisticsPages;
import dataport.e2e.pages.StripeHostedPage;
import org.junit.jupiter.api.Test;

/**
 * A buyer views a listing of the demo merchant and buys it through the Stripe emulator; an admin rolls up now; the
 * merchant's analytics and the staff dashboard show that view and that order, in English and Chinese. Screenshots of
 * the dashboard, the analytics and the public figures at 1366 and 390 px.
 */
class StatisticsTest extends E2eTest {

    static final String PASSWORD = "DataPort-Demo-2026!";

    /** The demo merchant's (harbour-data) SaaS listing, priced in CNY. */
    static final String LISTING = "GPU Instances";

    @Test
    void aViewAndAPurchaseShowInTheMerchantsAnalyticsAndOnTheDashboardAfterARollUp() {
        new LoginPage(page).open().signIn("buyer@dataport.example", PASSWORD);
        page.navigate("/merchants/harbour-data");
        new ListingPage(page).waitForVaadin();
        page.locator("a[href^='listings/']")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(LISTING))
                .first()
                .click();
        page.waitForURL("**/listings/**");
        new ListingPage(page).waitForVaadin();
        page.locator("[id^=buy-plan-]").first().click();
        page.waitForURL("**/checkout/**");
        CheckoutPage checkout = new CheckoutPage(page);
        checkout.waitForVaadin();
        checkout.from("CN").agree();
        StripeHostedPage stripe = checkout.pay();
        CheckoutReturnPage back = stripe.payAndReturn();
        assertThat(back.status()).isIn("Paid", "Delivered");

        Page admin = anotherPerson();
        new LoginPage(admin).open().signIn("admin@dataport.example", PASSWORD);
        StatisticsPages dashboard = new StatisticsPages(admin).dashboard().rollUpNow();
        assertThat(dashboard.card("currency")).contains("CNY");
        assertThat(dashboard.card("trade-origin")).contains("Domestic");
        assertThat(dashboard.card("cross-border-spot-checks")).contains("No data yet");
        assertThat(dashboard.charts()).isGreaterThanOrEqualTo(5);
        screenshot(admin, "statistics-dashboard-1366-en");

        Page merchant = anotherPerson();
        new LoginPage(merchant).open().signIn("merchant@dataport.example", PASSWORD);
        StatisticsPages analytics = new StatisticsPages(merchant).analytics();
        String listings = analytics.card("listings");
        assertThat(listings).contains(LISTING);
        assertThat(Integer.parseInt(merchant.locator("#stat-total-views .dp-figure-value").innerText().replaceAll("[^0-9]", "")))
                .isGreaterThanOrEqualTo(1);
        assertThat(Integer.parseInt(merchant.locator("#stat-total-orders .dp-figure-value").innerText().replaceAll("[^0-9]", "")))
                .isGreaterThanOrEqualTo(1);
        screenshot(merchant, "statistics-analytics-1366-en");

        Page merchantZh = anotherPerson(Viewport.MOBILE, "zh-CN");
        new LoginPage(merchantZh).open().signIn("merchant@dataport.example", PASSWORD);
        StatisticsPages analyticsZh = new StatisticsPages(merchantZh).analytics();
        assertThat(analyticsZh.heading()).isEqualTo("数据分析");
        assertThat(analyticsZh.card("listings")).contains("页面浏览");
        assertNoHorizontalScroll(merchantZh);
        screenshot(merchantZh, "statistics-analytics-390-zh");

        Page adminZh = anotherPerson(Viewport.MOBILE, "zh-CN");
        new LoginPage(adminZh).open().signIn("admin@dataport.example", PASSWORD);
        StatisticsPages dashboardZh = new StatisticsPages(adminZh).dashboard();
        assertThat(dashboardZh.heading()).isEqualTo("数字贸易统计");
        assertThat(dashboardZh.card("currency")).contains("CNY");
        assertThat(dashboardZh.card("trade-origin")).contains("境内");
        assertNoHorizontalScroll(adminZh);
        screenshot(adminZh, "statistics-dashboard-390-zh");
    }

    @Test
    void anyoneSeesTheFiguresOnADesktopAndAPhone() {
        StatisticsPages figures = new StatisticsPages(page).figures();
        assertThat(figures.heading()).isEqualTo("Digital trade in figures");
        assertThat(figures.card("figures-origin")).contains("Domestic", "Foreign");
        screenshot("statistics-figures-1366-en");

        useViewport(Viewport.MOBILE, "zh-CN");
        StatisticsPages phone = new StatisticsPages(page).figures();
        assertThat(phone.heading()).isEqualTo("数字贸易数据一览");
        assertNoHorizontalScroll();
        screenshot("statistics-figures-390-zh");
    }
}
