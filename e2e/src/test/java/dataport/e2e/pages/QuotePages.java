package dataport.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The quotes pages: the buyer's request form ({@code /quotes/new/{listingId}}), the buyer's thread
 * ({@code /quotes/{id}}) and the merchant's thread with the offer form ({@code /workspace/quotes/{id}}).
 */
public class QuotePages extends VaadinPage {

    public QuotePages(Page page) {
        super(page);
    }

    /** From a listing page: "Ask for a quote" on its first quote-only plan. */
    public QuotePages askFromListing() {
        page.locator("[id^=ask-quote-]").first().click();
        page.waitForURL("**/quotes/new/**");
        waitForVaadin();
        return this;
    }

    /** Fills the request (destination by ISO code) and sends it; returns the request's id from the thread's URL. */
    public long request(String subject, String volume, String destination, String message) {
        page.locator("#quote-subject input").fill(subject);
        page.locator("#quote-volume input").fill(volume);
        page.locator("#quote-destination input").fill("(" + destination + ")");
        page.locator("vaadin-combo-box-item")
                .filter(new Locator.FilterOptions().setHasText("(" + destination + ")"))
                .first()
                .click();
        page.locator("#quote-message textarea").fill(message);
        page.locator("#quote-send").click();
        page.waitForURL(url -> url.matches(".*/quotes/[0-9]+$"));
        waitForVaadin();
        return Long.parseLong(page.url().replaceAll(".*/quotes/", ""));
    }

    public QuotePages openBuyerThread(long id) {
        go("/quotes/" + id);
        return this;
    }

    public QuotePages openMerchantThread(long id) {
        go("/workspace/quotes/" + id);
        return this;
    }

    public QuotePages openMerchantList() {
        go("/workspace/quotes");
        return this;
    }

    public String card(long id) {
        return page.locator("#quote-" + id).innerText();
    }

    public String thread() {
        return page.locator("#quote-thread").innerText();
    }

    public String status() {
        return page.locator("#quote-status").getAttribute("data-status");
    }

    /** The merchant sends a private offer with this whole amount (in the form's currency) and terms. */
    public QuotePages offer(String amount, String terms) {
        page.locator("#offer-amount input").fill(amount);
        page.locator("#offer-terms textarea").fill(terms);
        page.locator("#offer-send").click();
        page.locator("#quote-thread [data-kind=OFFER]").first().waitFor();
        waitForVaadin();
        return this;
    }

    public String offerPrice() {
        return page.locator("#quote-offer-price").innerText();
    }

    /** The buyer accepts the offer and is sent to the emulator's hosted payment page. */
    public StripeHostedPage acceptAndPay() {
        page.locator("#quote-accept").click();
        page.waitForURL("**/c/pay/**");
        return new StripeHostedPage(page);
    }
}
