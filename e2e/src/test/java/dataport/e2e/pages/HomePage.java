package dataport.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

public class HomePage extends VaadinPage {

    public HomePage(Page page) {
        super(page);
    }

    public HomePage open() {
        go("/");
        return this;
    }

    public Locator recentListings() {
        return page.locator("#recent-listings .dp-card");
    }

    public SearchPage search(String text) {
        page.locator("#home-search input").fill(text);
        page.locator("#home-search-button").click();
        page.waitForURL("**/search?**");
        waitForVaadin();
        return new SearchPage(page);
    }
}
