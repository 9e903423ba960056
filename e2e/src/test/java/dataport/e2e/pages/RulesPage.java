package dataport.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/** The public routing rules table {@code /compliance/rules}: one card per rule, first match wins. */
public class RulesPage extends VaadinPage {

    public RulesPage(Page page) {
        super(page);
    }

    public RulesPage open() {
        go("compliance/rules");
        return this;
    }

    public Locator rules() {
        return page.locator(".dp-rule-card");
    }

    public String rule(String code) {
        return page.locator("#rule-" + code).innerText();
    }
}
