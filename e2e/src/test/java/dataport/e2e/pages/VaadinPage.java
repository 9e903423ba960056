package dataport.e2e.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
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

    /**
     * Types into a {@code vaadin-combo-box} to filter it and clicks the item with that label in its drop-down (the
     * drop-down's items are not inside the combo box, so they are found among the visible ones on the page).
     */
    protected void chooseFromComboBox(Locator comboBox, String label) {
        comboBox.locator("input").fill(label);
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(label).setVisible(true))
                .first()
                .click();
        assertThat(comboBox.locator("input")).hasValue(label);
    }

    /** Opens a {@code vaadin-select} and clicks the item with that label. */
    protected void chooseFromSelect(Locator select, String label) {
        select.click();
        page.locator("vaadin-select-item")
                .filter(new Locator.FilterOptions().setHasText(label).setVisible(true))
                .first()
                .click();
        assertThat(select).containsText(label);
    }
}
