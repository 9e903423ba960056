package dataport.e2e.pages;

import com.microsoft.playwright.Page;

/** {@code /admin/search}: the search index in service and its full rebuild. */
public class SearchAdminPage extends VaadinPage {

    public SearchAdminPage(Page page) {
        super(page);
    }

    public SearchAdminPage open() {
        go("/admin/search");
        return this;
    }

    public String indexName() {
        return page.locator("#search-admin-index").innerText().strip();
    }

    public String counts() {
        return page.locator("#search-admin-counts").innerText().strip();
    }

    public void rebuild() {
        page.locator("#search-admin-rebuild").click();
    }

    /** Waits (the page polls) until the rebuild is over; returns the last-rebuild line. */
    public String awaitRebuilt() {
        page.waitForCondition(
                () -> page.locator("#search-admin-last").innerText().strip().length() > 0
                        && !page.locator("#search-admin-rebuild").isDisabled(),
                new Page.WaitForConditionOptions().setTimeout(60_000));
        return page.locator("#search-admin-last").innerText().strip();
    }
}
