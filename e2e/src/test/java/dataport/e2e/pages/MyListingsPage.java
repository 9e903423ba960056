package dataport.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** {@code /workspace/listings}: a merchant's own listings in every status. */
public class MyListingsPage extends VaadinPage {

    public MyListingsPage(Page page) {
        super(page);
    }

    public MyListingsPage open() {
        go("/workspace/listings");
        return this;
    }

    /** The grid's row cells that show this text (a title, a status). */
    public Locator cellsWithText(String text) {
        return page.locator("#my-listings vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(text));
    }

    public NewListingPage createListing() {
        page.locator("#new-listing").click();
        page.waitForURL("**/workspace/listings/new");
        waitForVaadin();
        return new NewListingPage(page);
    }
}
