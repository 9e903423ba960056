package dataport.e2e.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** Compliance staff's queue {@code /staff/assessments} and one assessment's review page with the decisions. */
public class AssessmentReviewPage extends VaadinPage {

    public AssessmentReviewPage(Page page) {
        super(page);
    }

    public AssessmentReviewPage openQueue() {
        go("staff/assessments");
        return this;
    }

    /** The queue entry of this order. */
    public Locator queueEntry(String orderNumber) {
        return page.locator("#assessment-queue a[id^=queue-]")
                .filter(new Locator.FilterOptions().setHasText(orderNumber));
    }

    /** Opens the review of the order's assessment from the queue. */
    public AssessmentReviewPage openFromQueue(String orderNumber) {
        openQueue();
        queueEntry(orderNumber).click();
        page.waitForURL("**/staff/assessments/**");
        assertThat(page.locator("#assessment-review")).isVisible();
        waitForVaadin();
        return this;
    }

    public String routing() {
        return page.locator("#routing-summary").innerText();
    }

    public String answers() {
        return page.locator("#assessment-review").innerText();
    }

    public String state() {
        return page.locator("#review-state").innerText().strip();
    }

    public AssessmentReviewPage approve(String conditions) {
        page.locator("#decide-conditions textarea").fill(conditions);
        page.locator("#decide-approve").click();
        assertThat(page.locator("#assessment-decision")).hasCount(0);
        waitForVaadin();
        return this;
    }
}
