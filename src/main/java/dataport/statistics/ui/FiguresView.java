package dataport.statistics.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dataport.catalog.CatalogService;
import dataport.shared.ui.Times;
import dataport.statistics.Breakdown;
import dataport.statistics.PublicFigures;
import java.util.List;
import java.util.function.Function;

/**
 * {@code /figures}, "Digital trade in figures", for everyone: listings, merchants by origin and country, and trades
 * by track and month as counts (no merchant's revenue), as of the end of yesterday (Shanghai).
 */
@StyleSheet("themes/dataport/statistics.css")
@Route(value = FiguresView.ROUTE, layout = dataport.shared.ui.MainLayout.class)
@AnonymousAllowed
public class FiguresView extends Div implements HasDynamicTitle {

    public static final String ROUTE = "figures";

    FiguresView(PublicFigures figures, CatalogService catalog) {
        addClassName("dp-page");
        addClassName("dp-statistics");
        Labels labels = new Labels(this, getLocale(), catalog.categories());
        add(new H1(getTranslation("statistics.figures.title")));
        Paragraph lead =
                new Paragraph(getTranslation("statistics.figures.lead", Times.date(getLocale(), figures.asOf())));
        lead.setId("figures-as-of");
        lead.addClassName("dp-muted");
        add(lead);

        dataport.shared.HeadlineFigures.Headline h = figures.headline();
        Div tiles = new Div(
                tile("listings", labels.number(h.listings())),
                tile("merchants", labels.number(h.merchants())),
                tile("countries", labels.number(h.countries())),
                tile("trades", labels.number(h.trades())));
        tiles.addClassName("dp-stat-tiles");
        add(tiles);

        Div cards = new Div();
        cards.addClassName("dp-stat-cards");
        cards.add(new ChartCard(figure("origin", figures.merchantsByOrigin(), labels::origin, false, labels)));
        cards.add(new ChartCard(figure("country", figures.merchantsByCountry(), labels::country, false, labels)));
        cards.add(new ChartCard(figure("track", figures.tradesByTrack(), labels::category, false, labels)));
        cards.add(new ChartCard(figure("month", figures.tradesByMonth(), k -> k, true, labels)));
        add(cards);
    }

    private ChartCard.Figure figure(
            String id, Breakdown b, Function<String, String> name, boolean overTime, Labels labels) {
        List<String> names = b.rows().stream().map(r -> name.apply(r.key())).toList();
        List<List<String>> rows = b.rows().stream()
                .map(r -> List.of(name.apply(r.key()), labels.number(r.count())))
                .toList();
        return new ChartCard.Figure(
                "figures-" + id,
                getTranslation("statistics.figures." + id + ".title"),
                getTranslation("statistics.figures." + id + ".description"),
                List.of(
                        getTranslation("statistics.figures." + id + ".key"),
                        getTranslation("statistics.figures." + id + ".count")),
                b.totalCount() == 0 ? List.of() : rows,
                names,
                b.rows().stream().map(Breakdown.Row::count).toList(),
                overTime);
    }

    private Div tile(String key, String value) {
        Div number = new Div(value);
        number.addClassName("dp-figure-value");
        Div label = new Div(getTranslation("statistics.figures.tile." + key));
        label.addClassName("dp-figure-label");
        Div tile = new Div(number, label);
        tile.addClassName("dp-figure");
        tile.setId("figures-" + key);
        return tile;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("statistics.figures.title") + " · " + getTranslation("app.name");
    }
}
