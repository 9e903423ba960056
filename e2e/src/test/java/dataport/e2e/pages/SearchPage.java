package dataport.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

public class SearchPage extends VaadinPage {

    public SearchPage(Page page) {
        super(page);
    }

    public SearchPage open(String query) {
        go("/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return this;
    }

    public String count() {
        return page.locator("#search-count").innerText().strip();
    }

    public Locator results() {
        return page.locator("#search-results .dp-card");
    }

    public List<String> resultTitles() {
        return page.locator("#search-results .dp-card-title").allInnerTexts();
    }

    public List<String> resultTexts() {
        return results().allInnerTexts();
    }

    public int highlightCount() {
        return page.locator("#search-results mark").count();
    }

    public boolean showsNoResults() {
        return page.locator("#search-none").isVisible();
    }

    public Locator unavailableMessage() {
        return page.locator("#search-unavailable");
    }

    public ListingPage openResult(int index) {
        results().nth(index).locator(".dp-card-link").click();
        page.waitForURL("**/listings/**");
        waitForVaadin();
        return new ListingPage(page);
    }
}
