package dataport.e2e.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** {@code /staff/applications/<id>}: one application as compliance staff see it, with the decisions. */
public class ApplicationReviewPage extends VaadinPage {

    public ApplicationReviewPage(Page page) {
        super(page);
    }

    /** The state badge; carries {@code data-state}. */
    public Locator state() {
        return page.locator("#review-state");
    }

    /** What the last decision did, or why it was refused. */
    public Locator message() {
        return page.locator("#decision-message");
    }

    /** The value shown for a field (website, legalNameEn, ...). */
    public Locator summaryValue(String field) {
        return page.locator(
                "#application-review .dp-summary-row[data-field='" + field + "'] .dp-summary-value");
    }

    public Locator documents() {
        return page.locator("#review-documents .dp-document");
    }

    public ApplicationReviewPage startReview() {
        page.locator("#start-review").click();
        waitForVaadin();
        assertThat(state()).hasAttribute("data-state", "IN_REVIEW");
        return this;
    }

    /** Adds a comment on one field, {@code fieldLabel} as the field list shows it ("Website"); not sent yet. */
    public ApplicationReviewPage comment(String fieldLabel, String field, String text) {
        chooseFromComboBox(page.locator("#comment-field"), fieldLabel);
        page.locator("#comment-text textarea").fill(text);
        page.locator("#add-comment").click();
        waitForVaadin();
        assertThat(page.locator("#pending-comments li[data-field='" + field + "']")).containsText(text);
        return this;
    }

    /** Sends the comments added so far to the applicant. */
    public ApplicationReviewPage requestChanges() {
        page.locator("#request-changes").click();
        waitForVaadin();
        return this;
    }

    /** "Approve", then "Approve" again in the dialog that asks first (naming the merchant). */
    public ApplicationReviewPage approve() {
        page.locator("#approve").click();
        waitForVaadin();
        assertThat(page.locator("#confirm-approve-yes")).isVisible();
        page.locator("#confirm-approve-yes").click();
        waitForVaadin();
        return this;
    }

    /** Clicks "Approve" and leaves the confirmation open. */
    public ApplicationReviewPage askToApprove() {
        page.locator("#approve").click();
        waitForVaadin();
        assertThat(page.locator("#confirm-approve-yes")).isVisible();
        return this;
    }

    /** The open confirmation dialog; its question is in {@code aria-description} (the text is drawn in an overlay). */
    public Locator confirmation() {
        return page.locator("vaadin-confirm-dialog[opened]");
    }

    public ApplicationReviewPage cancelConfirmation() {
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName(
                        java.util.regex.Pattern.compile("^(Cancel|取消)$")))
                .click();
        waitForVaadin();
        return this;
    }

    public ApplicationReviewPage reload() {
        page.reload();
        waitForVaadin();
        return this;
    }
}
