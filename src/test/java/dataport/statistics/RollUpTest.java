package dataport.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dataport.IntegrationTest;
import dataport.catalog.DeliveryMode;
import dataport.catalog.DemoSignIn;
import dataport.catalog.ListingDetails;
import dataport.compliance.AssessmentDecided;
import dataport.compliance.OrderRouted;
import dataport.delivery.PaidOrders;
import dataport.evidence.SpotCheckClosed;
import dataport.orders.OrderPaid;
import dataport.orders.OrderService;
import dataport.statistics.StatisticsService.CrossBorderChart;
import dataport.statistics.StatisticsService.CrossBorderCount;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.util.AopTestUtils;

/**
 * Raw activity and decisions into daily and monthly figures: Shanghai days, idempotent, raw rows deleted after the
 * retention period.
 */
@IntegrationTest
class RollUpTest {

    @Autowired
    ActivityBuffer buffer;

    @Autowired
    RollUp rollUp;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationContext context;

    @Autowired
    OrderService orders;

    @Autowired
    OrderCounting counting;

    @Autowired
    CrossBorderCounting crossBorder;

    @Autowired
    StatisticsService statistics;

    @Autowired
    AuthenticationProvider signIn;

    /** Listing ids no real listing has, so the test's rows are its own. */
    long listing;

    LocalDate day;

    @BeforeEach
    void pickOwnIds() {
        listing = 900_000_000L + ThreadLocalRandom.current().nextInt(1_000_000);
        day = LocalDate.now(Days.ZONE).minusDays(10);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void rollingUpTheSameDayTwiceGivesTheSameFigures() {
        long noon = at(day, 12, 0);
        record(view(noon), view(noon + 1), view(noon + 2), impression(noon, 3), click(noon, "weather data", 3));

        rollUp.day(day);
        rollUp.day(day);

        assertThat(jdbc.queryForList(
                        "SELECT views, impressions, clicks FROM stat_listing_day WHERE day = ? AND listing_id = ?",
                        day.toString(),
                        listing))
                .singleElement()
                .satisfies(row -> {
                    assertThat(((Number) row.get("views")).longValue()).isEqualTo(3);
                    assertThat(((Number) row.get("impressions")).longValue()).isEqualTo(1);
                    assertThat(((Number) row.get("clicks")).longValue()).isEqualTo(1);
                });
        assertThat(jdbc.queryForObject(
                        "SELECT clicks FROM stat_listing_query_day WHERE day = ? AND listing_id = ? AND query = ?",
                        Long.class,
                        day.toString(),
                        listing,
                        "weather data"))
                .isEqualTo(1);
    }

    @Test
    void aViewAtOneMinuteToMidnightAndOneAtOneMinutePastFallOnTwoShanghaiDays() {
        LocalDate next = day.plusDays(1);
        record(view(at(day, 23, 59)), view(at(next, 0, 1)));

        rollUp.day(day);
        rollUp.day(next);

        assertThat(views(day)).isEqualTo(1);
        assertThat(views(next)).isEqualTo(1);
        // 23:59 Shanghai is 15:59 UTC: a UTC day would have put both views on the same day.
        assertThat(at(day, 23, 59) / 86_400_000L).isEqualTo(at(next, 0, 1) / 86_400_000L);
    }

    @Test
    void searchesWithoutResultsAreCountedByQueryAndLanguage() {
        String query = "quantum sensors " + listing;
        long noon = at(day, 12, 0);
        record(
                new ActivityEvent(noon, ActivityKind.SEARCH, null, null, null, "en", query, 0L),
                new ActivityEvent(noon + 1, ActivityKind.SEARCH, null, null, null, "en", query, 0L),
                new ActivityEvent(noon + 2, ActivityKind.SEARCH, null, null, null, "en", query, 4L));

        rollUp.day(day);

        assertThat(jdbc.queryForList(
                        "SELECT searches, no_results FROM stat_query_day WHERE day = ? AND lang = 'en' AND query = ?",
                        day.toString(),
                        query))
                .singleElement()
                .satisfies(row -> {
                    assertThat(((Number) row.get("searches")).longValue()).isEqualTo(3);
                    assertThat(((Number) row.get("no_results")).longValue()).isEqualTo(2);
                });
    }

    @Test
    void rawRowsOlderThanTheRetentionPeriodAreDeletedAndNewerOnesKept() {
        long now = System.currentTimeMillis();
        long retention = rollUp.retention().toMillis();
        record(view(now - retention - 60_000), view(now - retention + 3_600_000));

        rollUp.deleteExpired();

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stat_event WHERE listing_id = ?", Long.class, listing))
                .isEqualTo(1);
        assertThat(rollUp.retention()).isEqualTo(Duration.ofDays(90));
    }

    @Test
    void aPaidOrderIsCountedOnceWithItsTrackOriginCurrencyAndBuyerCountry() {
        PaidOrders paid = new PaidOrders(context);
        ListingDetails listing = paid.listing(DeliveryMode.FILE, l -> true);
        long orderId = paid.paidOrder(listing, "CN");

        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        jdbc.queryForObject("SELECT COUNT(*) FROM stat_order WHERE order_id = ?", Long.class, orderId)
                                == 1);
        direct(counting).on(new OrderPaid(orderId, "CN"));

        var row = jdbc.queryForMap("SELECT * FROM stat_order WHERE order_id = ?", orderId);
        assertThat(row.get("currency")).isEqualTo("CNY");
        assertThat(row.get("track")).isEqualTo(listing.category().track().code());
        assertThat(row.get("origin")).isEqualTo(listing.merchant().origin().name());
        assertThat(row.get("buyer_country"))
                .as("the destination the checkout asked for")
                .isEqualTo("CN");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM stat_order WHERE order_id = ?", Long.class, orderId))
                .isEqualTo(1);
    }

