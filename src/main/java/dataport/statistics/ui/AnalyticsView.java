package dataport.statistics.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import dataport.shared.ui.DatePickers;
import dataport.shared.ui.MainLayout;
import dataport.statistics.Grain;
import dataport.statistics.MerchantAnalytics;
import dataport.statistics.MerchantAnalytics.Figures;
import dataport.statistics.MerchantAnalytics.Report;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /workspace/analytics}: a merchant's own figures per listing and in total, by day, week or month (Shanghai
 * days): views, impressions, click-through rate, orders, conversion, revenue per currency, and the queries that led
 * buyers to its listings. Period and grain are in the URL ({@code from}, {@code to}, {@code by}).
 */
@StyleSheet("themes/dataport/statistics.css")
@Route(value = AnalyticsView.ROUTE, layout = MainLayout.class)
@RolesAllowed("MERCHANT")
public class AnalyticsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "workspace/analytics";

    private final MerchantAnalytics analytics;
    private final ChartDrawings drawings;

    AnalyticsView(MerchantAnalytics analytics, ChartDrawings drawings) {
        this.drawings = drawings;
        this.analytics = analytics;
        addClassName("dp-page");
        addClassName("dp-statistics");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> p = event.getLocation().getQueryParameters().getParameters();
        LocalDate today = analytics.today();
        LocalDate to = date(p, "to", today);
        LocalDate from = date(p, "from", to.minusDays(29));
        if (from.isAfter(to)) {
            from = to;
        }
        if (from.isBefore(to.minusYears(3))) {
            from = to.minusYears(3);
        }
        Grain grain = Grain.DAY;
        try {
            grain = Grain.valueOf(p.getOrDefault("by", List.of("DAY")).getFirst());
        } catch (IllegalArgumentException e) {
            grain = Grain.DAY;
        }
        show(analytics.report(from, to, grain));
    }

    private void show(Report report) {
        removeAll();
        Labels labels = new Labels(this, getLocale(), List.of());
        add(new H1(getTranslation("statistics.analytics.title")));
        Paragraph lead = new Paragraph(getTranslation("statistics.analytics.lead"));
        lead.addClassName("dp-muted");
        add(lead, controls(report));

        Figures t = report.total();
        Div totals = new Div(
                tile("views", labels.number(t.views()), labels),
                tile("impressions", labels.number(t.impressions()), labels),
                tile("ctr", labels.percent(t.clickThroughPerMille()), labels),
                tile("orders", labels.number(t.orders()), labels),
                tile("conversion", labels.percent(t.conversionPerMille()), labels),
                tile("revenue", revenue(t, labels), labels));
        totals.addClassName("dp-stat-tiles");
        totals.setId("stat-totals");
        add(totals);

        List<String> headers = List.of(
                getTranslation("statistics.col.period"),
                getTranslation("statistics.col.views"),
                getTranslation("statistics.col.impressions"),
                getTranslation("statistics.col.ctr"),
                getTranslation("statistics.col.orders"),
                getTranslation("statistics.col.conversion"),
                getTranslation("statistics.col.revenue"));
        List<List<String>> rows = new ArrayList<>();
        for (Figures f : report.periods()) {
            rows.add(row(f.period(), f, labels));
        }
        Div cards = new Div();
        cards.addClassName("dp-stat-cards");
        cards.add(card(new ChartCard.Figure(
                "periods",
                getTranslation("statistics.analytics.periods." + report.grain().name()),
                getTranslation("statistics.analytics.periods.description"),
                headers,
                rows,
                report.periods().stream().map(Figures::period).toList(),
                report.periods().stream().map(Figures::views).toList(),
                true)));

        List<List<String>> listingRows = new ArrayList<>();
        List<String> listingHeaders = new ArrayList<>(headers);
        listingHeaders.set(0, getTranslation("statistics.col.listing"));
        report.listings().forEach(l -> listingRows.add(row(l.title().in(getLocale()), l.figures(), labels)));
        cards.add(card(new ChartCard.Figure(
                "listings",
                getTranslation("statistics.analytics.listings"),
                getTranslation("statistics.analytics.listings.description"),
                listingHeaders,
                report.listings().stream()
                                .anyMatch(l -> l.figures().views()
                                                + l.figures().impressions()
                                                + l.figures().orders()
                                        > 0)
                        ? listingRows
                        : List.of(),
                report.listings().stream().map(l -> l.title().in(getLocale())).toList(),
                report.listings().stream().map(l -> l.figures().views()).toList(),
                false)));

        cards.add(card(new ChartCard.Figure(
                "queries",
                getTranslation("statistics.analytics.queries"),
                getTranslation("statistics.analytics.queries.description"),
                List.of(
                        getTranslation("statistics.col.query"),
                        getTranslation("statistics.col.language"),
                        getTranslation("statistics.col.clicks")),
                report.queries().stream()
                        .map(q -> List.of(q.query(), labels.language(q.lang()), labels.number(q.clicks())))
                        .toList(),
                report.queries().stream()
                        .map(MerchantAnalytics.QueryClicks::query)
                        .toList(),
                report.queries().stream()
                        .map(MerchantAnalytics.QueryClicks::clicks)
                        .toList(),
                false)));
        add(cards);
    }

    /** Drawn once per content until the statistics change (the report itself is kept by the service). */
    private ChartCard card(ChartCard.Figure figure) {
        return new ChartCard(drawings.drawn(figure, getTranslation("statistics.chart.table-below")));
    }

    private Div controls(Report report) {
        DatePicker from = new DatePicker(getTranslation("statistics.filter.from"), report.from());
        from.setId("stat-from");
        DatePicker to = new DatePicker(getTranslation("statistics.filter.to"), report.to());
        to.setId("stat-to");
        DatePickers.localise(from, this);
        DatePickers.localise(to, this);
        Select<Grain> grain = new Select<>();
        grain.setId("stat-grain");
        grain.setLabel(getTranslation("statistics.filter.grain"));
        grain.setItems(Grain.values());
        grain.setItemLabelGenerator(g -> getTranslation("statistics.grain." + g.name()));
        grain.setValue(report.grain());
        Button show = new Button(getTranslation("statistics.filter.show"), e -> {
            LocalDate f = from.getValue() == null ? report.from() : from.getValue();
            LocalDate t = to.getValue() == null ? report.to() : to.getValue();
            UI.getCurrent()
                    .navigate(
                            AnalyticsView.class,
                            new QueryParameters(Map.of(
                                    "from", List.of(f.toString()),
                                    "to", List.of(t.toString()),
                                    "by", List.of(grain.getValue().name()))));
        });
        show.setId("stat-show");
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph days = new Paragraph(getTranslation("statistics.analytics.days"));
        days.addClassName("dp-muted");
        days.setId("stat-days");
        Div bar = new Div(from, to, grain, show);
        bar.addClassName("dp-stat-filters");
        return new Div(bar, days);
    }

    private List<String> row(String first, Figures f, Labels labels) {
        return List.of(
                first,
                labels.number(f.views()),
                labels.number(f.impressions()),
                labels.percent(f.clickThroughPerMille()),
                labels.number(f.orders()),
                labels.percent(f.conversionPerMille()),
                revenue(f, labels));
    }

    private static String revenue(Figures f, Labels labels) {
        if (f.revenue().isEmpty()) {
            return "–";
        }
        return f.revenue().entrySet().stream()
                .map(e -> labels.money(e.getValue(), e.getKey()))
                .collect(Collectors.joining(" · "));
    }

    private Div tile(String key, String value, Labels labels) {
        Div number = new Div(value);
        number.addClassName("dp-figure-value");
        Div label = new Div(labels.t("statistics.col." + key));
        label.addClassName("dp-figure-label");
        Div tile = new Div(number, label);
        tile.addClassName("dp-figure");
        tile.setId("stat-total-" + key);
        return tile;
    }

    private static LocalDate date(Map<String, List<String>> p, String name, LocalDate fallback) {
        List<String> v = p.get(name);
        if (v == null || v.isEmpty()) {
            return fallback;
        }
        try {
            return LocalDate.parse(v.getFirst());
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("statistics.analytics.title") + " · " + getTranslation("app.name");
    }
}
