package dataport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import dataport.e2e.pages.HomePage;
import dataport.e2e.pages.ListingPage;
import dataport.e2e.pages.MerchantPage;
import dataport.e2e.pages.SearchPage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** axe-core WCAG 2.1 AA checks of each view; serious and critical findings fail the build. */
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
        AxeResults results = new AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
                .analyze();
        List<String> serious = results.getViolations().stream()
                .filter(v -> "serious".equals(v.getImpact()) || "critical".equals(v.getImpact()))
                .map(AccessibilityTest::describe)
                .toList();
        assertThat(serious).as("accessibility violations on the " + view + " page").isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " at "
                + rule.getNodes().stream().limit(3).map(n -> String.valueOf(n.getTarget())).toList();
    }
}
