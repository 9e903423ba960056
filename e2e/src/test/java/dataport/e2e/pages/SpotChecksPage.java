package dataport.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Path;

/** Compliance's spot checks: {@code /compliance/spot-checks} and a campaign's page; the merchant's upload page. */
public class SpotChecksPage extends VaadinPage {

    public SpotChecksPage(Page page) {
        super(page);
    }

    public SpotChecksPage open() {
        go("compliance/spot-checks");
        return this;
    }

    /** Starts a campaign over today with the given seed and a large sample; lands on the campaign's page. */
    public SpotChecksPage start(String title, String seed) {
        page.locator("#campaign-title input").fill(title);
        page.locator("#campaign-size input").fill("500");
        page.locator("#campaign-seed input").fill(seed);
        page.locator("#start-campaign").click();
        page.waitForURL("**/compliance/spot-checks/**");
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
        waitForVaadin();
    }

    /** Picks the finding by its label in the page's language and closes the case. */
    public void close(String certificate, String findingLabel, String note) {
        Locator c = caseOf(certificate);
        c.locator("vaadin-radio-button").filter(new Locator.FilterOptions().setHasText(findingLabel)).click();
        c.locator(".dp-case-finding-note textarea").fill(note);
        c.locator(".dp-case-close-button").click();
        waitForVaadin();
    }

    public String caseText(String certificate) {
        return caseOf(certificate).innerText();
    }

    /** The merchant's side: uploads the file for the order's case on {@code /workspace/spot-checks}. */
    public SpotChecksPage uploadEvidence(long orderId, Path file) {
        go("workspace/spot-checks");
        Locator c = page.locator(".dp-spot-case").filter(new Locator.FilterOptions().setHasText(String.valueOf(orderId)));
        c.locator("vaadin-upload input[type=file]").setInputFiles(file);
        page.waitForTimeout(500);
        waitForVaadin();
        return this;
    }

    public String merchantCaseText(long orderId) {
        return page.locator(".dp-spot-case")
                .filter(new Locator.FilterOptions().setHasText(String.valueOf(orderId)))
                .innerText();
    }
}
