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

    /** The cross-border check shown once a destination outside mainland China is chosen. */
    public ExportNotice exportNotice() {
        return new ExportNotice(page);
    }

    /** The main button's label: "Pay", or "Request review" when the order must wait for an assessment. */
    public String payLabel() {
        return page.locator("#checkout-pay").innerText().strip();
    }

    /** Presses the button of an order routed to review: the order is placed and the assessment page opens. */
    public AssessmentPage requestReview() {
        page.locator("#checkout-pay").click();
        page.waitForURL("**/purchases/*/assessment");
        AssessmentPage assessment = new AssessmentPage(page);
        assessment.waitForVaadin();
        return assessment;
    }

    /** Presses "Pay" and waits for the emulator's hosted payment page. */
    public StripeHostedPage pay() {
        page.locator("#checkout-pay").click();
        page.waitForURL("**/c/pay/**");
        return new StripeHostedPage(page);
    }
}
