package dataport.e2e.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

/**
 * {@code /workspace/listings/new} and {@code /workspace/listings/{id}}: the merchant's editor, with both languages,
 * several plans, images and a sample. Extends the new-listing form's steps.
 */
public class ListingEditorPage extends NewListingPage {

    public ListingEditorPage(Page page) {
        super(page);
    }

    @Override
    public ListingEditorPage open() {
        super.open();
        return this;
    }

    public ListingEditorPage descriptions(String english, String chinese) {
        page.locator("#listing-description-en textarea").fill(english);
        page.locator("#listing-description-zh textarea").fill(chinese);
        return this;
    }

    public ListingEditorPage licences(String english, String chinese) {
        page.locator("#listing-licence-en textarea").fill(english);
        page.locator("#listing-licence-zh textarea").fill(chinese);
        return this;
    }

    /** Adds a monthly subscription as the plan at {@code index} (0 is the form's first plan). */
    public ListingEditorPage addMonthlyPlan(int index, String nameEn, String nameZh, String price, String currency) {
        page.locator("#add-plan").click();
        waitForVaadin();
        String suffix = "-" + index;
        page.locator("#plan-name-en" + suffix + " input").fill(nameEn);
        page.locator("#plan-name-zh" + suffix + " input").fill(nameZh);
        chooseFromSelect(page.locator("#plan-model" + suffix), "Subscription");
        chooseFromSelect(page.locator("#plan-period" + suffix), "Monthly");
        page.locator("#plan-price" + suffix + " input").fill(price);
        chooseFromComboBox(page.locator("#plan-currency" + suffix), currency);
        return this;
    }

    public ListingEditorPage uploadImage(String fileName, byte[] content) {
        upload("#image-upload", new FilePayload(fileName, "image/png", content));
        assertThat(page.locator("#image-list img")).not().hasCount(0);
        return this;
    }

    public ListingEditorPage uploadSample(String fileName, String mimeType, byte[] content) {
        upload("#sample-upload", new FilePayload(fileName, mimeType, content));
        assertThat(page.locator("#sample-name")).containsText(fileName);
        return this;
    }

    private void upload(String id, FilePayload file) {
        page.locator(id + " input[type=file]").setInputFiles(file);
        waitForVaadin();
    }

    public ListingEditorPage saveHere() {
        page.locator("#save-listing").click();
        waitForVaadin();
        return this;
    }

    public ListingEditorPage submit() {
        page.locator("#submit-listing").click();
        waitForVaadin();
        return this;
    }

    public Locator status() {
        return page.locator("#listing-status");
    }

    public ListingEditorPage openPreview() {
        page.locator("#preview-listing").click();
        assertThat(page.locator("#listing-preview")).isVisible();
        return this;
    }

    public void closePreview() {
        page.locator("#close-preview").click();
    }

    /** The listing's id, from the editor's address. */
    public long listingId() {
        String url = page.url();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }
}
