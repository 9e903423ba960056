package dataport.exhibits.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import dataport.exhibits.CuratedItem;
import dataport.exhibits.ExhibitViolation;
import dataport.exhibits.ItemKind;
import dataport.exhibits.ItemRef;
import dataport.shared.Bilingual;
import java.util.ArrayList;
import java.util.List;

/**
 * The exhibit's items in the order buyers see them, each with a note in both languages; reordered with the arrows or
 * by dragging rows. A note over the limit is kept as typed and marked with the rule's message.
 */
class ItemList extends Div {

    private final List<ItemRow> rows = new ArrayList<>();
    final Grid<ItemRow> grid = new Grid<>();
    private final Paragraph error = new Paragraph();
    private final Paragraph summary = new Paragraph();
    private final Runnable changed;
    private ItemRow dragged;

    ItemList(Runnable changed) {
        this.changed = changed;
        grid.setId("exhibit-items-editor");
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(r -> rows.indexOf(r) + 1)
                .setHeader("#")
                .setAutoWidth(true)
                .setFlexGrow(0);
        // Name and both notes share one column, the notes wrapping under the name on a phone, so the order buttons
        // stay in view at any width.
        grid.addComponentColumn(this::cell)
                .setHeader(getTranslation("exhibits.items.name"))
                .setFlexGrow(1);
        grid.addComponentColumn(this::buttons).setAutoWidth(true).setFlexGrow(0);
        grid.setRowsDraggable(true);
        grid.setDropMode(GridDropMode.BETWEEN);
        grid.addDragStartListener(e -> dragged =
                e.getDraggedItems().isEmpty() ? null : e.getDraggedItems().get(0));
        grid.addDragEndListener(e -> dragged = null);
        grid.addDropListener(e -> {
            ItemRow target = e.getDropTargetItem().orElse(null);
            if (dragged == null || target == null || dragged == target) {
                return;
            }
            rows.remove(dragged);
            int at = rows.indexOf(target) + (e.getDropLocation() == GridDropLocation.BELOW ? 1 : 0);
            rows.add(at, dragged);
            render();
        });
        error.setId("items-error");
        error.addClassName("dp-error");
        error.setVisible(false);
        Paragraph help = new Paragraph(getTranslation("exhibits.items.help"));
        help.addClassName("dp-muted");
        summary.setId("items-summary");
        summary.addClassName("dp-muted");
        add(help, summary, error, grid);
    }

    void fill(List<CuratedItem> items) {
        rows.clear();
        for (CuratedItem i : items) {
            Bilingual detail = i.kind() == ItemKind.MERCHANT
                    ? ItemPicker.country(i.detail().en())
                    : i.detail();
            rows.add(new ItemRow(
                    i.kind(),
                    i.targetId(),
                    i.label(),
                    detail,
                    i.shown(),
                    i.note().en(),
                    i.note().zh()));
        }
        render();
    }

    List<ItemRow> rows() {
        return rows;
    }

    List<ItemRef> refs() {
        return rows.stream()
                .map(r -> new ItemRef(r.kind, r.targetId, Bilingual.of(r.noteEn, r.noteZh)))
                .toList();
    }

    boolean contains(ItemKind kind, long targetId) {
        return rows.stream().anyMatch(r -> r.kind == kind && r.targetId == targetId);
    }

    long hidden() {
        return rows.stream().filter(r -> !r.shown).count();
    }

    void add(ItemPicker.Pick pick) {
        if (contains(pick.kind(), pick.targetId())) {
            return;
        }
        rows.add(new ItemRow(pick.kind(), pick.targetId(), pick.label(), pick.detail(), true, null, null));
        render();
        changed.run();
    }

    void move(ItemRow r, int by) {
        int from = rows.indexOf(r);
        int to = from + by;
        if (from < 0 || to < 0 || to >= rows.size()) {
            return;
        }
        rows.remove(from);
        rows.add(to, r);
        render();
    }

    void clearErrors() {
        error.setVisible(false);
        boolean hadNoteErrors = rows.stream().anyMatch(r -> r.noteEnError != null || r.noteZhError != null);
        rows.forEach(r -> {
            r.noteEnError = null;
            r.noteZhError = null;
        });
        if (hadNoteErrors) {
            render();
        }
    }

