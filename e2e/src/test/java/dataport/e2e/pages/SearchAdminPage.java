package dataport.e2e.pages;

import com.microsoft.playwright.Page;

/** {@code /admin/search}: the search index in service and its full rebuild. */
public class SearchAdminPage extends VaadinPage {

    /** The last-rebuild line when {@link #rebuild()} was clicked. */
    private String lastBeforeRebuild;

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
        lastBeforeRebuild = page.locator("#search-admin-last").innerText().strip();
        page.locator("#search-admin-rebuild").click();
    }

    /**
     * Waits (the page polls) until the rebuild started by {@link #rebuild()} is over, that is until the last-rebuild
     * line has changed (the one from start-up is there before the click); returns that line.
     */
    public String awaitRebuilt() {
        page.waitForCondition(
                () -> {
                    String last = page.locator("#search-admin-last").innerText().strip();
                    return !last.isEmpty()
                            && !last.equals(lastBeforeRebuild)
                            && !page.locator("#search-admin-rebuild").isDisabled();
                },
                new Page.WaitForConditionOptions().setTimeout(60_000));
        return page.locator("#search-admin-last").innerText().strip();
    }
}
