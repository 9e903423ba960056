package dataport.e2e.pages;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

public class ListingPage extends VaadinPage {

    public ListingPage(Page page) {
        super(page);
    }

    public Response open(String idOrPath) {
        return go("/listings/" + idOrPath);
    }

    public String title() {
        return page.locator("#listing-title").innerText().strip();
    }

    public String plans() {
        return page.locator("#listing-plans").innerText();
    }

    /** Follows the merchant card's link to the merchant's public page. */
    public MerchantPage openMerchant() {
        page.locator("#merchant-link").click();
        page.waitForURL("**/merchants/**");
        waitForVaadin();
        return new MerchantPage(page);
    }

    public com.microsoft.playwright.Locator images() {
        return page.locator("#listing-images img");
    }

    /** Clicks "Download sample" and returns the downloaded file. */
    public com.microsoft.playwright.Download downloadSample() {
        return page.waitForDownload(() -> page.locator("#sample-download").click());
    }

    public String merchantCard() {
        return page.locator("#merchant-card").innerText();
    }

    /** What the cross-border rules decide for a buyer outside mainland China. */
    public ExportNotice exportNotice() {
        return new ExportNotice(page);
    }
}
