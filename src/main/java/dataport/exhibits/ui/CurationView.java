package dataport.exhibits.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dataport.exhibits.CurationRow;
import dataport.exhibits.ExhibitService;
import dataport.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/**
 * The curators' list at {@code /curation/exhibits}: every exhibit and hall with its state, whether it is live, its
 * schedule, and how many of its items buyers no longer see (flagged so the curator can replace them).
 */
@Route(value = CurationView.ROUTE, layout = MainLayout.class)
@RolesAllowed({"CURATOR", "ADMIN"})
public class CurationView extends Div implements HasDynamicTitle {

    public static final String ROUTE = "curation/exhibits";

    CurationView(ExhibitService exhibits) {
        addClassName("dp-page");
        Button create =
                new Button(getTranslation("exhibits.new"), e -> getUI().ifPresent(ui -> ui.navigate(ROUTE + "/new")));
        create.setId("new-exhibit");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph lead = new Paragraph(getTranslation("exhibits.list.lead"));
        lead.addClassName("dp-muted");

        Grid<CurationRow> grid = new Grid<>();
        grid.setId("exhibit-list");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(r -> {
                    Anchor title = new Anchor(ROUTE + "/" + r.id(), r.title().in(getLocale()));
                    title.addClassName("exhibit-link");
                    Div cell = new Div(title);
                    if (r.hallTrack() != null) {
                        Span hall = new Span(getTranslation("exhibits.kind.hall"));
                        hall.addClassName("dp-badge");
                        cell.add(new Span(" "), hall);
                    }
                    return cell;
                })
                .setHeader(getTranslation("exhibits.list.title"))
                .setFlexGrow(3);
        grid.addColumn(CurationRow::slug)
                .setHeader(getTranslation("exhibits.field.slug"))
                .setFlexGrow(2);
        grid.addComponentColumn(r -> {
                    Span state = new Span(
                            getTranslation("exhibits.state." + r.state().name()));
                    state.addClassName("dp-badge");
                    Div cell = new Div(state);
                    if (r.live()) {
                        Span live = new Span(getTranslation("exhibits.live"));
                        live.addClassName("dp-badge");
                        live.addClassName("dp-badge-live");
                        cell.add(new Span(" "), live);
                    }
                    return cell;
                })
                .setHeader(getTranslation("exhibits.list.state"))
                .setAutoWidth(true);
        grid.addColumn(r -> Showcase.schedule(this, getLocale(), r.startsAt(), r.endsAt(), r.zone()))
                .setHeader(getTranslation("exhibits.list.schedule"))
                .setFlexGrow(2);
        grid.addColumn(CurationRow::priority)
                .setHeader(getTranslation("exhibits.field.priority"))
                .setAutoWidth(true);
        grid.addComponentColumn(r -> {
                    Div cell = new Div(new Span(String.valueOf(r.items())));
                    if (r.hiddenItems() > 0) {
                        Span hidden = new Span(getTranslation("exhibits.hidden-items", r.hiddenItems()));
                        hidden.addClassName("dp-badge");
                        hidden.addClassName("dp-badge-warning");
                        hidden.addClassName("hidden-items");
                        cell.add(new Span(" "), hidden);
                    }
                    return cell;
                })
                .setHeader(getTranslation("exhibits.list.items"))
                .setAutoWidth(true);
        grid.setItems(exhibits.list());

        Div header = new Div(new H1(getTranslation("exhibits.list.heading")), create);
        header.addClassName("dp-page-header");
        add(header, lead, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("exhibits.list.heading") + " · " + getTranslation("app.name");
    }
}
