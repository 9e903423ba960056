package dataport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import dataport.e2e.pages.LoginPage;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 19's cross-cutting fixes as a reader sees them: labelled times on the staff pages, the merchant's contact on
 * the listing and merchant pages, a refused over-long sign-up, and a language switch without a reload, in English and
 * Chinese at desktop (1280 px) and phone (390 px) width.
 */
class CrosscutScreenshotsTest extends E2eTest {

    private static final String PASSWORD = "DataPort-Demo-2026!";

    record Size(String name, int width, int height, boolean mobile) {}

    private static final List<Size> SIZES =
            List.of(new Size("desktop", 1280, 900, false), new Size("phone", 390, 844, true));

    @Test
    void theChangedPagesInBothLanguagesAtBothWidths() {
        for (Size size : SIZES) {
            for (String language : List.of("en-US", "zh-CN")) {
                String tag = language.startsWith("zh") ? "zh" : "en";
                Page p = open(size, language);
                shoot(p, "/listings/3", "crosscut-listing-contact-" + size.name() + "-" + tag);
                assertThat(p.locator("#merchant-contact-button").getAttribute("href"))
                        .startsWith("mailto:sales@harbourdata.example");
                shoot(p, "/merchants/harbour-data", "crosscut-merchant-contact-" + size.name() + "-" + tag);

                p.navigate("/signup");
                new LoginPage(p).waitForVaadin();
                String name = "N".repeat(130);
                p.locator("#signup-name input").fill(name);
                p.locator("#signup-submit").click();
                new LoginPage(p).waitForVaadin();
                assertThat(p.locator("#signup-name input").inputValue()).isEqualTo(name);
                screenshot(p, "crosscut-signup-too-long-" + size.name() + "-" + tag);

                // A mail to show on the mail page, with its time.
                p.navigate("/forgot-password");
                new LoginPage(p).waitForVaadin();
                p.locator("#forgot-email input").fill("admin@dataport.example");
                p.locator("#forgot-submit").click();
                new LoginPage(p).waitForVaadin();

                signIn(p, "admin@dataport.example");
                shoot(p, "/admin/mail", "crosscut-mail-times-" + size.name() + "-" + tag);
                assertThat(p.locator("#mail-grid vaadin-grid-cell-content").allInnerTexts())
                        .anySatisfy(t -> assertThat(t).containsPattern("\\d{2}:\\d{2} UTC\\+8"));
                shoot(p, "/staff/audit", "crosscut-audit-times-" + size.name() + "-" + tag);
                shoot(p, "/staff/whitelist", "crosscut-whitelist-" + size.name() + "-" + tag);
                p.context().close();
            }
        }
    }

    @Test
    void switchingLanguageKeepsThePageWithoutReloadingIt() {
        Page p = open(SIZES.getFirst(), "en-US");
        p.navigate("/search?q=data");
        new LoginPage(p).waitForVaadin();
        p.evaluate("() => window.__sameDocument = true");
        String before = p.locator("h1").first().innerText();

        p.locator("#language-switch").click();
        p.waitForFunction("() => document.documentElement.lang === 'zh-CN'");
        new LoginPage(p).waitForVaadin();

        assertThat(p.evaluate("() => window.__sameDocument === true")).as("no reload").isEqualTo(true);
        assertThat(p.url()).endsWith("/search?q=data");
        assertThat(p.locator("h1").first().innerText()).isNotEqualTo(before);
        assertThat(p.locator("#language-switch").innerText()).isEqualTo("English");
        // The choice survives a reload (cookie).
        p.reload();
        new LoginPage(p).waitForVaadin();
        assertThat(p.evaluate("() => document.documentElement.lang")).isEqualTo("zh-CN");
        p.context().close();
    }

    @Test
    void aReaderInBerlinSeesTimesInTheirOwnZoneNamed() {
        Page p = open(SIZES.getFirst(), "en-US", "Europe/Berlin");
        signIn(p, "admin@dataport.example");
        p.navigate("/staff/audit");
        new LoginPage(p).waitForVaadin();
        assertThat(p.locator("#audit-grid vaadin-grid-cell-content").allInnerTexts())
                .anySatisfy(t -> assertThat(t).containsPattern("\\d{2}:\\d{2} UTC\\+1"))
                .noneSatisfy(t -> assertThat(t).contains("UTC+8"));
        p.context().close();
    }

    private Page open(Size size, String language) {
        return open(size, language, "Asia/Shanghai");
    }

    private Page open(Size size, String language, String zone) {
        BrowserContext ctx = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(size.width(), size.height())
                .setIsMobile(size.mobile())
                .setHasTouch(size.mobile())
                .setLocale(language)
                .setTimezoneId(zone)
                .setBaseURL(BASE_URL));
        ctx.setDefaultTimeout(20_000);
        return ctx.newPage();
    }

    private static void signIn(Page p, String email) {
        p.navigate("/login");
        LoginPage login = new LoginPage(p);
        login.waitForVaadin();
        login.signIn(email, PASSWORD);
    }

    private static void shoot(Page p, String path, String name) {
        p.navigate(path);
        new LoginPage(p).waitForVaadin();
        p.waitForTimeout(500);
        screenshot(p, name);
    }
}
