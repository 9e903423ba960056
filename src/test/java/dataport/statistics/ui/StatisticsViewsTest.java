package dataport.statistics.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.QueryParameters;
import dataport.IntegrationTest;
import dataport.catalog.DemoSignIn;
import dataport.shared.Languages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;

@IntegrationTest
class StatisticsViewsTest extends SpringBrowserlessTest {

    @Autowired
    AuthenticationProvider signIn;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    dataport.statistics.RollUp rollUp;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theDashboardShowsEveryFigureWithATableOrNoData() {
        DemoSignIn.as(signIn, DemoSignIn.ADMIN);
        UI.getCurrent()
                .navigate(StatisticsView.class, QueryParameters.fromString("from=2026-01&to=2026-12&origin=FOREIGN"));
        assertThat($(StatisticsView.class).exists()).isTrue();

        assertThat($(H1.class).first().getText()).isEqualTo("Statistics of digital trade");
        assertThat($(Section.class).withClassName("dp-stat-card").all()).hasSizeGreaterThanOrEqualTo(13);
        // Merchants registered by month always has its months: a chart, a table and a CSV.
        Section merchants = $(Section.class).id("stat-merchants");
        assertThat($(Div.class, merchants).withClassName("dp-chart").all()).hasSize(1);
        assertThat($(Anchor.class).id("stat-merchants-csv").getText()).isEqualTo("Download as CSV");
        assertThat($(Paragraph.class).id("stat-days").getText()).contains("Asia/Shanghai");
    }

    @Test
    void crossBorderDecisionsShowAsChartAndTableInBothLanguagesAfterTheRollUp() {
        // March 2019: a month no other test writes to; the same ids every run, so a rerun adds nothing.
        java.time.LocalDate day = java.time.LocalDate.of(2019, 3, 14);
        long at = day.atTime(10, 0)
                .atZone(java.time.ZoneId.of("Asia/Shanghai"))
                .toInstant()
                .toEpochMilli();
        jdbc.update(
                "INSERT IGNORE INTO stat_routing (order_id, routed_at_ms, day, classification, outcome) VALUES"
                        + " (2019031401, ?, ?, 'IMPORTANT', 'NEEDS_REVIEW'), (2019031402, ?, ?, 'GENERAL', 'ALLOWED')",
                at,
                day.toString(),
                at,
                day.toString());
        jdbc.update(
                "INSERT IGNORE INTO stat_spot_check (case_id, closed_at_ms, day, classification, finding)"
                        + " VALUES (2019031401, ?, ?, 'IMPORTANT', 'COMPLIANT')",
                at,
                day.toString());
        rollUp.day(day);
        DemoSignIn.as(signIn, DemoSignIn.ADMIN);

        UI.getCurrent().navigate(StatisticsView.class, QueryParameters.fromString("from=2019-03&to=2019-03"));
        Section routing = $(Section.class).id("stat-cross-border-classification-routing");
        assertThat($(Div.class, routing).withClassName("dp-chart").all()).hasSize(1);
        assertThat(routing.getElement().getOuterHTML())
                .contains("Important data", "Needs assessment", "General data", "Allowed");
        assertThat($(Section.class)
                        .id("stat-cross-border-spot-checks")
                        .getElement()
                        .getOuterHTML())
                .contains("Compliant");
        assertThat($(Anchor.class).id("stat-cross-border-classification-routing-csv"))
                .isNotNull();

        UI.getCurrent().setLocale(Languages.CHINESE);
        UI.getCurrent().navigate(StatisticsView.class, QueryParameters.fromString("from=2019-03&to=2019-03&x=zh"));
        assertThat($(Section.class)
                        .id("stat-cross-border-classification-routing")
                        .getElement()
                        .getOuterHTML())
                .contains("重要数据", "需评估", "一般数据", "允许");
    }

    @Test
    void theChartIsAnAccessibleScalableSvgWithATitle() {
        String svg = SvgCharts.bars(
                "Paid orders by month",
                "One bar per month.",
                java.util.List.of("2026-01", "2026-02"),
                java.util.List.of(3, 5),
                true,
                "Paid orders");

        assertThat(svg).startsWith("<svg role=\"img\"");
        assertThat(svg).contains("viewBox='0.0 0.0 640.0 120.0'", "<title>Paid orders by month</title>", "<desc>");
        assertThat(svg).contains(">2026-01</text>");
        // No fixed size (it scales), and no text drawn as glyph outlines.
        assertThat(svg.substring(0, svg.indexOf('>'))).doesNotContain("width", "height");
        assertThat(svg).doesNotContain("transform='matrix");
    }

