package dataport.e2e.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Staff's {@code /admin/payouts}: payout batches (run one, download its pain.001), the upload of the bank's pain.002
 * status report, and the merchants' bank accounts to verify.
 */
public class BankPayoutsPage extends VaadinPage {

    public BankPayoutsPage(Page page) {
        super(page);
    }

    public BankPayoutsPage open() {
        go("/admin/payouts");
        return this;
    }

    /**
     * Presses "Verify" in the accounts grid's row that shows {@code beneficiary} (grid cells are slotted elements,
     * so the row is found through the grid's shadow table) and waits until that row says verified.
     */
    public BankPayoutsPage verify(String beneficiary) {
        Object id = page.evaluate(
                """
                (name) => {
                  const grid = document.querySelector('#bank-accounts');
                  for (const tr of grid.shadowRoot.querySelectorAll('tbody tr')) {
                    const contents = [...tr.querySelectorAll('td slot')]
                        .map(s => s.assignedElements()[0]).filter(e => e);
                    if (!contents.some(c => c.innerText.includes(name))) continue;
                    const button = contents.map(c => c.querySelector('vaadin-button')).find(b => b);
                    return button ? button.id : null;
                  }
                  return null;
                }
                """,
                beneficiary);
        if (id == null) {
            throw new AssertionError("No unverified bank account of " + beneficiary + " on " + page.url());
        }
        page.locator("#" + id).click();
        assertThat(page.locator("#" + id)).hasCount(0);
        waitForVaadin();
        return this;
    }

    /** The ids of the batches listed (from their download links). */
    public Set<Long> batchIds() {
        List<String> ids = page.locator("#batches [id^=download-]").evaluateAll("links => links.map(l => l.id)")
                instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
        Set<Long> batches = new HashSet<>();
        ids.forEach(i -> batches.add(Long.parseLong(i.substring("download-".length()))));
        return batches;
    }

    /** Runs a payout batch and returns the new batch's id (the one whose download link was not there before). */
    public long runBatch() {
        Set<Long> before = batchIds();
        page.locator("#run-batch").click();
        waitForVaadin();
        page.waitForCondition(() -> batchIds().size() > before.size());
        Set<Long> after = batchIds();
        after.removeAll(before);
        if (after.size() != 1) {
            throw new AssertionError("Expected one new batch, got " + after);
        }
        return after.iterator().next();
    }

    /** The batch's pain.001 file as the download link serves it (fetched with the staff member's cookies). */
    public String pain001(long batchId) {
        String href = page.locator("#download-" + batchId).getAttribute("href");
        APIResponse response = page.request().get(href.startsWith("/") ? href : "/" + href);
        if (!response.ok()) {
            throw new AssertionError("pain.001 download answered " + response.status());
        }
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** Uploads a pain.002 status report and returns the result line the page shows. */
    public String uploadStatusReport(String fileName, String xml) {
        String before = resultText();
        page.locator("#status-report-upload input[type=file]")
                .setInputFiles(new FilePayload(fileName, "application/xml", xml.getBytes(StandardCharsets.UTF_8)));
        page.waitForCondition(() -> !resultText().isEmpty() && !resultText().equals(before));
        waitForVaadin();
        return resultText();
    }

    private String resultText() {
        return page.locator("#status-report-result").innerText().strip();
    }

    /** Selects the batch's row (by its message id) and returns the text of its payouts grid. */
    public String linesOf(String messageId) {
        page.locator("#batches vaadin-grid-cell-content")
                .filter(new Locator.FilterOptions().setHasText(messageId))
                .first()
                .click();
        assertThat(page.locator("#batch-lines")).isVisible();
        waitForVaadin();
        return page.locator("#batch-lines").innerText();
    }

    public String batches() {
        return page.locator("#batches").innerText();
    }
}
