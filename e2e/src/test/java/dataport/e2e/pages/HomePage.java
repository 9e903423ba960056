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

    /** The tiles of the exhibits live now. */
    public Locator liveExhibits() {
        return page.locator("#live-exhibits .dp-exhibit-tile");
    }

    public Locator liveExhibit(String slug) {
        return page.locator("#live-exhibits [data-slug='" + slug + "']");
    }

    public Locator halls() {
        return page.locator("#halls .dp-exhibit-tile");
    }

    public Locator featuredMerchants() {
        return page.locator("#featured-merchants .dp-merchant-card");
    }

    public SearchPage search(String text) {
        page.locator("#home-search input").fill(text);
        page.locator("#home-search-button").click();
        page.waitForURL("**/search?**");
        waitForVaadin();
        return new SearchPage(page);
    }
}
