package dataport.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dataport.e2e.NewAccounts.BUYER;
import static dataport.e2e.NewAccounts.DEMO_PASSWORD;

import dataport.e2e.pages.LoginPage;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Staff, admin and merchant pages in the browser: anonymous visitors are asked to sign in, a buyer is refused. The
 * whole matrix of roles and views is checked without a browser in the app's own tests; this only proves the wiring.
 */
class AuthorisationE2eTest extends E2eTest {

    /** Each protected page with an element only that page has, which must never reach someone refused. */
    private static final Map<String, String> PROTECTED = Map.of(
            "/staff/applications", "#review-queue",
            "/staff/audit", "#audit-grid",
            "/staff/whitelist", "#whitelist-grid",
            "/admin/users", "#users-grid",
            "/admin/mail", "#mail-grid",
            "/workspace/listings", "#my-listings");

    @Test
    void anAnonymousVisitorOpeningAProtectedPageIsSentToTheLoginPage() {
        LoginPage login = new LoginPage(page);
        PROTECTED.forEach((path, content) -> {
            page.navigate(path);
            login.waitForVaadin();
            assertThat(page).hasURL(Pattern.compile(".*/login$"));
            assertThat(page.locator("#login-form")).isVisible();
            assertThat(page.locator(content)).hasCount(0);
        });
    }

    @Test
    void aBuyerOpeningAProtectedPageIsRefused() {
        LoginPage login = new LoginPage(page).open();
        login.signIn(BUYER, DEMO_PASSWORD);
        PROTECTED.forEach((path, content) -> {
            page.navigate(path);
            login.waitForVaadin();
            assertThat(page.locator("h1")).hasText("Page not found");
            assertThat(page.locator(content)).hasCount(0);
            assertThat(page).hasURL(Pattern.compile(".*" + path + "$"));
        });
    }
}