    /** Shows the item rules' violations: on the list, or on the note they name. */
    void show(List<ExhibitViolation> violations) {
        boolean notes = false;
        for (ExhibitViolation v : violations) {
            String message = FieldErrors.message(this, v);
            if (v.field().equals("items")) {
                error.setText(message);
                error.setVisible(true);
                continue;
            }
            for (int i = 0; i < rows.size(); i++) {
                if (v.field().equals(ExhibitViolation.noteField(i, "en"))) {
                    rows.get(i).noteEnError = message;
                    notes = true;
                } else if (v.field().equals(ExhibitViolation.noteField(i, "zh"))) {
                    rows.get(i).noteZhError = message;
                    notes = true;
                }
            }
        }
        if (notes) {
            render();
        }
    }

    private void render() {
        grid.setItems(rows);
        long listings = rows.stream().filter(r -> r.kind == ItemKind.LISTING).count();
        summary.setText(getTranslation("exhibits.items.summary", listings, rows.size() - listings));
    }

    private Component cell(ItemRow r) {
        Div notes = new Div(note(r, true), note(r, false));
        notes.addClassName("dp-item-notes");
        Div cell = new Div(label(r), notes);
        cell.addClassName("dp-item-cell");
        return cell;
    }

    private Component label(ItemRow r) {
        // One item: the kind's singular name ("Listing", not "Listings").
        Span kind = new Span(getTranslation("exhibits.item-kind." + r.kind.name()));
        kind.addClassName("dp-badge");
        kind.addClassName("dp-item-kind");
        Span name = new Span(r.label.in(getLocale()));
        name.addClassName("dp-item-name");
        Div label = new Div(kind, name);
        if (!r.detail.in(getLocale()).isEmpty()) {
            Span detail = new Span(r.detail.in(getLocale()));
            detail.addClassName("dp-muted");
            label.add(new Div(detail));
        }
        if (!r.shown) {
            Span hidden = new Span(getTranslation("exhibits.items.hidden"));
            hidden.addClassName("dp-badge");
            hidden.addClassName("dp-badge-warning");
            hidden.addClassName("dp-item-hidden");
            label.add(hidden);
        }
        label.addClassName("dp-item-label");
        return label;
    }

    private Component note(ItemRow r, boolean english) {
        TextField note = new TextField();
        String labelKey = english ? "exhibits.items.note-en" : "exhibits.items.note-zh";
        note.setPlaceholder(getTranslation(labelKey));
        note.setValue(ExhibitTextsSection.orEmpty(english ? r.noteEn : r.noteZh));
        note.getElement().setAttribute("aria-label", getTranslation(labelKey) + " " + (rows.indexOf(r) + 1));
        note.addClassName(english ? "item-note-en" : "item-note-zh");
        String error = english ? r.noteEnError : r.noteZhError;
        if (error != null) {
            note.setErrorMessage(error);
            note.setInvalid(true);
        }
        note.addValueChangeListener(e -> {
            if (english) {
                r.noteEn = e.getValue();
            } else {
                r.noteZh = e.getValue();
            }
        });
        return note;
    }

    private Component buttons(ItemRow r) {
        int index = rows.indexOf(r);
        Button up = iconButton(VaadinIcon.ARROW_UP, "exhibits.items.up", index + 1, () -> move(r, -1));
        up.addClassName("item-up");
        up.setEnabled(index > 0);
        Button down = iconButton(VaadinIcon.ARROW_DOWN, "exhibits.items.down", index + 1, () -> move(r, 1));
        down.addClassName("item-down");
        down.setEnabled(index < rows.size() - 1);
        Button remove = iconButton(VaadinIcon.TRASH, "exhibits.items.remove", index + 1, () -> {
            rows.remove(r);
            render();
            changed.run();
        });
        remove.addClassName("item-remove");
        Div buttons = new Div(up, down, remove);
        buttons.addClassName("dp-item-buttons");
        return buttons;
    }

    private Button iconButton(VaadinIcon icon, String labelKey, int position, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        button.setAriaLabel(getTranslation(labelKey, position));
        button.setTooltipText(getTranslation(labelKey, position));
        return button;
    }

    /** An item in the editor: identity by object, so notes can change while it sits in the grid. */
    static final class ItemRow {
        final ItemKind kind;
        final long targetId;
        final Bilingual label;
        final Bilingual detail;
        final boolean shown;
        String noteEn;
        String noteZh;
        String noteEnError;
        String noteZhError;

        ItemRow(
                ItemKind kind,
                long targetId,
                Bilingual label,
                Bilingual detail,
                boolean shown,
                String noteEn,
                String noteZh) {
            this.kind = kind;
            this.targetId = targetId;
            this.label = label;
            this.detail = detail;
            this.shown = shown;
            this.noteEn = noteEn;
            this.noteZh = noteZh;
        }
    }
}
