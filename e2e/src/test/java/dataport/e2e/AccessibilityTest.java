package dataport.e2e;

import dataport.e2e.pages.HomePage;
import dataport.e2e.pages.ListingPage;
import dataport.e2e.pages.MerchantPage;
import dataport.e2e.pages.SearchPage;
import org.junit.jupiter.api.Test;

/**
 * axe-core WCAG 2.1 AA checks of each view; serious and critical findings fail the build. The onboarding wizard and
 * the staff's review pages are checked by {@link OnboardingScreenshotsTest}, which has an application at every step.
 */
class AccessibilityTest extends E2eTest {

    @Test
    void homeSearchListingAndMerchantPagesHaveNoSeriousViolations() {
        HomePage home = new HomePage(page).open();
        assertAccessible("home");

        SearchPage search = home.search("cloud storage");
        assertAccessible("search");

        search.openResult(0);
        assertAccessible("listing");

        new MerchantPage(page).open("meridian-straits");
        assertAccessible("merchant");

        new ListingPage(page).open("999999999");
        assertAccessible("not found");
    }

    private void assertAccessible(String view) {
        Accessibility.assertAccessible(page, view);
    }
}
