package dataport.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

/** {@code /categories/{code}}: the published listings of one track or sub-track (built by the demo helper). */
public class CategoryPage extends VaadinPage {

    public CategoryPage(Page page) {
        super(page);
    }

    public Response open(String code) {
        return go("/categories/" + code);
    }

    /** Links to listings on the page (listing cards link to {@code /listings/{id}}). */
    public Locator linkTo(long listingId) {
        return page.locator("a[href$='listings/" + listingId + "']");
    }
}
