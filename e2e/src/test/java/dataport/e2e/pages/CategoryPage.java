package dataport.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

/** A track's or sub-track's page, {@code /categories/{code}}, and the home page's browse-by-track tiles. */
public class CategoryPage extends VaadinPage {

    public CategoryPage(Page page) {
        super(page);
    }

    public Response open(String code) {
        return go("/categories/" + code);
    }

    /** Clicks a track's tile on the home page (the home page must be open). */
    public static CategoryPage fromHome(Page page, String trackCode) {
        page.locator("#tracks [data-track='" + trackCode + "'] .dp-track-name").click();
        page.waitForURL("**/categories/" + trackCode);
        CategoryPage category = new CategoryPage(page);
        category.waitForVaadin();
        return category;
    }

    public String title() {
        return page.locator("#category-title").innerText().strip();
    }

    public String breadcrumb() {
        return page.locator("#breadcrumb").innerText().strip();
    }

    public String count() {
        return page.locator("#category-count").innerText().strip();
    }

    public Locator subTracks() {
        return page.locator("#sub-tracks .dp-subtrack");
    }

    public Locator listings() {
        return page.locator("#category-listings .dp-card");
    }

    public CategoryPage openSubTrack(String code) {
        page.locator("#sub-tracks a[href='categories/" + code + "']").click();
        page.waitForURL("**/categories/" + code);
        waitForVaadin();
        return this;
    }

    /** Opens the n-th listing card (0-based) of the page. */
    public ListingPage openListing(int index) {
        listings().nth(index).locator(".dp-card-link").click();
        page.waitForURL("**/listings/**");
        waitForVaadin();
        return new ListingPage(page);
    }

    /** Links to one listing on the page (listing cards link to {@code /listings/{id}}). */
    public Locator linkTo(long listingId) {
        return page.locator("a[href$='listings/" + listingId + "']");
    }
}
