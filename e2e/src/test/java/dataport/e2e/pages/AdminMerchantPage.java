package dataport.e2e.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** {@code /admin/merchants} and {@code /admin/merchants/{id}} (ADMIN): merchants by name, drafts and claim invitations. */
public class AdminMerchantPage extends VaadinPage {

    public AdminMerchantPage(Page page) {
        super(page);
    }

    /** Finds the merchant by name in the list and opens its admin page. */
    public AdminMerchantPage openByName(String name) {
        go("/admin/merchants");
        page.locator("#admin-merchants-filter input").fill(name);
        page.locator("#admin-merchants-filter input").press("Enter");
        waitForVaadin();
        page.locator("#admin-merchants-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(name))
                .first()
                .click();
        page.waitForURL("**/admin/merchants/*");
        waitForVaadin();
        assertThat(page.locator("#admin-merchant")).isVisible();
        return this;
    }

    public Locator owner() {
        return page.locator("#admin-merchant-owner");
    }

    /** "Send invitation" for this address; the invitation then shows in the list below. */
    public AdminMerchantPage invite(String email) {
        page.locator("#claim-email input").fill(email);
        page.locator("#claim-send").click();
        waitForVaadin();
        return this;
    }

    public Locator invitations() {
        return page.locator("#claim-invitations");
    }
}
