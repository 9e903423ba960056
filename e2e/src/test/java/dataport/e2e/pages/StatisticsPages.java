package dataport.e2e.pages;

import com.microsoft.playwright.Page;

/** The statistics pages: the staff dashboard, a merchant's analytics and the public figures. */
public class StatisticsPages extends VaadinPage {

    public StatisticsPages(Page page) {
        super(page);
    }

    public StatisticsPages dashboard() {
        go("/admin/statistics");
        return this;
    }

    public StatisticsPages analytics() {
        go("/workspace/analytics");
        return this;
    }

    public StatisticsPages figures() {
        go("/figures");
        return this;
    }

    /** Staff's "Roll up now" (admins only): the page reloads its figures after it. */
    public StatisticsPages rollUpNow() {
        page.locator("#stat-rollup").click();
        page.waitForTimeout(300);
        waitForVaadin();
        return this;
    }

    /** The text of one figure's card: heading, table (or "no data yet"). */
    public String card(String id) {
        return page.locator("#stat-" + id).innerText();
    }

    public int charts() {
        return page.locator(".dp-chart svg[role=img]").count();
    }

    /** The page's note on what a day is (Asia/Shanghai calendar days). */
    public String days() {
        return page.locator("#stat-days").innerText();
    }

    /** One of the merchant's totals ("views", "orders"...) as a number. */
    public int total(String id) {
        return Integer.parseInt(
                page.locator("#stat-total-" + id + " .dp-figure-value").innerText().replaceAll("[^0-9]", ""));
    }
}
