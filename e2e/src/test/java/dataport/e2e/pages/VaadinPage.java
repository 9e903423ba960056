package dataport.e2e.pages;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

/** Base of the page objects: navigation that waits until Vaadin has finished talking to the server. */
public abstract class VaadinPage {

    protected final Page page;

    protected VaadinPage(Page page) {
        this.page = page;
    }

    protected Response go(String path) {
        Response response = page.navigate(path);
        waitForVaadin();
        return response;
    }

    /** Vaadin is idle when its client exists and no request is under way. */
    public void waitForVaadin() {
        page.waitForFunction(
                """
                () => {
                  const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                  if (!clients) return false;
                  const all = Object.values(clients).filter(c => typeof c.isActive === 'function');
                  return all.length > 0 && all.every(c => !c.isActive());
                }
                """);
    }

    public String heading() {
        return page.locator("h1").first().innerText().strip();
    }

    public String htmlLang() {
        return (String) page.evaluate("() => document.documentElement.lang");
    }

    public void switchLanguage() {
        page.locator("#language-switch").click();
        page.waitForLoadState();
        page.waitForURL(url -> true);
        page.waitForTimeout(300);
        waitForVaadin();
    }

    /** Searches from the header field, present on every page. */
    public SearchPage searchFromHeader(String text) {
        page.locator("#header-search input").fill(text);
        page.locator("#header-search input").press("Enter");
        page.waitForURL("**/search?**");
        waitForVaadin();
        return new SearchPage(page);
    }
}
