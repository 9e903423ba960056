package dataport.e2e.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;

/** The buyer's purchase page {@code /purchases/{orderId}}: receipt, download, keys, notes, accept. */
public class PurchasePage extends VaadinPage {

    public PurchasePage(Page page) {
        super(page);
    }

    public PurchasePage open(long orderId) {
        go("purchases/" + orderId);
        return this;
    }

    /** Reloads until the download link is there (delivery reacts to the payment after it commits). */
    public PurchasePage openWhenDelivered(long orderId) {
        for (int attempt = 0; attempt < 30; attempt++) {
            open(orderId);
            if (page.locator("#download-link").count() > 0) {
                return this;
            }
            page.waitForTimeout(1000);
        }
        throw new AssertionError("Order " + orderId + " was not delivered");
    }

    public String status() {
        return page.locator("#order-status").innerText().strip();
    }

    public String sha256() {
        return page.locator("#file-sha256").innerText().strip();
    }

    public String downloadsLeft() {
        return page.locator("#downloads-left").innerText().strip();
    }

    public String downloadHref() {
        return page.locator("#download-link").getAttribute("href");
    }

    /** Clicks the download link and returns the file the browser saved. */
    public Download download() {
        return page.waitForDownload(() -> page.locator("#download-link").click());
    }

    public String notes() {
        return page.locator("#delivery-notes").innerText();
    }

    public PurchasePage accept() {
        page.locator("#accept-delivery").click();
        assertThat(page.locator("#accepted")).isVisible();
        waitForVaadin();
        return this;
    }
}
