package dataport.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.treegrid.TreeGrid;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dataport.catalog.CategoryAdmin;
import dataport.catalog.CategoryAdmin.Node;
import dataport.catalog.InvalidListing;
import dataport.shared.Bilingual;
import dataport.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;

/** ADMIN's category tree at {@code /admin/categories}: add, rename, reorder and delete (only when unused). */
@Route(value = "admin/categories", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class CategoriesView extends Div implements HasDynamicTitle {

    private final CategoryAdmin admin;
    final TreeGrid<Node> tree = new TreeGrid<>();
    final Span error = new Span();

    CategoriesView(CategoryAdmin admin) {
        this.admin = admin;
        addClassName("dp-page");
        setId("categories-admin");
        Button addTrack = new Button(getTranslation("admin.categories.add-track"), e -> edit(null, null));
        addTrack.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addTrack.setId("add-track");
        Div bar = new Div(new H1(getTranslation("admin.categories.title")), addTrack);
        bar.addClassName("dp-page-bar");
        Paragraph lead = new Paragraph(getTranslation("admin.categories.lead"));
        lead.addClassName("dp-muted");
        error.addClassName("dp-error");
        error.setId("categories-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);

        tree.setId("category-tree");
        // Long English names wrap rather than end in an ellipsis.
        tree.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        tree.setAllRowsVisible(true);
        // Fixed shares instead of auto widths: auto widths of the long names pushed the actions out of sight.
        tree.addHierarchyColumn(n -> n.name().en())
                .setHeader(getTranslation("admin.categories.name-en"))
                .setFlexGrow(2);
        tree.addColumn(n -> n.name().zh())
                .setHeader(getTranslation("admin.categories.name-zh"))
                .setFlexGrow(1);
        tree.addColumn(Node::code)
                .setHeader(getTranslation("admin.categories.code"))
                .setFlexGrow(1);
        tree.addColumn(Node::listingCount)
                .setHeader(getTranslation("admin.categories.listings"))
                .setWidth("6em")
                .setFlexGrow(0);
        // Wide enough for a track's five buttons in either language; the grid scrolls sideways on a phone.
        tree.addComponentColumn(this::actions)
                .setHeader(getTranslation("workspace.listings.column.actions"))
                .setWidth("24em")
                .setFlexGrow(0);
        refresh();
        add(bar, lead, error, tree);
    }

    private Div actions(Node node) {
        boolean track = tree.getTreeData().getParent(node) == null;
        Div actions = new Div();
        actions.add(small("admin.categories.rename", "rename-" + node.code(), () -> edit(node, null)));
        actions.add(small("admin.categories.up", "up-" + node.code(), () -> act(() -> admin.move(node.code(), -1))));
        actions.add(small("admin.categories.down", "down-" + node.code(), () -> act(() -> admin.move(node.code(), 1))));
        if (track) {
            actions.add(small("admin.categories.add-sub", "add-sub-" + node.code(), () -> edit(null, node)));
        }
        Button delete =
                small("admin.categories.delete", "delete-" + node.code(), () -> act(() -> admin.delete(node.code())));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        actions.add(delete);
        return actions;
    }

    private Button small(String key, String id, Runnable action) {
        Button b = new Button(getTranslation(key), e -> action.run());
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        b.setId(id);
        return b;
    }

    private void act(Runnable action) {
        error.setVisible(false);
        try {
            action.run();
            refresh();
        } catch (InvalidListing e) {
            error.setText(getTranslation(e.errors().values().iterator().next()));
            error.setVisible(true);
        }
    }

    /** A dialog for a new track ({@code parent} null), a new sub-track of {@code parent}, or renaming {@code node}. */
    void edit(Node node, Node parent) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(
                node != null
                        ? "admin.categories.rename"
                        : parent == null ? "admin.categories.add-track" : "admin.categories.add-sub"));
        TextField code = new TextField(getTranslation("admin.categories.code"));
        code.setId("category-code");
        code.setHelperText(getTranslation("admin.categories.code-help"));
        TextField nameEn = new TextField(getTranslation("admin.categories.name-en"));
        nameEn.setId("category-name-en");
        TextField nameZh = new TextField(getTranslation("admin.categories.name-zh"));
        nameZh.setId("category-name-zh");
        if (node != null) {
            code.setValue(node.code());
            code.setReadOnly(true);
            nameEn.setValue(node.name().en() == null ? "" : node.name().en());
            nameZh.setValue(node.name().zh() == null ? "" : node.name().zh());
        }
        Button save = new Button(getTranslation("admin.categories.save"), e -> {
            code.setInvalid(false);
            nameEn.setInvalid(false);
            nameZh.setInvalid(false);
            try {
                Bilingual name = Bilingual.of(nameEn.getValue(), nameZh.getValue());
                if (node != null) {
                    admin.rename(node.code(), name);
                } else {
                    admin.add(
                            parent == null ? null : parent.code(),
                            code.getValue().strip(),
                            name);
                }
                dialog.close();
                refresh();
                Notification.show(getTranslation("admin.categories.saved"), 3000, Notification.Position.BOTTOM_CENTER)
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidListing ex) {
                Map<String, TextField> fields = Map.of("code", code, "nameEn", nameEn, "nameZh", nameZh);
                ex.errors().forEach((field, key) -> {
                    TextField f = fields.getOrDefault(field, code);
                    // The limit the rule broke, for the messages that name it ("At most {0} characters.").
                    f.setErrorMessage(getTranslation(
                            key, field.equals("code") ? CategoryAdmin.CODE_MAX : CategoryAdmin.NAME_MAX));
                    f.setInvalid(true);
                });
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-category");
        FormLayout form = new FormLayout(code, nameEn, nameZh);
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("admin.categories.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    void refresh() {
        List<Node> tracks = admin.tree();
        tree.setItems(tracks, Node::children);
        tree.expand(tracks);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.categories.title") + " · " + getTranslation("app.name");
    }
}
