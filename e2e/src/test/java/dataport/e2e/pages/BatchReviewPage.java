package dataport.e2e.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** {@code /staff/listings/batches} (COMPLIANCE): a merchant's listings awaiting review, approved together. */
public class BatchReviewPage extends VaadinPage {

    public BatchReviewPage(Page page) {
        super(page);
    }

    public BatchReviewPage open() {
        go("/staff/listings/batches");
        return this;
    }

    /** Picks the merchant's batch ("name (N waiting)") from the list of batches. */
    public BatchReviewPage merchant(String name) {
        Locator box = page.locator("#batch-merchant");
        box.locator("input").fill(name);
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText(name).setVisible(true))
                .first()
                .click();
        waitForVaadin();
        // Playwright hands the pattern to JavaScript, which knows no \Q…\E: escape by hand.
        String escaped = name.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0");
        assertThat(box.locator("input")).hasValue(java.util.regex.Pattern.compile("^" + escaped));
        return this;
    }

    /** The merchant whose batch is shown (the next one's once a batch is done). */
    public Locator selectedMerchant() {
        return page.locator("#batch-merchant input");
    }

    public Locator approvePassingButton() {
        return page.locator("#batch-approve-passing");
    }

    /** Row cells of the batch's grid with this text (a title, "Passes"). */
    public Locator cellsWithText(String text) {
        return page.locator("#batch-grid vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText(text));
    }

    /** "Approve all N that pass the checks", then the same button in the dialog that asks first. */
    public BatchReviewPage approveAllThatPass() {
        String label = approvePassingButton().innerText().strip();
        approvePassingButton().click();
        waitForVaadin();
        assertThat(page.locator("vaadin-confirm-dialog[opened]")).hasCount(1);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(label).setExact(true))
                .last()
                .click();
        waitForVaadin();
        return this;
    }

    public Locator outcome() {
        return page.locator("#batch-outcome");
    }
}
