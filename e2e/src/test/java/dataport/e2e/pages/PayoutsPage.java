package dataport.e2e.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;

/** {@code /workspace/payouts}: where a merchant is paid; a mainland merchant registers its CNY bank account here. */
public class PayoutsPage extends VaadinPage {

    public PayoutsPage(Page page) {
        super(page);
    }

    public PayoutsPage open() {
        go("/workspace/payouts");
        return this;
    }

    /** Fills the bank account form, saves it and waits for the state line to say it awaits verification. */
    public PayoutsPage registerBankAccount(
            String beneficiary, String bankName, String bic, String cnaps, String accountNumber) {
        page.locator("#bank-beneficiary input").fill(beneficiary);
        page.locator("#bank-name input").fill(bankName);
        page.locator("#bank-bic input").fill(bic);
        page.locator("#bank-cnaps input").fill(cnaps);
        page.locator("#bank-account-number input").fill(accountNumber);
        page.locator("#bank-account-save").click();
        assertThat(page.locator("#bank-account-state")).hasAttribute("data-verified", "false");
        waitForVaadin();
        return this;
    }

    public String accountState() {
        return page.locator("#bank-account-state").innerText().strip();
    }
}