    @Test
    void aPaidOrderMovesItsMonthsFiguresOnceAndRebuildingTheMonthGivesTheSameFigures() {
        PaidOrders paid = new PaidOrders(context);
        ListingDetails listing = paid.listing(DeliveryMode.FILE, l -> true);
        long orderId = paid.paidOrder(listing, "CN");
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        jdbc.queryForObject("SELECT COUNT(*) FROM stat_order WHERE order_id = ?", Long.class, orderId)
                                == 1);
        YearMonth month = YearMonth.from(
                jdbc.queryForObject("SELECT day FROM stat_order WHERE order_id = ?", java.sql.Date.class, orderId)
                        .toLocalDate());

        counting.count(orders.purchase(orderId).orElseThrow(), "CN");
        List<Long> counted = monthTotals(month);
        rollUp.tradeMonth(month);

        assertThat(counted).isEqualTo(ordersOf(month)).isEqualTo(monthTotals(month));
        assertThat(jdbc.queryForObject(
                        "SELECT SUM(orders) FROM stat_trade_month WHERE month = ? AND buyer_country = 'CN'",
                        Long.class,
                        month.atDay(1).toString()))
                .isPositive();
    }

    @Test
    void crossBorderDecisionsAreCountedOnceAndRolledUpByShanghaiDayIdempotently() {
        LocalDate past = LocalDate.now(Days.ZONE)
                .minusDays(400 + ThreadLocalRandom.current().nextInt(20_000));
        long evening = at(past, 23, 30);
        Instant decided = Instant.ofEpochMilli(evening);
        long id = listing;
        // Each event twice: the registry may deliver again after a crash.
        for (int i = 0; i < 2; i++) {
            direct(crossBorder).on(new OrderRouted(id, "ALLOWED", "R1", "NONE", "", "GENERAL", decided));
            direct(crossBorder)
                    .on(new OrderRouted(id + 1, "NEEDS_REVIEW", "R2", "SECURITY_ASSESSMENT", "", "IMPORTANT", decided));
            direct(crossBorder)
                    .on(new OrderRouted(id + 2, "NEEDS_REVIEW", "R2", "SECURITY_ASSESSMENT", "", "IMPORTANT", decided));
            direct(crossBorder)
                    .on(new AssessmentDecided(id, id, "APPROVED", decided.minus(Duration.ofHours(50)), decided));
            direct(crossBorder).on(new SpotCheckClosed(id, 1, id, "IMPORTANT", "ISSUE_FOUND", decided));
        }
        // 40 minutes after 23:30 Shanghai time is the next Shanghai day (and still the same UTC day).
        direct(crossBorder)
                .on(new OrderRouted(id + 3, "BLOCKED", "R3", "NONE", "", "CORE", decided.plus(Duration.ofMinutes(40))));

        rollUp.day(past);
        rollUp.day(past);
        rollUp.day(past.plusDays(1));

        DemoSignIn.as(signIn, DemoSignIn.ADMIN);
        DashboardFilter month = new DashboardFilter(YearMonth.from(past), YearMonth.from(past.plusDays(1)), null, null);
        assertThat(statistics.crossBorder(CrossBorderChart.CLASSIFICATION_ROUTING, month))
                .containsExactly(
                        new CrossBorderCount("GENERAL", "ALLOWED", 1),
                        new CrossBorderCount("IMPORTANT", "NEEDS_REVIEW", 2),
                        new CrossBorderCount("CORE", "BLOCKED", 1));
        assertThat(statistics.crossBorder(CrossBorderChart.ASSESSMENT_TURNAROUND, month))
                .containsExactly(new CrossBorderCount("DAYS_1_TO_3", "APPROVED", 1));
        assertThat(statistics.crossBorder(CrossBorderChart.SPOT_CHECKS, month))
                .containsExactly(new CrossBorderCount("IMPORTANT", "ISSUE_FOUND", 1));
        assertThat(jdbc.queryForObject(
                        "SELECT COUNT(*) FROM stat_cross_border_day WHERE day = ?",
                        Long.class,
                        past.plusDays(1).toString()))
                .isEqualTo(1);
    }

    @Test
    void rollingUpADayTwiceKeepsTheMonthsSearchesRight() {
        String query = "lidar tiles " + listing;
        long noon = at(day, 12, 0);
        record(
                new ActivityEvent(noon, ActivityKind.SEARCH, null, null, null, "en", query, 0L),
                new ActivityEvent(noon + 1, ActivityKind.SEARCH, null, null, null, "en", query, 2L));

        rollUp.day(day);
        record(new ActivityEvent(noon + 2, ActivityKind.SEARCH, null, null, null, "en", query, 0L));
        rollUp.day(day);
        rollUp.day(day);

        assertThat(jdbc.queryForList(
                        "SELECT searches, no_results FROM stat_query_month WHERE month = ? AND lang = 'en' AND query = ?",
                        day.withDayOfMonth(1).toString(),
                        query))
                .singleElement()
                .satisfies(row -> {
                    assertThat(((Number) row.get("searches")).longValue()).isEqualTo(3);
                    assertThat(((Number) row.get("no_results")).longValue()).isEqualTo(2);
                });
    }

    /** The listener itself, not its asynchronous proxy: the test waits for nothing. */
    private static <T> T direct(T bean) {
        return AopTestUtils.getUltimateTargetObject(bean);
    }

    private List<Long> monthTotals(YearMonth month) {
        return jdbc.queryForObject(
                "SELECT COALESCE(SUM(orders), 0), COALESCE(SUM(total_minor), 0) FROM stat_trade_month WHERE month = ?",
                (rs, i) -> List.of(rs.getLong(1), rs.getLong(2)),
                month.atDay(1).toString());
    }

    private List<Long> ordersOf(YearMonth month) {
        return jdbc.queryForObject(
                "SELECT COUNT(*), COALESCE(SUM(total_minor), 0) FROM stat_order WHERE day >= ? AND day < ?",
                (rs, i) -> List.of(rs.getLong(1), rs.getLong(2)),
                month.atDay(1).toString(),
                month.plusMonths(1).atDay(1).toString());
    }

    private long views(LocalDate d) {
        List<Long> views = jdbc.queryForList(
                "SELECT views FROM stat_listing_day WHERE day = ? AND listing_id = ?",
                Long.class,
                d.toString(),
                listing);
        return views.isEmpty() ? 0 : views.getFirst();
    }

    private void record(ActivityEvent... events) {
        buffer.write(List.of(events));
    }

    private static long at(LocalDate d, int hour, int minute) {
        return LocalDateTime.of(d, java.time.LocalTime.of(hour, minute))
                .atZone(Days.ZONE)
                .toInstant()
                .toEpochMilli();
    }

    private ActivityEvent view(long at) {
        return new ActivityEvent(at, ActivityKind.VIEW, listing, null, null, null, null, null);
    }

    private ActivityEvent impression(long at, int position) {
        return new ActivityEvent(at, ActivityKind.IMPRESSION, listing, null, position, "en", null, null);
    }

    private ActivityEvent click(long at, String query, int position) {
        return new ActivityEvent(at, ActivityKind.CLICK, listing, null, position, "en", query, null);
    }
}
