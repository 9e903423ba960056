package dataport.e2e.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.util.regex.Pattern;

/** Compliance's spot checks: {@code /compliance/spot-checks} and a campaign's page; the merchant's upload page. */
public class SpotChecksPage extends VaadinPage {

    public SpotChecksPage(Page page) {
        super(page);
    }

    public SpotChecksPage open() {
        go("compliance/spot-checks");
        return this;
    }

    /** Starts a campaign over this month with the given seed and the largest sample; lands on the campaign's page. */
    public SpotChecksPage start(String title, String seed) {
        page.locator("#campaign-title input").fill(title);
        page.locator("#campaign-size input").fill("500");
        page.locator("#campaign-seed input").fill(seed);
        page.locator("#start-campaign").click();
        page.waitForURL(Pattern.compile(".*/compliance/spot-checks/\\d+.*"));
        waitForVaadin();
        return this;
    }

    public String seedShown() {
        return page.locator("#campaign-seed-shown").innerText().strip();
    }

    /** The case of the trade with this certificate. */
    public Locator caseOf(String certificate) {
        return page.locator(".dp-spot-case").filter(new Locator.FilterOptions().setHasText(certificate));
    }

    public void requestEvidence(String certificate, String note) {
        Locator c = caseOf(certificate);
        c.locator(".dp-case-request textarea").fill(note);
        c.locator(".dp-case-request-button").click();
        assertThat(caseOf(certificate).locator(".dp-case-request-button")).hasCount(0);
        waitForVaadin();
    }

    /** Picks the finding by its label in the page's language and closes the case. */
    public void close(String certificate, String findingLabel, String note) {
        Locator c = caseOf(certificate);
        c.locator("vaadin-radio-button").filter(new Locator.FilterOptions().setHasText(findingLabel)).click();
        c.locator(".dp-case-finding-note textarea").fill(note);
        c.locator(".dp-case-close-button").click();
        assertThat(caseOf(certificate).locator(".dp-case-finding")).isVisible();
        waitForVaadin();
    }

    public String caseText(String certificate) {
        return caseOf(certificate).innerText();
    }

    /** The merchant's case card of this order on {@code /workspace/spot-checks} (heading "Order N" / "订单 N"). */
    public Locator merchantCase(long orderId) {
        return page.locator(".dp-spot-case")
                .filter(new Locator.FilterOptions()
                        .setHas(page.locator("h3", new Page.LocatorOptions()
                                .setHasText(Pattern.compile("(^|\\s)" + orderId + "$")))));
    }

    public SpotChecksPage openMerchantCases() {
        go("workspace/spot-checks");
        return this;
    }

    /** The merchant's side: uploads the file for the order's case and waits until the case shows it as sent. */
    public SpotChecksPage uploadEvidence(long orderId, String fileName, byte[] content) {
        openMerchantCases();
        merchantCase(orderId)
                .locator("vaadin-upload input[type=file]")
                .setInputFiles(new FilePayload(fileName, "application/pdf", content));
        assertThat(merchantCase(orderId).locator("vaadin-upload")).hasCount(0);
        waitForVaadin();
        return this;
    }

    public String merchantCaseText(long orderId) {
        return merchantCase(orderId).innerText();
    }
}