    @Test
    void theCsvOfAFigureIsUtf8WithItsHeaders() {
        byte[] csv =
                ChartCard.csvBytes(java.util.List.of("赛道", "交易"), java.util.List.of(java.util.List.of("云服务", "3")));

        assertThat(new String(csv, java.nio.charset.StandardCharsets.UTF_8)).isEqualTo("\ufeff赛道,交易\r\n云服务,3\r\n");
    }

    @Test
    void theMerchantSeesItsAnalyticsWithTotalsAndItsListings() {
        DemoSignIn.as(signIn, DemoSignIn.MERCHANT);
        UI.getCurrent().navigate(AnalyticsView.class, QueryParameters.fromString("by=WEEK"));
        assertThat($(AnalyticsView.class).exists()).isTrue();

        assertThat($(H1.class).first().getText()).isEqualTo("Analytics");
        assertThat($(Div.class).id("stat-totals")).isNotNull();
        assertThat($(H2.class).all()).extracting(H2::getText).contains("By week", "By listing");
    }

    @Test
    void anyoneSeesTheFiguresInChinese() {
        UI.getCurrent().setLocale(Languages.CHINESE);
        navigate(FiguresView.class);

        assertThat($(H1.class).first().getText()).isEqualTo("数字贸易数据一览");
        Section origin = $(Section.class).id("stat-figures-origin");
        assertThat($(H2.class, origin).first().getText()).isEqualTo("按来源的数商");
        assertThat($(Div.class).id("figures-listings")).isNotNull();
    }

    @Test
    void aSecondViewOfTheSameFiguresIsNotDrawnAgainUntilTheNextRollUp() {
        DemoSignIn.as(signIn, DemoSignIn.ADMIN);
        // Merchants registered by month always has months to draw. The x parameter is not a filter: the same
        // figures under another address.
        UI.getCurrent().navigate(StatisticsView.class, QueryParameters.fromString("from=2025-07&to=2026-12&x=1"));
        long drawn = SvgCharts.DRAWN.get();
        UI.getCurrent().navigate(StatisticsView.class, QueryParameters.fromString("from=2025-07&to=2026-12&x=2"));
        assertThat(SvgCharts.DRAWN.get()).as("the same filters again").isEqualTo(drawn);
        assertThat($(Section.class).id("stat-merchants").getElement().getOuterHTML())
                .contains("<svg");

        UI.getCurrent()
                .navigate(StatisticsView.class, QueryParameters.fromString("from=2025-07&to=2026-12&origin=FOREIGN"));
        // Kept per figure and filter: the figures of another filter are entries of their own (merchants registered,
        // the same whatever the origin, is kept by its content and not drawn again).
        int kept = drawings.size();
        UI.getCurrent()
                .navigate(StatisticsView.class, QueryParameters.fromString("from=2025-07&to=2026-12&origin=DOMESTIC"));
        assertThat(drawings.size()).as("other filters").isGreaterThanOrEqualTo(kept + 11);

        drawn = SvgCharts.DRAWN.get();
        UI.getCurrent().setLocale(Languages.CHINESE);
        UI.getCurrent()
                .navigate(
                        StatisticsView.class,
                        QueryParameters.fromString("from=2025-07&to=2026-12&origin=FOREIGN&x=zh"));
        assertThat(SvgCharts.DRAWN.get()).as("another language").isGreaterThan(drawn);
        assertThat(drawings.size()).as("another language").isGreaterThanOrEqualTo(kept + 22);

        drawn = SvgCharts.DRAWN.get();
        rollUp.day(java.time.LocalDate.of(2018, 3, 1));
        UI.getCurrent()
                .navigate(StatisticsView.class, QueryParameters.fromString("from=2025-07&to=2026-12&origin=FOREIGN"));
        assertThat(SvgCharts.DRAWN.get()).as("after a roll-up").isGreaterThan(drawn);
    }

    @Autowired
    dataport.statistics.MerchantAnalytics analytics;

    @Autowired
    ChartDrawings drawings;

    @Test
    void aMerchantsReportIsKeptUntilTheNextRollUp() {
        DemoSignIn.as(signIn, DemoSignIn.MERCHANT);
        java.time.LocalDate to = java.time.LocalDate.of(2018, 6, 30);
        var first = analytics.report(to.minusDays(29), to, dataport.statistics.Grain.DAY);
        assertThat(analytics.report(to.minusDays(29), to, dataport.statistics.Grain.DAY))
                .isSameAs(first);
        assertThat(analytics.report(to.minusDays(29), to, dataport.statistics.Grain.WEEK))
                .isNotSameAs(first);

        rollUp.day(to);
        assertThat(analytics.report(to.minusDays(29), to, dataport.statistics.Grain.DAY))
                .isNotSameAs(first)
                .isEqualTo(first);
    }
}
