package dataport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import dataport.e2e.pages.SearchPage;
import org.junit.jupiter.api.Test;

/** What a security scan of the running site looks at: headers, the session cookie, the public health answer. */
class SecurityBasicsTest extends E2eTest {

    @Test
    void pagesAreServedWithAContentSecurityPolicyTheSiteWorksUnder() {
        Response home = page.navigate("/");

        assertThat(home.headerValue("content-security-policy"))
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'");
        assertThat(home.headerValue("x-content-type-options")).isEqualTo("nosniff");
        assertThat(home.headerValue("referrer-policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(home.headerValue("x-frame-options")).isEqualTo("DENY");

        // A search round trip under the policy: the base class fails the test on any refused script or style.
        SearchPage search = new SearchPage(page);
        search.open("weather");
        assertThat(search.countNumber()).isPositive();
    }

    @Test
    void theSessionCookieIsHiddenFromScriptsAndStaysOnThisSite() {
        page.navigate("/");
        new SearchPage(page).waitForVaadin();

        Cookie session = context.cookies().stream()
                .filter(cookie -> cookie.name.equals("JSESSIONID"))
                .findFirst()
                .orElseThrow();
        assertThat(session.httpOnly).isTrue();
        assertThat(session.sameSite).isEqualTo(SameSiteAttribute.LAX);
        assertThat(page.evaluate("() => document.cookie")).asString().doesNotContain("JSESSIONID");
    }

    @Test
    void anAnonymousClientSeesHealthWithoutDetails() {
        var health = page.request().get(BASE_URL + "/actuator/health");

        assertThat(health.text()).contains("\"status\"", "\"db\"").doesNotContain("\"details\"", "\"path\"");
    }
}
