package dataport.e2e.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** {@code /staff/listings} and {@code /staff/listings/{id}}: compliance staff's listing queue and one listing. */
public class ListingReviewPage extends VaadinPage {

    public ListingReviewPage(Page page) {
        super(page);
    }

    public ListingReviewPage openQueue() {
        go("/staff/listings");
        return this;
    }

    public ListingReviewPage filter(String text) {
        page.locator("#review-text-filter input").fill(text);
        page.locator("#review-text-filter input").press("Enter");
        waitForVaadin();
        return this;
    }

    public Locator queueCells(String text) {
        return page.locator("#listing-queue vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(text));
    }

    public ListingReviewPage openFromQueue(String title) {
        queueCells(title).first().click();
        page.waitForURL(url -> url.matches(".*/staff/listings/[0-9]+$"));
        waitForVaadin();
        return this;
    }

    public ListingReviewPage approve() {
        page.locator("#approve-listing").click();
        waitForVaadin();
        assertThat(page.locator("#review-state")).hasAttribute("data-status", "PUBLISHED");
        return this;
    }

    public Locator outcome() {
        return page.locator("#review-outcome");
    }
}
