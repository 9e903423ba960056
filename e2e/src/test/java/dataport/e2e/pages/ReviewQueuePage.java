package dataport.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** {@code /staff/applications}: compliance staff's queue of submitted merchant applications. */
public class ReviewQueuePage extends VaadinPage {

    public ReviewQueuePage(Page page) {
        super(page);
    }

    public ReviewQueuePage open() {
        go("/staff/applications");
        return this;
    }

    public Locator grid() {
        return page.locator("#applications");
    }

    /** Opens the application of the organisation with this name (the newest are last: the grid is scrolled there). */
    public ApplicationReviewPage openApplication(String organisation) {
        grid().evaluate("grid => grid.scrollToIndex(Math.max(0, grid.size - 1))");
        page.locator("#applications vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(organisation))
                .first()
                .click();
        page.waitForURL("**/staff/applications/*");
        waitForVaadin();
        return new ApplicationReviewPage(page);
    }
}
