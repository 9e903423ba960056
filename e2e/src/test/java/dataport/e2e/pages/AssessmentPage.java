package dataport.e2e.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.Map;

/**
 * The buyer's {@code /purchases/{orderId}/assessment}: why the order was routed to review, the assessment's status,
 * the form to file it, conditions to accept and "Pay" once approved.
 */
public class AssessmentPage extends VaadinPage {

    /** The ten fields of the form, in form order (ids {@code assessment-<name>}). */
    public static final String[] FIELDS = {
        "recipient", "purpose", "categories", "accessMode", "storage",
        "onwardTransfers", "securityMeasures", "recipientLaw", "incidents", "contract"
    };

    public AssessmentPage(Page page) {
        super(page);
    }

    public AssessmentPage open(long orderId) {
        go("purchases/" + orderId + "/assessment");
        return this;
    }

    public String routing() {
        return page.locator("#routing-summary").innerText();
    }

    public String routingReason() {
        return page.locator("#routing-reason").innerText().strip();
    }

    public String state() {
        return page.locator("#assessment-state").innerText().strip();
    }

    public String hold() {
        return page.locator("#assessment-hold").innerText().strip();
    }

    public boolean payEnabled() {
        return page.locator("#assessment-pay").isEnabled();
    }

    /** Fills every field with the given answers (field name to text) and files the assessment. */
    public AssessmentPage file(Map<String, String> answers) {
        for (String field : FIELDS) {
            page.locator("#assessment-" + field + " textarea").fill(answers.get(field));
        }
        page.locator("#assessment-file").click();
        assertThat(page.locator("#assessment-form")).hasCount(0);
        waitForVaadin();
        return this;
    }

    public String conditions() {
        return page.locator("#assessment-conditions").innerText().strip();
    }

    public AssessmentPage acceptConditions() {
        page.locator("#assessment-accept").click();
        assertThat(page.locator("#assessment-accept")).hasCount(0);
        waitForVaadin();
        return this;
    }

    /** Presses "Pay" and waits for the emulator's hosted payment page. */
    public StripeHostedPage pay() {
        page.locator("#assessment-pay").click();
        page.waitForURL("**/c/pay/**");
        return new StripeHostedPage(page);
    }
}
