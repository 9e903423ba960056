package dataport.e2e.pages;

import com.microsoft.playwright.Page;

/** {@code /login}: Vaadin's login form, posting to Spring Security. */
public class LoginPage extends VaadinPage {

    public LoginPage(Page page) {
        super(page);
    }

    public LoginPage open() {
        go("/login");
        return this;
    }

    /** Signs in and waits for the page Spring Security sends the browser to (back to /login?error on failure). */
    public void signIn(String email, String password) {
        page.locator("#login-form vaadin-text-field[name='username'] input").fill(email);
        page.locator("#login-form vaadin-password-field[name='password'] input").fill(password);
        page.locator("#login-form vaadin-password-field[name='password'] input").press("Enter");
        page.waitForURL(url -> !url.endsWith("/login"));
        waitForVaadin();
    }

    /** The display name in the header's user menu, or empty when nobody is signed in. */
    public String signedInName() {
        if (page.locator("#user-menu").count() == 0) {
            return "";
        }
        return page.locator("#user-menu vaadin-menu-bar-button").first().innerText().strip();
    }

    public boolean showsSignInLink() {
        return page.locator("#sign-in-link").isVisible();
    }

    public void signOut() {
        page.locator("#user-menu vaadin-menu-bar-button").first().click();
        page.locator("#sign-out").click();
        page.waitForCondition(() -> page.locator("#sign-in-link").count() > 0);
        waitForVaadin();
    }
}
