package dataport.statistics.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dataport.accounts.CurrentUser;
import dataport.accounts.Role;
import dataport.catalog.CatalogService;
import dataport.catalog.CategoryRef;
import dataport.shared.ui.MainLayout;
import dataport.shared.ui.Times;
import dataport.statistics.DashboardFilter;
import dataport.statistics.RollUp;
import dataport.statistics.StatisticsService;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.YearMonth;
import java.util.List;

/**
 * {@code /admin/statistics}: the park staff's statistics of digital trade. Filters live in the URL ({@code from},
 * {@code to}, {@code track}, {@code origin}), so a link shows the same figures; every chart has its table and a CSV,
 * and the "to" month can be downloaded as an .xlsx report. Admins can roll up now instead of waiting for the hour.
 */
@StyleSheet("themes/dataport/statistics.css")
@Route(value = StatisticsView.ROUTE, layout = MainLayout.class)
@RolesAllowed({"ADMIN", "COMPLIANCE", "CURATOR"})
public class StatisticsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "admin/statistics";

    private final StatisticsService statistics;
    private final CatalogService catalog;
    private final RollUp rollUp;
    private final CurrentUser currentUser;
    private final ChartDrawings drawings;

    StatisticsView(
            StatisticsService statistics,
            CatalogService catalog,
            RollUp rollUp,
            CurrentUser currentUser,
            ChartDrawings drawings) {
        this.drawings = drawings;
        this.statistics = statistics;
        this.catalog = catalog;
        this.rollUp = rollUp;
        this.currentUser = currentUser;
        addClassName("dp-page");
        addClassName("dp-statistics");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        DashboardFilter filter = DashboardFilter.fromParameters(
                event.getLocation().getQueryParameters().getParameters(), statistics.today());
        show(filter);
    }

    private void show(DashboardFilter filter) {
        removeAll();
        List<CategoryRef> categories = catalog.categories();
        Labels labels = new Labels(this, getLocale(), categories);
        H1 heading = new H1(getTranslation("statistics.title"));
        Paragraph lead = new Paragraph(getTranslation("statistics.lead"));
        lead.addClassName("dp-muted");
        Paragraph days = new Paragraph(getTranslation(
                "statistics.days",
                statistics
                        .lastRollUp()
                        .map(t -> Times.format(getLocale(), t))
                        .orElse(getTranslation("statistics.never"))));
        days.setId("stat-days");
        days.addClassName("dp-muted");
        add(heading, lead, days);

        List<CategoryRef> tracks =
                categories.stream().filter(c -> c.parent() == null).toList();
        add(new FilterBar(filter, YearMonth.from(statistics.today()), tracks, labels, this::go));

        Div actions = new Div();
        actions.addClassName("dp-stat-actions");
        DashboardFigures figures = new DashboardFigures(statistics, labels);
        YearMonth month = filter.to();
        Anchor report = new Anchor(
                DownloadHandler.fromInputStream(e -> {
                    DashboardFilter one = new DashboardFilter(month, month, filter.track(), filter.origin());
                    byte[] bytes = MonthlyWorkbook.of(
                            getTranslation("statistics.report.title", month.toString()), figures.all(one));
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "dataport-statistics-" + month + ".xlsx",
                            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            bytes.length);
                }),
                getTranslation("statistics.report", month.toString()));
        report.setId("stat-report");
        actions.add(report);
        if (currentUser.hasRole(Role.ADMIN)) {
            Button now = new Button(getTranslation("statistics.rollup"), e -> {
                rollUp.now();
                Notification.show(getTranslation("statistics.rollup.done"));
                show(filter);
            });
            now.setId("stat-rollup");
            actions.add(now);
        }
        add(actions);

        Div cards = new Div();
        cards.addClassName("dp-stat-cards");
        figures.drawn(filter, drawings).forEach(d -> cards.add(new ChartCard(d)));
        add(cards);
    }

    private void go(DashboardFilter next) {
        UI.getCurrent().navigate(StatisticsView.class, new QueryParameters(next.toParameters()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("statistics.title") + " · " + getTranslation("app.name");
    }
}
