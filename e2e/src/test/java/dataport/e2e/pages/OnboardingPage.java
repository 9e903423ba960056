package dataport.e2e.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

/**
 * {@code /onboarding}: the merchant wizard (organisation, documents, data compliance, terms, review) and, once
 * submitted, the application's status with the reviewer's comments.
 */
public class OnboardingPage extends VaadinPage {

    public OnboardingPage(Page page) {
        super(page);
    }

    public OnboardingPage open() {
        go("/onboarding");
        return this;
    }

    /** Carries {@code data-state} (DRAFT, SUBMITTED, CHANGES_REQUESTED, APPROVED, ...). */
    public Locator status() {
        return page.locator("#application-status");
    }

    /** The current step's content; carries {@code data-step} (ORGANISATION, DOCUMENTS, ASSESSMENT, TERMS, REVIEW). */
    public Locator step() {
        return page.locator("#wizard-step");
    }

    // --- organisation

    /** Picks a radio button of {@code #origin} by its label, e.g. "Outside mainland China (foreign)". */
    public OnboardingPage origin(String label) {
        radio("origin", label);
        return this;
    }

    /** Types into the country combo box and picks the country from the list. */
    public OnboardingPage country(String name) {
        chooseFromComboBox(page.locator("#country"), name);
        return this;
    }

    /** A text field of the organisation step by its id: legal-name-zh, legal-name-en, registration-number, ... */
    public Locator field(String id) {
        return page.locator("#" + id + " input");
    }

    public OnboardingPage type(String id, String text) {
        field(id).fill(text);
        return this;
    }

    /** The error message shown on a field. */
    public Locator errorOf(String id) {
        return page.locator("#" + id + " [slot='error-message']");
    }

    /** Leaves the wizard as a user would, by the header's "Browse" link (the field being typed in loses focus). */
    public OnboardingPage leaveByTheMenu() {
        page.locator("header a[href='search'], a[href='search']").first().click();
        page.waitForURL(url -> url.contains("/search"));
        waitForVaadin();
        return this;
    }

    /** The helper line under a field, where a reviewer's comment is shown. */
    public Locator helperOf(String id) {
        return page.locator("#" + id + " [slot='helper']");
    }

    // --- documents

    public Locator documentKind() {
        return page.locator("#document-kind");
    }

    /** Chooses what the next upload is: "Certificate of incorporation", "Other document", ... */
    public OnboardingPage documentKind(String label) {
        chooseFromSelect(documentKind(), label);
        return this;
    }

    /** Hands a file to the upload as if chosen in the file dialog; the upload starts at once. */
    public void upload(String fileName, String mimeType, byte[] content) {
        page.locator("#document-upload input[type=file]").setInputFiles(new FilePayload(fileName, mimeType, content));
    }

    public Locator documents() {
        return page.locator("#document-list .dp-document");
    }

    public Locator documentsError() {
        return page.locator("#documents-error");
    }

    // --- data compliance

    public OnboardingPage category(String label) {
        page.locator("#data-categories vaadin-checkbox")
                .filter(new Locator.FilterOptions().setHasText(label))
                .locator("input")
                .check();
        return this;
    }

    public OnboardingPage classification(String label) {
        radio("classification", label);
        return this;
    }

    public OnboardingPage personalInformation(String yesOrNo) {
        radio("personal-information", yesOrNo);
        return this;
    }

    public OnboardingPage crossBorder(String label) {
        radio("cross-border", label);
        return this;
    }

    public OnboardingPage description(String text) {
        page.locator("#data-description textarea").fill(text);
        return this;
    }

    // --- terms, review

    public OnboardingPage acceptTerms() {
        page.locator("#accept-terms input").check();
        return this;
    }

    /** The value shown for a field on the review step, by its field name (website, legalNameEn, ...). */
    public Locator summaryValue(String field) {
        return page.locator("#application-summary .dp-summary-row[data-field='" + field + "'] .dp-summary-value");
    }

    /** The reviewer's comments listed above the wizard, one per field ({@code data-field}). */
    public Locator reviewComment(String field) {
        return page.locator("#review-comments li[data-field='" + field + "']");
    }

    // --- buttons

    /** "Next": saves the step and, when it is complete, shows the following one. */
    public OnboardingPage next() {
        return click("#wizard-next");
    }

    public OnboardingPage back() {
        return click("#wizard-back");
    }

    /** Jumps to a step already reached with the step list above the form (ORGANISATION, ..., REVIEW). */
    public OnboardingPage goToStep(String stepName) {
        click("#step-" + stepName);
        assertThat(step()).hasAttribute("data-step", stepName);
        return this;
    }

    /** Moves on with "Next" until the step is {@code stepName}, checking each step is reached. */
    public OnboardingPage nextUntil(String stepName) {
        for (int i = 0; i < 5 && !stepName.equals(step().getAttribute("data-step")); i++) {
            String before = step().getAttribute("data-step");
            next();
            assertThat(step()).not().hasAttribute("data-step", before);
        }
        assertThat(step()).hasAttribute("data-step", stepName);
        return this;
    }

    /** "Submit application", or "Submit again" after changes were requested. */
    public Locator submitButton() {
        return page.locator("#submit-application");
    }

    public OnboardingPage submit() {
        return click("#submit-application");
    }

    private OnboardingPage click(String selector) {
        page.locator(selector).click();
        waitForVaadin();
        return this;
    }

    private void radio(String id, String label) {
        page.locator("#" + id + " vaadin-radio-button")
                .filter(new Locator.FilterOptions().setHasText(label))
                .locator("input")
                .check();
    }
}
