package dataport.statistics.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import dataport.catalog.CategoryRef;
import dataport.merchants.Origin;
import dataport.statistics.DashboardFilter;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The dashboard's filters: period (months), track and merchant origin; "Show" puts them into the URL. */
class FilterBar extends Div {

    private static final String ANY = "";

    FilterBar(
            DashboardFilter filter,
            YearMonth now,
            List<CategoryRef> tracks,
            Labels labels,
            Consumer<DashboardFilter> show) {
        addClassName("dp-stat-filters");
        List<YearMonth> months = new ArrayList<>();
        for (int i = 0; i < 36; i++) {
            months.add(now.minusMonths(i));
        }
        if (!months.contains(filter.from())) {
            months.add(filter.from());
        }
        if (!months.contains(filter.to())) {
            months.add(filter.to());
        }
        Select<YearMonth> from = month("stat-from", labels.t("statistics.filter.from"), months, filter.from());
        Select<YearMonth> to = month("stat-to", labels.t("statistics.filter.to"), months, filter.to());

        Select<String> track = new Select<>();
        track.setId("stat-track");
        track.setLabel(labels.t("statistics.filter.track"));
        List<String> codes = new ArrayList<>();
        codes.add(ANY);
        tracks.forEach(t -> codes.add(t.code()));
        track.setItems(codes);
        track.setItemLabelGenerator(c -> c.isEmpty() ? labels.t("statistics.filter.any") : labels.category(c));
        track.setValue(filter.track() == null || !codes.contains(filter.track()) ? ANY : filter.track());

        Select<String> origin = new Select<>();
        origin.setId("stat-origin");
        origin.setLabel(labels.t("statistics.filter.origin"));
        origin.setItems(ANY, Origin.DOMESTIC.name(), Origin.FOREIGN.name());
        origin.setItemLabelGenerator(o -> o.isEmpty() ? labels.t("statistics.filter.any") : labels.origin(o));
        origin.setValue(filter.origin() == null ? ANY : filter.origin().name());

        Button apply = new Button(
                labels.t("statistics.filter.show"),
                e -> show.accept(new DashboardFilter(
                        from.getValue(),
                        to.getValue(),
                        track.getValue(),
                        origin.getValue() == null || origin.getValue().isEmpty()
                                ? null
                                : Origin.valueOf(origin.getValue()))));
        apply.setId("stat-show");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(from, to, track, origin, apply);
    }

    private static Select<YearMonth> month(String id, String label, List<YearMonth> months, YearMonth value) {
        Select<YearMonth> select = new Select<>();
        select.setId(id);
        select.setLabel(label);
        select.setItems(months);
        select.setItemLabelGenerator(YearMonth::toString);
        select.setValue(value);
        return select;
    }
}
