package dataport.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** {@code /claim?token=…}: the invitation to become an imported merchant's owner. */
public class ClaimPage extends VaadinPage {

    public ClaimPage(Page page) {
        super(page);
    }

    /** Opens the link from the invitation mail (path and query). */
    public ClaimPage open(String pathAndQuery) {
        go(pathAndQuery);
        return this;
    }

    public Locator lead() {
        return page.locator("#claim-lead");
    }

    public Locator message() {
        return page.locator("#claim-message");
    }

    public Locator signUpLink() {
        return page.locator("#claim-signup");
    }

    /** "Accept and continue to the application": the onboarding wizard opens, claiming the merchant. */
    public OnboardingPage accept() {
        page.locator("#claim-accept").click();
        page.waitForURL("**/onboarding");
        waitForVaadin();
        return new OnboardingPage(page);
    }
}
