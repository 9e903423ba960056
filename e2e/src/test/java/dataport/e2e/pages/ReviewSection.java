package dataport.e2e.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;

/**
 * The review part of an order's page: the buyer's form on {@code /purchases/{id}} once delivery is accepted, the
 * merchant's reply form on {@code /workspace/orders/{id}}.
 */
public class ReviewSection extends VaadinPage {

    public ReviewSection(Page page) {
        super(page);
    }

    /** Chooses the stars (the n-th option counted from 5), types title and text, and publishes. */
    public ReviewSection write(int stars, String title, String text) {
        page.locator("#review-rating vaadin-radio-button").nth(5 - stars).locator("input").check();
        page.locator("#review-title input").fill(title);
        page.locator("#review-text textarea").fill(text);
        page.locator("#review-save").click();
        assertThat(page.locator("#review-done")).isVisible();
        waitForVaadin();
        return this;
    }

    public ReviewSection reply(String text) {
        page.locator("#reply-text textarea").fill(text);
        page.locator("#reply-send").click();
        assertThat(page.locator("#review-done")).isVisible();
        waitForVaadin();
        return this;
    }

    /** The tag saying which language the review is written in. */
    public Locator languageTag() {
        return page.locator("#order-review .dp-review-language").first();
    }
}
