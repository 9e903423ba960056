package dataport.e2e.pages;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.file.Path;

/** {@code /workspace/finance}: the merchant's balances, statement downloads, order money lines and payouts. */
public class FinancePage extends VaadinPage {

    public FinancePage(Page page) {
        super(page);
    }

    public FinancePage open() {
        go("/workspace/finance");
        return this;
    }

    /** The balance cards' text (one card per currency), or the notice that there is no money yet. */
    public String balances() {
        return page.locator("#balances").innerText();
    }

    public String orderLines() {
        return page.locator("#order-lines").innerText();
    }

    public String orderCount() {
        return page.locator("#order-lines-count").innerText();
    }

    /**
     * One balance of a currency card in minor units ({@code which}: pending, held, available, in-transit, paid-out);
     * 0 when the merchant has no card of that currency yet.
     */
    public long balance(String currency, String which) {
        var amount = page.locator("#balance-" + currency + " [data-balance=" + which + "] .dp-finance-amount");
        if (amount.count() == 0) {
            return 0;
        }
        return Long.parseLong(amount.getAttribute("data-minor"));
    }

    /** The payouts grid's text (newest first): amount, rail, status and the reason of a failed one. */
    public String payouts() {
        return page.locator("#payouts").innerText();
    }

    /** Downloads this month's statement in the given format ("csv" or "pdf") to {@code target}. */
    public Path downloadStatement(String format, Path target) {
        Download download = page.waitForDownload(
                () -> page.locator("#statement-" + format).click());
        download.saveAs(target);
        return target;
    }
}
