package dataport.merchants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dataport.audit.AuditService;
import dataport.shared.Bilingual;
import dataport.shared.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class MerchantSummaryCacheTest {

    private static final Duration KEEP = Duration.ofSeconds(30);

    private final TestClock clock = new TestClock(Instant.parse("2026-12-08T02:00:00Z"));
    private final MerchantSummaryCache cache = new MerchantSummaryCache(clock, KEEP);

    /** The ids of each read that reached "the database", and what it holds: change a name there to see who reads. */
    private final List<List<Long>> reads = new ArrayList<>();

    private final Map<Long, MerchantSummary> database =
            new HashMap<>(Map.of(1L, merchant(1L, "One"), 2L, merchant(2L, "Two")));

    private final Function<List<Long>, Map<Long, MerchantSummary>> read = ids -> {
        reads.add(ids);
        return ids.stream().filter(database::containsKey).collect(Collectors.toMap(id -> id, database::get));
    };

    @Test
    void aSecondReadWithinTheKeepTimeDoesNotReachTheDatabase() {
        cache.get(List.of(1L, 2L), read);
        database.put(1L, merchant(1L, "One renamed by hand"));
        clock.advance(KEEP.minusMillis(1));

        assertThat(cache.get(List.of(1L, 2L), read).get(1L).name().en()).isEqualTo("One");
        assertThat(reads).containsExactly(List.of(1L, 2L));

        clock.advance(Duration.ofMillis(1));
        assertThat(cache.get(List.of(1L, 2L), read).get(1L).name().en()).isEqualTo("One renamed by hand");
        assertThat(reads).hasSize(2);
    }

    @Test
    void onlyTheMerchantsNotKeptAreReadAndInOneRead() {
        cache.get(List.of(1L), read);

        assertThat(cache.get(List.of(1L, 2L, 2L), read)).containsOnlyKeys(1L, 2L);
        assertThat(reads).containsExactly(List.of(1L), List.of(2L));
    }

    @Test
    void aMerchantNotFoundIsLeftOutAndLookedForAgainNextTime() {
        assertThat(cache.get(List.of(99L), read)).isEmpty();
        database.put(99L, merchant(99L, "Registered since"));

        assertThat(cache.get(List.of(99L), read)).containsOnlyKeys(99L);
    }

    @Test
    void aCommittedChangeShowsAtOnce() {
        cache.get(List.of(1L, 2L), read);
        database.put(1L, merchant(1L, "One, suspended"));

        cache.on(new MerchantChanged(1L));

        assertThat(cache.get(List.of(1L), read).get(1L).name().en()).isEqualTo("One, suspended");
        assertThat(reads).containsExactly(List.of(1L, 2L), List.of(1L));
    }

    @Test
    void whatWasReadWhileAChangeCommittedIsNotKept() {
        Function<List<Long>, Map<Long, MerchantSummary>> readThenChangeCommits = ids -> {
            Map<Long, MerchantSummary> before = read.apply(ids);
            database.put(1L, merchant(1L, "One, suspended"));
            cache.on(new MerchantChanged(1L));
            return before;
        };
        assertThat(cache.get(List.of(1L), readThenChangeCommits).get(1L).name().en())
                .isEqualTo("One");

        assertThat(cache.get(List.of(1L), read).get(1L).name().en()).isEqualTo("One, suspended");
    }

    @Test
    void whatWasReadBeforeMidnightIsNotShownAfterItForWhitelistValidityGoesByTheDay() {
        // The test clock's days are in UTC; the app's in Asia/Shanghai: each cache takes its clock's.
        TestClock evening = new TestClock(Instant.parse("2026-12-08T23:59:50Z"));
        MerchantSummaryCache cache = new MerchantSummaryCache(evening, KEEP);
        cache.get(List.of(1L), read);
        evening.advance(Duration.ofSeconds(9));
        cache.get(List.of(1L), read);
        assertThat(reads).hasSize(1);

        evening.advance(Duration.ofSeconds(1));
        cache.get(List.of(1L), read);

        assertThat(reads).hasSize(2);
    }

    @Test
    void aClockSetBackDoesNotMakeOldSummariesLookNew() {
        cache.get(List.of(1L), read);

        clock.advance(Duration.ofHours(-1));
        cache.get(List.of(1L), read);

        assertThat(reads).hasSize(2);
    }

    @Test
    void aKeepTimeOfZeroKeepsNothing() {
        MerchantSummaryCache none = new MerchantSummaryCache(clock, Duration.ZERO);

        none.get(List.of(1L), read);
        none.get(List.of(1L), read);

        assertThat(reads).containsExactly(List.of(1L), List.of(1L));
    }

    @Test
    void insideATransactionThatWritesSummariesAreReadAndNotKeptForItMayBeRolledBack() {
        TransactionSynchronizationManager.setActualTransactionActive(true);
        TransactionSynchronizationManager.setCurrentTransactionReadOnly(false);
        try {
            cache.get(List.of(1L), read);
            cache.get(List.of(1L), read);
        } finally {
            TransactionSynchronizationManager.clear();
        }
        cache.get(List.of(1L), read);

        assertThat(reads).hasSize(3);
    }

    @Test
    void aMerchantSuspendedThroughTheServiceShowsOnItsCardsOnceCommitted() {
        Merchants merchants = mock(Merchants.class);
        WhitelistEntries whitelist = mock(WhitelistEntries.class);
        PlatformTransactionManager transactions = mock(PlatformTransactionManager.class);
        List<Object> published = new ArrayList<>();
        MerchantService service = new MerchantService(
                merchants,
                mock(MerchantMembers.class),
                whitelist,
                mock(AuditService.class),
                cache,
                transactions,
                published::add,
                clock);
        Merchant merchant = new Merchant("lumen", Bilingual.of("Lumen", "流明"), Origin.DOMESTIC, "CN");
        ReflectionTestUtils.setField(merchant, "id", 7L);
        when(merchants.findAllById(anyCollection())).thenReturn(List.of(merchant));
        when(merchants.findById(7L)).thenReturn(Optional.of(merchant));

        service.findAll(List.of(7L));
        assertThat(service.findAll(List.of(7L)).get(7L).isActive()).isTrue();
        verify(merchants, times(1)).findAllById(anyCollection());
        verify(whitelist, times(1)).findValidOn(anyCollection(), any());
        verify(transactions, times(1)).getTransaction(any()); // a kept summary needs no transaction

        service.suspend(7L, "Licence under review");
        published.forEach(event -> cache.on((MerchantChanged) event)); // as the transaction commits

        assertThat(published).containsExactly(new MerchantChanged(7L));
        assertThat(service.findAll(List.of(7L)).get(7L).status()).isEqualTo(MerchantStatus.SUSPENDED);
        verify(merchants, times(2)).findAllById(anyCollection());
    }

    private static MerchantSummary merchant(long id, String name) {
        return new MerchantSummary(
                id,
                "m" + id,
                Bilingual.of(name, "商家" + id),
                Origin.FOREIGN,
                "US",
                null,
                null,
                null,
                null,
                MerchantStatus.ACTIVE,
                false,
                null,
                null);
    }
}
