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
 * the dashboard, the analytics and the public figures at 1366 and 390 px, each in both languages.
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

        for (Viewport viewport : Viewport.values()) {
            for (String locale : new String[] {"en-US", "zh-CN"}) {
                boolean zh = locale.startsWith("zh");
                String shot = (viewport == Viewport.DESKTOP ? "1366-" : "390-") + (zh ? "zh" : "en");

                Page admin = anotherPerson(viewport, locale);
                new LoginPage(admin).open().signIn("admin@dataport.example", PASSWORD);
                StatisticsPages dashboard = new StatisticsPages(admin).dashboard();
                if (viewport == Viewport.DESKTOP && !zh) {
                    dashboard.rollUpNow();
                }
                assertThat(dashboard.heading()).isEqualTo(zh ? "数字贸易统计" : "Statistics of digital trade");
                assertThat(dashboard.card("currency")).contains("CNY");
                assertThat(dashboard.card("trade-origin")).contains(zh ? "境内" : "Domestic");
                assertThat(dashboard.card("trade-month"))
                        .contains(java.time.YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).toString());
                // The buyer said the data is used in mainland China: counted under that buyer country.
                assertThat(dashboard.card("trade-buyer-country")).contains(zh ? "中国" : "China");
                assertThat(dashboard.card("cross-border-classification-routing"))
                        .contains(zh ? "按数据分级和流转结果的跨境交易" : "Cross-border trades by classification");
                assertThat(dashboard.days()).contains(zh ? "上海" : "Asia/Shanghai");
                assertThat(dashboard.charts()).isGreaterThanOrEqualTo(5);
                assertNoHorizontalScroll(admin);
                screenshot(admin, "statistics-dashboard-" + shot);

                Page merchant = anotherPerson(viewport, locale);
                new LoginPage(merchant).open().signIn("merchant@dataport.example", PASSWORD);
                StatisticsPages analytics = new StatisticsPages(merchant).analytics();
                assertThat(analytics.heading()).isEqualTo(zh ? "数据分析" : "Analytics");
                assertThat(analytics.card("listings")).contains(zh ? "GPU 实例" : LISTING, zh ? "页面浏览" : "Page views");
                assertThat(analytics.total("views")).isGreaterThanOrEqualTo(1);
                assertThat(analytics.total("orders")).isGreaterThanOrEqualTo(1);
                assertThat(analytics.days()).contains(zh ? "上海" : "Asia/Shanghai");
                assertNoHorizontalScroll(merchant);
                screenshot(merchant, "statistics-analytics-" + shot);
            }
        }
    }

    @Test
    void anyoneSeesTheFiguresOnADesktopAndAPhoneInBothLanguages() {
        for (Viewport viewport : Viewport.values()) {
            for (String locale : new String[] {"en-US", "zh-CN"}) {
                boolean zh = locale.startsWith("zh");
                useViewport(viewport, locale);
                StatisticsPages figures = new StatisticsPages(page).figures();
                assertThat(figures.heading()).isEqualTo(zh ? "数字贸易数据一览" : "Digital trade in figures");
                assertThat(figures.card("figures-origin")).contains(zh ? "境内" : "Domestic");
                assertThat(page.locator("#figures-as-of").innerText()).contains(zh ? "上海" : "Asia/Shanghai");
                assertNoHorizontalScroll();
                screenshot("statistics-figures-" + (viewport == Viewport.DESKTOP ? "1366-" : "390-") + (zh ? "zh" : "en"));
            }
        }
    }
}
