package dataport.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import dataport.e2e.pages.AdminMailPage;
import dataport.e2e.pages.LoginPage;
import dataport.e2e.pages.SignUpPage;

/** Accounts made through the real sign-up, for tests that need someone new (demo accounts are shared by all tests). */
final class NewAccounts {

    static final String ADMIN = "admin@dataport.example";
    static final String COMPLIANCE = "compliance@dataport.example";
    static final String BUYER = "buyer@dataport.example";
    static final String DEMO_PASSWORD = "DataPort-Demo-2026!";

    private NewAccounts() {}

    /** An address no earlier run has used, so the suite can run again against the same app. */
    static String uniqueEmail(String who) {
        return who + "." + System.currentTimeMillis() + "@example.com";
    }

    /**
     * Signs {@code visitor} up, has {@code admin} (a page of another browser context) read the verification mail on
     * /admin/mail, then follows its link as the visitor and signs the visitor in.
     */
    static void signUpVerifyAndSignIn(Page visitor, Page admin, String email, String name, String password) {
        SignUpPage signUp = new SignUpPage(visitor).open();
        signUp.fill(email, name, password, "English").submit();
        assertThat(visitor.locator("#signup-done")).isVisible();

        new LoginPage(admin).open().signIn(ADMIN, DEMO_PASSWORD);
        String link = new AdminMailPage(admin).open().firstLinkOfMailTo(email);

        AdminMailPage verify = new AdminMailPage(visitor);
        verify.follow(link);
        assertThat(visitor.locator("h1")).hasText("Your e-mail address is verified");

        LoginPage login = new LoginPage(visitor).open();
        login.signIn(email, password);
        assertThat(visitor.locator("#user-menu")).containsText(name);
    }
}
