package dataport.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.e2e.pages.HomePage;
import dataport.e2e.pages.ListingPage;
import dataport.e2e.pages.MerchantPage;
import org.junit.jupiter.api.Test;

class MerchantPageTest extends E2eTest {

    @Test
    void theListingPageLinksToItsMerchantsPage() {
        new HomePage(page).open().search("cloud storage").openResult(0);
        String seller = page.locator("#merchant-link").innerText().strip();

        MerchantPage merchant = new ListingPage(page).openMerchant();

        assertThat(merchant.name()).isEqualTo(seller);
        assertThat(merchant.listings().count()).isPositive();
        assertThat(page.title()).isEqualTo(seller + " · DataPort");
    }

    @Test
    void aWhitelistedMerchantShowsItsBadgeWithTheScope() {
        MerchantPage merchant = new MerchantPage(page);
        merchant.open("meridian-straits");

        assertThat(merchant.whitelistBadge().innerText()).contains("Whitelisted");
        assertThat(merchant.whitelistBadge().getAttribute("title")).contains("ASEAN");
    }

    @Test
    void anUnknownMerchantIsNotFound() {
        MerchantPage merchant = new MerchantPage(page);
        merchant.open("no-such-merchant");

        assertThat(merchant.heading()).isEqualTo("Page not found");
    }
}
