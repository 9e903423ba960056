package dataport.e2e.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;

/** The merchant's order page {@code /workspace/orders/{orderId}}: receipt, steps, "Mark delivered" with a note. */
public class MerchantOrderPage extends VaadinPage {

    public MerchantOrderPage(Page page) {
        super(page);
    }

    public MerchantOrderPage open(long orderId) {
        go("workspace/orders/" + orderId);
        return this;
    }

    public String steps() {
        return page.locator("#fulfilment-steps").innerText();
    }

    public MerchantOrderPage markDelivered(String note) {
        page.locator("#delivery-note textarea").fill(note);
        page.locator("#mark-delivered-button").click();
        assertThat(page.locator("#sale-state")).isVisible();
        waitForVaadin();
        return this;
    }

    public String state() {
        return page.locator("#sale-state").innerText().strip();
    }

    /** The money panel's split line: total, platform fee and the merchant's share. */
    public String money() {
        return page.locator("#sale-money").innerText();
    }

    /** Refunds this amount (major units, e.g. "500") to the buyer and waits for the page to show the refund. */
    public MerchantOrderPage refund(String amount) {
        page.locator("#refund-amount input").fill(amount);
        page.locator("#refund-submit").click();
        assertThat(page.locator("#sale-refunded")).isVisible();
        waitForVaadin();
        return this;
    }

    public String refunded() {
        return page.locator("#sale-refunded").innerText().strip();
    }
}
