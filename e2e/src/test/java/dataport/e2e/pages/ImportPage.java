package dataport.e2e.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;

/** {@code /workspace/import} (merchants) and {@code /admin/import} (ADMIN): bulk import of a spreadsheet. */
public class ImportPage extends VaadinPage {

    public ImportPage(Page page) {
        super(page);
    }

    public ImportPage open() {
        go("/workspace/import");
        return this;
    }

    public ImportPage openAsAdmin() {
        go("/admin/import");
        return this;
    }

    /** Hands the file to the upload as if chosen in the file dialog, and waits until the columns can be matched. */
    public ImportPage upload(String fileName, String mimeType, byte[] content) {
        page.locator("#import-file input[type=file]").setInputFiles(new FilePayload(fileName, mimeType, content));
        return this;
    }

    public Locator fileInfo() {
        return page.locator("#import-file-info");
    }

    public Locator fileError() {
        return page.locator("#import-file-error");
    }

    /** The column chosen for a field, e.g. {@code TITLE_ZH}. */
    public Locator columnOf(String field) {
        return page.locator("#map-" + field + " input");
    }

    public ImportPage check() {
        page.locator("#import-check").click();
        waitForVaadin();
        assertThat(page.locator("#import-preview-summary")).isVisible();
        return this;
    }

    public Locator previewSummary() {
        return page.locator("#import-preview-summary");
    }

    public Locator previewCells(String text) {
        return page.locator("#import-preview-grid vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(text));
    }

    public ImportPage runImport() {
        page.locator("#import-run").click();
        return this;
    }

    public Locator resultSummary() {
        return page.locator("#import-result-summary");
    }

    public Locator progress() {
        return page.locator("#import-progress");
    }

    /** Downloads the error report offered after the import and returns its text. */
    public String downloadErrorReport() {
        Download download = page.waitForDownload(() -> page.locator("#import-error-report").click());
        try (var in = download.createReadStream()) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public ImportPage again() {
        page.locator("#import-again").click();
        waitForVaadin();
        return this;
    }

    /**
     * "Provider · value for every row" of a file without a provider column (ADMIN): types a new merchant's name (or an
     * existing one's) and confirms it with Enter.
     */
    public ImportPage providerForEveryRow(String name) {
        Locator input = page.locator("#default-PROVIDER input");
        input.fill(name);
        input.press("Enter");
        waitForVaadin();
        assertThat(input).hasValue(name);
        return this;
    }

    /** "Submit all from this import" on the result (drafts go to review); returns the outcome line. */
    public Locator submitAll() {
        page.locator("#import-submit-all").click();
        waitForVaadin();
        return page.locator("#import-submit-outcome");
    }

    /** "Provider country · value for every row": picks the country by its ISO code, shown as "China (CN)", "中国 (CN)". */
    public ImportPage providerCountryForEveryRow(String isoCode) {
        Locator box = page.locator("#default-PROVIDER_COUNTRY");
        String code = "(" + isoCode + ")";
        box.locator("input").fill(code);
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(code).setVisible(true))
                .first()
                .click();
        waitForVaadin();
        assertThat(box.locator("input")).hasValue(java.util.regex.Pattern.compile(".*\\(" + isoCode + "\\)$"));
        return this;
    }
}
