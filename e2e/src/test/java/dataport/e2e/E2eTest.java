package dataport.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

/** One Chromium per test class, a fresh context (cookies, language) per test. */
abstract class E2eTest {

    static final String BASE_URL = System.getProperty("base.url", "http://localhost:8080");
    static final Path SCREENSHOTS = Paths.get(System.getProperty("screenshots.dir", "target/screenshots"));

    /** Flags Chromium needs on this kind of machine: no sandbox as root, no network chatter it cannot complete. */
    private static final List<String> CHROMIUM_ARGS = List.of(
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage");

    static Playwright playwright;
    static Browser browser;

    BrowserContext context;
    Page page;
    /** Further people in the same test (an admin, an officer), each with their own cookies; closed after the test. */
    private final List<BrowserContext> others = new ArrayList<>();
    /** Chromium's "Refused to ..." console errors: the site must work under its own CSP in every test. */
    private final List<String> contentSecurityViolations = java.util.Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void launchBrowser() {
        playwright = Playwright.create();
        browser = playwright.chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setExecutablePath(Paths.get(System.getProperty("chromium.path", "/usr/bin/chromium")))
                        .setHeadless(true)
                        .setArgs(CHROMIUM_ARGS));
        // As patient as the contexts' default timeout: a Vaadin round trip on a busy 2-core machine takes seconds.
        PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void openDesktop() {
        useViewport(Viewport.DESKTOP);
    }

    @AfterEach
    void closeContext() {
        List<String> refused = List.copyOf(contentSecurityViolations);
        contentSecurityViolations.clear();
        org.assertj.core.api.Assertions.assertThat(refused)
                .as("what the browser refused under the site's Content-Security-Policy")
                .isEmpty();
        others.forEach(BrowserContext::close);
        others.clear();
        if (context != null) {
            context.close();
        }
    }

    /** A page in a browser context of its own, as a second person at another computer would have it (desktop size). */
    Page anotherPerson() {
        return anotherPerson(Viewport.DESKTOP, "en-US");
    }

    /** As {@link #anotherPerson()}, with the size and the browser language ({@code en-US}, {@code zh-CN}) given. */
    Page anotherPerson(Viewport viewport, String locale) {
        BrowserContext other = browser.newContext(contextOptions(viewport, locale));
        other.setDefaultTimeout(15_000);
        watchContentSecurity(other);
        others.add(other);
        return other.newPage();
    }

    /** Replaces the current context with a new one of the given size (cookies are not carried over). */
    void useViewport(Viewport viewport) {
        useViewport(viewport, "en-US");
    }

    /**
     * As {@link #useViewport(Viewport)}, with the browser's language: {@code zh-CN} makes DataPort answer in Chinese
     * (a visitor who never used the language switch gets the browser's language).
     */
    void useViewport(Viewport viewport, String locale) {
        if (context != null) {
            context.close();
        }
        context = browser.newContext(contextOptions(viewport, locale));
        context.setDefaultTimeout(15_000);
        watchContentSecurity(context);
        page = context.newPage();
    }

    private void watchContentSecurity(BrowserContext watched) {
        watched.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                contentSecurityViolations.add(message.text());
            }
        });
    }

    private static Browser.NewContextOptions contextOptions(Viewport viewport, String locale) {
        return new Browser.NewContextOptions()
                .setViewportSize(viewport.width, viewport.height)
                .setIsMobile(viewport.mobile)
                .setHasTouch(viewport.mobile)
                .setLocale(locale)
                .setBaseURL(BASE_URL);
    }

    /** Nothing may stick out sideways, least of all on a phone. */
    void assertNoHorizontalScroll() {
        assertNoHorizontalScroll(page);
    }

    static void assertNoHorizontalScroll(Page page) {
        Object overflow = page.evaluate(
                "() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        org.assertj.core.api.Assertions.assertThat(((Number) overflow).intValue())
                .as("horizontal overflow in px at " + page.url())
                .isLessThanOrEqualTo(0);
    }

    /** Saves a full-page screenshot as {@code target/screenshots/<name>.png}. */
    void screenshot(String name) {
        screenshot(page, name);
    }

    static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve(name + ".png"))
                .setFullPage(true));
    }

    enum Viewport {
        DESKTOP(1366, 900, false),
        MOBILE(390, 844, true);

        final int width;
        final int height;
        final boolean mobile;

        Viewport(int width, int height, boolean mobile) {
            this.width = width;
            this.height = height;
            this.mobile = mobile;
        }
    }
}
