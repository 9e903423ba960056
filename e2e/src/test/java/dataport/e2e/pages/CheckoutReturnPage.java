package dataport.e2e.pages;

import com.microsoft.playwright.Page;

/** {@code /checkout/return/{id}} and {@code /checkout/cancelled/{id}}. */
public class CheckoutReturnPage extends VaadinPage {

    public CheckoutReturnPage(Page page) {
        super(page);
    }

    public String status() {
        return page.locator("#return-status").innerText().strip();
    }

    public String order() {
        return page.locator("#return-order").innerText().strip();
    }
}
