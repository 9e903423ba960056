package dataport.e2e.pages;

import com.microsoft.playwright.Page;

/** {@code /signup}. */
public class SignUpPage extends VaadinPage {

    public SignUpPage(Page page) {
        super(page);
    }

    public SignUpPage open() {
        go("/signup");
        return this;
    }

    /** Fills the form; {@code language} is the label of the preferred language as shown ("English", "简体中文"). */
    public SignUpPage fill(String email, String name, String password, String language) {
        page.locator("#signup-email input").fill(email);
        page.locator("#signup-name input").fill(name);
        page.locator("#signup-password input").fill(password);
        page.locator("#signup-confirmation input").fill(password);
        page.locator("#signup-language vaadin-radio-button").filter(
                        new com.microsoft.playwright.Locator.FilterOptions().setHasText(language))
                .locator("input")
                .check();
        return this;
    }

    public void submit() {
        page.locator("#signup-submit").click();
        waitForVaadin();
    }

    /** The confirmation shown after a successful sign-up. */
    public String doneText() {
        return page.locator("#signup-done").innerText().strip();
    }
}
