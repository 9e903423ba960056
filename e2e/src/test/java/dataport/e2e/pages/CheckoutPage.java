package dataport.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** {@code /checkout/{listingId}?plan=N}: plan, total, indicative conversion, licence, "I agree" and "Pay". */
public class CheckoutPage extends VaadinPage {

    public CheckoutPage(Page page) {
        super(page);
    }

    public CheckoutPage open(long listingId, int plan) {
        go("/checkout/" + listingId + "?plan=" + plan);
        return this;
    }

    public String total() {
        return page.locator("#checkout-total").innerText().strip();
    }

    public String converted() {
        return page.locator("#checkout-converted").innerText().strip();
    }

    public String licence() {
        return page.locator("#checkout-licence").innerText();
    }

    public boolean payEnabled() {
        return page.locator("#checkout-pay").isEnabled();
    }

    /**
     * Chooses where the data will be used (an ISO 3166 code; the list shows "Name (CODE)" in either language).
     * {@code CN}: mainland China, no cross-border routing.
     */
    public CheckoutPage from(String isoCode) {
        page.locator("#checkout-destination input").fill("(" + isoCode + ")");
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText("(" + isoCode + ")"))
                .first()
                .click();
        waitForVaadin();
        return this;
    }

    public CheckoutPage agree() {
        page.locator("#checkout-agree").click();
        waitForVaadin();
        return this;
    }

    /** Presses "Pay" and waits for the emulator's hosted payment page. */
    public StripeHostedPage pay() {
        page.locator("#checkout-pay").click();
        page.waitForURL("**/c/pay/**");
        return new StripeHostedPage(page);
    }
}
