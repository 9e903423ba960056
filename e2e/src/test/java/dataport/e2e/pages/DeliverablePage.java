package dataport.e2e.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

/** The merchant's file for a FILE listing, {@code /workspace/listings/{id}/deliverable}: current file and upload. */
public class DeliverablePage extends VaadinPage {

    public DeliverablePage(Page page) {
        super(page);
    }

    public DeliverablePage open(long listingId) {
        go("workspace/listings/" + listingId + "/deliverable");
        return this;
    }

    /** Uploads the file and waits until the page shows it as the current one. */
    public DeliverablePage upload(String fileName, String mimeType, byte[] content) {
        page.locator("#deliverable-file input[type=file]").setInputFiles(new FilePayload(fileName, mimeType, content));
        assertThat(page.locator("#current-file-name")).hasText(fileName);
        waitForVaadin();
        return this;
    }

    /** Uploads a file the server refuses and returns the reason shown under the upload. */
    public String uploadRefused(String fileName, String mimeType, byte[] content) {
        page.locator("#deliverable-file input[type=file]").setInputFiles(new FilePayload(fileName, mimeType, content));
        assertThat(page.locator("#deliverable-error")).isVisible();
        return page.locator("#deliverable-error").innerText().strip();
    }

    public String sha256() {
        return page.locator("#current-file-sha256").innerText().strip();
    }
}
