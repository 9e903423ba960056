package dataport.e2e.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.time.LocalDateTime;
import java.util.List;

/** {@code /curation/exhibits/new} and {@code /curation/exhibits/{id}}: the curator's exhibit editor. */
public class ExhibitEditorPage extends VaadinPage {

    public ExhibitEditorPage(Page page) {
        super(page);
    }

    public ExhibitEditorPage openNew() {
        go("/curation/exhibits/new");
        return this;
    }

    public ExhibitEditorPage fill(String id, String value) {
        Locator field = page.locator("#" + id + " input, #" + id + " textarea").first();
        field.fill(value);
        field.press("Tab");
        return this;
    }

    /** Types a date and time into a date-time picker as an English (US) browser shows them. */
    public ExhibitEditorPage schedule(String id, LocalDateTime at) {
        Locator date = page.locator("#" + id + " vaadin-date-picker input");
        date.fill(at.getMonthValue() + "/" + at.getDayOfMonth() + "/" + at.getYear());
        date.press("Enter");
        Locator time = page.locator("#" + id + " vaadin-time-picker input");
        time.fill(String.format("%02d:%02d", at.getHour(), at.getMinute()));
        time.press("Enter");
        time.press("Tab");
        waitForVaadin();
        return this;
    }

    /** Saves; a new exhibit's first save moves to its own address. */
    public ExhibitEditorPage save() {
        page.locator("#exhibit-save").click();
        waitForVaadin();
        return this;
    }

    public ExhibitEditorPage saveNew() {
        page.locator("#exhibit-save").click();
        page.waitForURL(url -> url.matches(".*/curation/exhibits/\\d+$"));
        waitForVaadin();
        return this;
    }

    public ExhibitEditorPage searchListings(String text) {
        page.locator("#picker-query input").fill(text);
        page.locator("#picker-search").click();
        waitForVaadin();
        assertThat(page.locator("#picker-results .picker-add").first()).isVisible();
        return this;
    }

    /** Adds the n-th (0-based) search result; returns its name. */
    public ExhibitEditorPage addResult(int n) {
        page.locator("#picker-results .picker-add").nth(n).click();
        waitForVaadin();
        return this;
    }

    /** The items' names in their current order. */
    public List<String> itemNames() {
        return page.locator("#exhibit-items-editor .dp-item-name").allInnerTexts();
    }

    public ExhibitEditorPage moveDown(int n) {
        page.locator("#exhibit-items-editor .item-down").nth(n).click();
        waitForVaadin();
        return this;
    }

    public ExhibitEditorPage noteEnglish(int n, String note) {
        Locator field = page.locator("#exhibit-items-editor .item-note-en input").nth(n);
        field.fill(note);
        field.press("Tab");
        waitForVaadin();
        return this;
    }

    /** Opens the preview in Chinese or English; returns the preview's title. */
    public String preview(boolean chinese) {
        page.locator(chinese ? "#preview-zh" : "#preview-en").click();
        waitForVaadin();
        Locator title = page.locator("#exhibit-preview #exhibit-title, vaadin-dialog-overlay #exhibit-title").first();
        assertThat(title).isVisible();
        return title.innerText().strip();
    }

    public ExhibitEditorPage closePreview() {
        page.locator("#preview-close").click();
        waitForVaadin();
        return this;
    }

    public ExhibitEditorPage publish() {
        page.locator("#exhibit-publish").click();
        waitForVaadin();
        return this;
    }

    public ExhibitEditorPage uploadBanner(String fileName, String mimeType, byte[] content) {
        page.locator("#banner-upload input[type=file]").setInputFiles(new FilePayload(fileName, mimeType, content));
        waitForVaadin();
        return this;
    }

    public Locator bannerError() {
        return page.locator("#banner-error");
    }

    public Locator bannerImage() {
        return page.locator("#banner-preview img");
    }

    public Locator state() {
        return page.locator("#exhibit-state");
    }

    public Locator errorOf(String fieldId) {
        return page.locator("#" + fieldId + " > [slot=error-message]");
    }

    public Locator historyGrid() {
        return page.locator("#exhibit-history");
    }
}
