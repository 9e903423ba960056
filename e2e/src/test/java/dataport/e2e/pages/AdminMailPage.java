package dataport.e2e.pages;

import com.microsoft.playwright.Page;
import java.net.URI;

/** {@code /admin/mail}: the outbox an admin reads when no SMTP server is configured. */
public class AdminMailPage extends VaadinPage {

    public AdminMailPage(Page page) {
        super(page);
    }

    public AdminMailPage open() {
        go("/admin/mail");
        return this;
    }

    /** Opens the newest mail to {@code recipient} and returns its first link's path and query. */
    public String firstLinkOfMailTo(String recipient) {
        page.locator("#mail-grid vaadin-grid-cell-content")
                .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(recipient))
                .first()
                .click();
        waitForVaadin();
        String href = page.locator("#mail-detail a.dp-mail-link").first().getAttribute("href");
        URI link = URI.create(href);
        return link.getRawPath() + "?" + link.getRawQuery();
    }

    public String detailSubject() {
        return page.locator("#mail-detail h2").innerText().strip();
    }

    public void follow(String pathAndQuery) {
        go(pathAndQuery);
    }
}
