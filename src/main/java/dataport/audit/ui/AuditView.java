package dataport.audit.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dataport.audit.AuditEntry;
import dataport.audit.AuditFilter;
import dataport.audit.AuditService;
import dataport.shared.ui.DatePickers;
import dataport.shared.ui.MainLayout;
import dataport.shared.ui.Times;
import jakarta.annotation.security.RolesAllowed;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The audit trail for compliance staff and admins: newest first, filtered by actor, action, subject and dates. */
@Route(value = "staff/audit", layout = MainLayout.class)
@RolesAllowed({"COMPLIANCE", "ADMIN"})
public class AuditView extends Div implements HasDynamicTitle {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final AuditService audit;
    final TextField actor = new TextField();
    final TextField action = new TextField();
    final ComboBox<String> subjectType = new ComboBox<>();
    final TextField subjectId = new TextField();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<AuditEntry> grid = new Grid<>();

    AuditView(AuditService audit) {
        this.audit = audit;
        addClassName("dp-page");
        addClassName("dp-staff");
        H1 title = new H1(getTranslation("audit.title"));
        Paragraph lead = new Paragraph(getTranslation("audit.lead"));
        lead.addClassName("dp-muted");
        add(title, lead, filters(), grid());
    }

    private Div filters() {
        actor.setLabel(getTranslation("audit.filter.actor"));
        action.setLabel(getTranslation("audit.filter.action"));
        subjectType.setLabel(getTranslation("audit.filter.subject-type"));
        subjectType.setItems(audit.subjectTypes());
        subjectType.setClearButtonVisible(true);
        subjectId.setLabel(getTranslation("audit.filter.subject-id"));
        from.setLabel(getTranslation("audit.filter.from"));
        to.setLabel(getTranslation("audit.filter.to"));
        for (TextField field : new TextField[] {actor, action, subjectId}) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.setClearButtonVisible(true);
            field.addValueChangeListener(e -> refresh());
        }
        subjectType.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> {
            to.setMin(e.getValue());
            refresh();
        });
        to.addValueChangeListener(e -> {
            from.setMax(e.getValue());
            refresh();
        });
        DatePickers.localise(from, this);
        DatePickers.localise(to, this);
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        actor.setId("audit-actor");
        action.setId("audit-action");
        subjectType.setId("audit-subject-type");
        subjectId.setId("audit-subject-id");
        from.setId("audit-from");
        to.setId("audit-to");
        Div filters = new Div(actor, action, subjectType, subjectId, from, to);
        filters.addClassName("dp-filters");
        return filters;
    }

    private Grid<AuditEntry> grid() {
        grid.addColumn(e -> Times.format(getLocale(), e.occurredAt()))
                .setHeader(getTranslation("audit.column.time"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(AuditEntry::actor)
                .setHeader(getTranslation("audit.column.actor"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::action)
                .setHeader(getTranslation("audit.column.action"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.subjectType() + " #" + e.subjectId())
                .setHeader(getTranslation("audit.column.subject"))
                .setAutoWidth(true);
        grid.addColumn(e -> oneLine(e.before()) + " → " + oneLine(e.after()))
                .setHeader(getTranslation("audit.column.change"))
                // A base width, so the change is not squeezed into a sliver beside the auto-sized columns.
                .setWidth("22rem")
                .setFlexGrow(1);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setId("audit-grid");
        grid.addClassName("dp-staff-grid");
        grid.getElement().setAttribute("aria-label", getTranslation("audit.title"));
        refresh();
        return grid;
    }

    private Div details(AuditEntry e) {
        Div before = block("audit.before", e.before());
        Div after = block("audit.after", e.after());
        Div details = new Div(before, after);
        details.addClassName("dp-audit-details");
        return details;
    }

    private Div block(String labelKey, String text) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("dp-fact-label");
        Pre value = new Pre(text == null ? "—" : readable(text));
        value.addClassName("dp-audit-state");
        return new Div(label, value);
    }

    void refresh() {
        AuditFilter filter = filter();
        grid.setItems(q -> audit.find(filter, q.getPage(), q.getPageSize()).stream(), q -> (int) audit.count(filter));
    }

    AuditFilter filter() {
        return new AuditFilter(
                actor.getValue(),
                action.getValue(),
                subjectType.getValue(),
                subjectId.getValue(),
                from.getValue(),
                to.getValue(),
                Times.zone());
    }

    /** JSON is indented for reading; anything else is shown as it was recorded. */
    static String readable(String text) {
        String trimmed = text.strip();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try {
                JsonNode node = JSON.readTree(trimmed);
                return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(node);
            } catch (RuntimeException e) {
                return text;
            }
        }
        return text;
    }

    private static String oneLine(String text) {
        if (text == null) {
            return "—";
        }
        String flat = text.replaceAll("\\s+", " ").strip();
        return flat.length() > 120 ? flat.substring(0, 119) + "…" : flat;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · " + getTranslation("app.name");
    }
}
