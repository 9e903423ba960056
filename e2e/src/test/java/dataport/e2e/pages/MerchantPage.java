package dataport.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

public class MerchantPage extends VaadinPage {

    public MerchantPage(Page page) {
        super(page);
    }

    public Response open(String slug) {
        return go("/merchants/" + slug);
    }

    public String name() {
        return page.locator("#merchant-name").innerText().strip();
    }

    public Locator whitelistBadge() {
        return page.locator("#merchant-whitelisted");
    }

    public Locator listings() {
        return page.locator("#merchant-listings .dp-card");
    }
}
