package dataport.e2e.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;

/** {@code /workspace/listings/new}: the merchant's form for a new listing, saved as a draft. */
public class NewListingPage extends VaadinPage {

    public NewListingPage(Page page) {
        super(page);
    }

    public NewListingPage open() {
        go("/workspace/listings/new");
        // Fails here, not at the first field, when the user may not open the form (no MERCHANT role).
        assertThat(page.locator("#save-listing")).isVisible();
        return this;
    }

    /** {@code category} as the list shows it: "Cloud services / Cloud storage". */
    public NewListingPage category(String category) {
        chooseFromComboBox(page.locator("#listing-category"), category);
        return this;
    }

    public NewListingPage titles(String english, String chinese) {
        page.locator("#listing-title-en input").fill(english);
        page.locator("#listing-title-zh input").fill(chinese);
        return this;
    }

    public NewListingPage summaries(String english, String chinese) {
        page.locator("#listing-summary-en textarea").fill(english);
        page.locator("#listing-summary-zh textarea").fill(chinese);
        return this;
    }

    public NewListingPage delivery(String label) {
        chooseFromSelect(page.locator("#listing-delivery"), label);
        return this;
    }

    public NewListingPage classification(String label) {
        chooseFromSelect(page.locator("#listing-classification"), label);
        return this;
    }

    /** A one-off plan at {@code price} in {@code currency}. */
    public NewListingPage oneOffPlan(String nameEn, String price, String currency) {
        page.locator("#plan-name-en input").fill(nameEn);
        chooseFromSelect(page.locator("#plan-model"), "One-off");
        page.locator("#plan-price input").fill(price);
        chooseFromComboBox(page.locator("#plan-currency"), currency);
        return this;
    }

    /** Saves the draft (the editor then shows the saved listing) and opens the merchant's listings. */
    public MyListingsPage save() {
        saveAndStay();
        return new MyListingsPage(page).open();
    }

    /** Saves the draft; the editor reopens at the listing's own address, where images and a sample can be added. */
    public NewListingPage saveAndStay() {
        page.locator("#save-listing").click();
        page.waitForURL(url -> url.matches(".*/workspace/listings/[0-9]+$"));
        waitForVaadin();
        return this;
    }
}
