package dataport.e2e.pages;

import com.microsoft.playwright.Page;

/** The Stripe emulator's hosted checkout page (not a Vaadin page): pay, decline or go back. */
public class StripeHostedPage {

    private final Page page;

    public StripeHostedPage(Page page) {
        this.page = page;
    }

    public String text() {
        return page.locator("body").innerText();
    }

    /** Pays and follows the redirect back to DataPort's return page. */
    public CheckoutReturnPage payAndReturn() {
        page.locator("#pay").click();
        page.waitForURL("**/checkout/return/**");
        CheckoutReturnPage back = new CheckoutReturnPage(page);
        back.waitForVaadin();
        return back;
    }

    /** Declines the card: the page stays, showing the error. */
    public String decline() {
        page.locator("#decline").click();
        page.locator("#error").waitFor();
        return page.locator("#error").innerText();
    }

    /** Leaves without paying: back to DataPort's "cancelled" page. */
    public CheckoutReturnPage abandon() {
        page.locator("#back").click();
        page.waitForURL("**/checkout/cancelled/**");
        CheckoutReturnPage back = new CheckoutReturnPage(page);
        back.waitForVaadin();
        return back;
    }
}
