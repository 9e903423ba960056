package dataport.exhibits.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import dataport.exhibits.ExhibitHistoryEntry;
import dataport.exhibits.ExhibitService;
import dataport.shared.ui.Times;
import java.util.List;

/** Who created, saved (which fields), published, archived the exhibit or changed its banner, and when. */
class ExhibitHistory extends EditorSection {

    private final ExhibitService exhibits;
    private final Grid<ExhibitHistoryEntry> grid = new Grid<>();

    ExhibitHistory(ExhibitService exhibits) {
        super("exhibits.section.history");
        this.exhibits = exhibits;
        grid.setId("exhibit-history");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(h -> Times.format(getLocale(), h.changedAt()))
                .setHeader(getTranslation("exhibits.history.when"));
        grid.addColumn(ExhibitHistoryEntry::actor).setHeader(getTranslation("exhibits.history.who"));
        grid.addColumn(h -> getTranslation("exhibits.history.action." + h.action()))
                .setHeader(getTranslation("exhibits.history.what"));
        grid.addColumn(h -> String.join(
                        ", ",
                        h.fields().stream()
                                .map(f -> getTranslation("exhibits.history.field." + f))
                                .toList()))
                .setHeader(getTranslation("exhibits.history.fields"));
        add(grid);
    }

    void show(Long exhibitId) {
        grid.setItems(exhibitId == null ? List.of() : exhibits.history(exhibitId));
        setVisible(exhibitId != null);
    }
}
