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

    /** Opens the search page at a path with its query string, as a shared link would. */
    public SearchPage openUrl(String pathAndQuery) {
        go(pathAndQuery);
        return this;
    }

    public long countNumber() {
        return Long.parseLong(count().replaceAll("\\D", ""));
    }

    /** A facet's labelled checkbox whose label starts with the given text ("Foreign", "境外"). */
    public Locator facetValue(String facet, String labelStart) {
        return page.locator("#facet-" + facet + " label.dp-facet-value")
                .filter(new Locator.FilterOptions().setHasText(labelStart))
                .first();
    }

    /** Ticks a facet value and waits for the search it causes (a navigation with the filter in the URL). */
    public SearchPage tick(String facet, String labelStart, String urlPart) {
        facetValue(facet, labelStart).locator("input").click();
        page.waitForURL(url -> url.contains(urlPart));
        waitForVaadin();
        return this;
    }

    public boolean isTicked(String facet, String labelStart) {
        return facetValue(facet, labelStart).locator("input").isChecked();
    }

    public void sortBy(String label) {
        chooseFromSelect(page.locator("#search-sort"), label);
        waitForVaadin();
    }

    /** Types into the page's search box and returns the suggestions offered. */
    public Locator typeForSuggestions(String text) {
        Locator input = page.locator("#search-box input");
        input.click();
        input.pressSequentially(text, new Locator.PressSequentiallyOptions().setDelay(60));
        Locator items = page.locator("vaadin-combo-box-item").filter(new Locator.FilterOptions().setVisible(true));
        // Wait for the answer to the whole text: the list can show loading placeholders (no text) or an earlier
        // prefix's titles first.
        items.filter(new Locator.FilterOptions().setHasText(text)).first().waitFor();
        return items;
    }

    public ListingPage pickSuggestion(Locator item) {
        item.click();
        page.waitForURL("**/listings/**");
        waitForVaadin();
        return new ListingPage(page);
    }

    public Locator didYouMean() {
        return page.locator("#search-did-you-mean a");
    }

    public Locator removeFilters() {
        return page.locator("#search-relax");
    }

    public Locator alternatives() {
        return page.locator("#search-alternatives .dp-card");
    }

    public List<String> whyLines() {
        return page.locator("#search-results .dp-why").allInnerTexts();
    }

    public Locator filters() {
        return page.locator("#search-filters");
    }
}
