package dataport.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** {@code /exhibits/{slug}}: an exhibit's or hall's public page. */
public class ExhibitPage extends VaadinPage {

    public ExhibitPage(Page page) {
        super(page);
    }

    public ExhibitPage open(String slug) {
        go("/exhibits/" + slug);
        return this;
    }

    public String title() {
        return page.locator("#exhibit-title").innerText().strip();
    }

    public Locator items() {
        return page.locator("#exhibit-items .dp-exhibit-item");
    }

    public Locator notes() {
        return page.locator("#exhibit-items .dp-curator-note");
    }
}
