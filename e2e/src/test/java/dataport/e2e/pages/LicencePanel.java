package dataport.e2e.pages;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The licence in plain words (listing page, checkout, purchase page) and its ODRL policy link (issue 17). */
public class LicencePanel extends VaadinPage {

    private final String scope;

    /** @param scope the CSS selector of the part of the page that holds it, e.g. {@code #order-licence} */
    public LicencePanel(Page page, String scope) {
        super(page);
        this.scope = scope;
    }

    public Locator sentences() {
        return page.locator(scope + " #licence-sentences li");
    }

    public String policyHref() {
        return page.locator(scope + " #licence-policy-link").getAttribute("href");
    }

    /** Fetches the policy link as a machine would (no browser session needed: policies are public). */
    public APIResponse fetchPolicy() {
        return page.context().request().get(policyHref());
    }
}
