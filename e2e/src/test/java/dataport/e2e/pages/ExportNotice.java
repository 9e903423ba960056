package dataport.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The cross-border routing panel the listing page and checkout show: outcome, reason, legal basis. */
public class ExportNotice {

    private final Page page;

    ExportNotice(Page page) {
        this.page = page;
    }

    public Locator panel() {
        return page.locator("#export-notice");
    }

    public boolean shown() {
        return panel().count() > 0;
    }

    /** ALLOWED, NEEDS_REVIEW or BLOCKED. */
    public String outcomeCode() {
        return panel().getAttribute("data-outcome");
    }

    /** The outcome in the page's language. */
    public String outcome() {
        return page.locator("#export-outcome").innerText().strip();
    }

    public String reason() {
        return page.locator("#export-reason").innerText().strip();
    }

    public String legalBasis() {
        return page.locator("#export-basis").innerText().strip();
    }

    public String text() {
        return panel().innerText();
    }
}
