package dataport.search.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dataport.catalog.CatalogService;
import dataport.catalog.CategoryRef;
import dataport.merchants.MerchantService;
import dataport.merchants.MerchantSummary;
import dataport.shared.Bilingual;
import dataport.shared.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchPageLookupsTest {

    private final CatalogService catalog = mock(CatalogService.class);
    private final MerchantService merchants = mock(MerchantService.class);
    private final TestClock clock = new TestClock(Instant.parse("2026-12-07T02:00:00Z"));
    private final SearchPageLookups lookups = new SearchPageLookups(catalog, merchants, clock);

    @Test
    void categoriesAreReadOnceAMinuteForAllSearches() {
        CategoryRef api = new CategoryRef("api", Bilingual.of("APIs", "接口"), null);
        when(catalog.categories()).thenReturn(List.of(api));

        lookups.categories();
        clock.advance(Duration.ofSeconds(59));
        assertThat(lookups.categories()).containsExactly(api);
        verify(catalog, times(1)).categories();

        clock.advance(Duration.ofSeconds(1));
        lookups.categories();
        verify(catalog, times(2)).categories();
    }

    @Test
    void merchantsAreAskedOfTheMerchantsModuleEachTimeWhichKeepsThemAndDropsChangedOnes() {
        MerchantSummary one = merchant(1L);
        when(merchants.findAll(List.of(1L))).thenReturn(Map.of(1L, one));

        assertThat(lookups.merchants(List.of(1L))).containsEntry(1L, one);
        assertThat(lookups.merchants(List.of(1L))).containsEntry(1L, one);
        verify(merchants, times(2)).findAll(List.of(1L));
    }

    @Test
    void anUnknownMerchantIsLeftOutNotInvented() {
        when(merchants.findAll(anyCollection())).thenReturn(Map.of());

        assertThat(lookups.merchants(List.of(99L))).isEmpty();
    }

    private static MerchantSummary merchant(long id) {
        return new MerchantSummary(
                id,
                "m" + id,
                Bilingual.of("Merchant " + id, "商家" + id),
                dataport.merchants.Origin.FOREIGN,
                "US",
                null,
                null,
                null,
                null,
                dataport.merchants.MerchantStatus.ACTIVE,
                false,
                null,
                null);
    }
}
