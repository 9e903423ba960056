package dataport.exhibits.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import dataport.exhibits.ExhibitContent;
import dataport.exhibits.ExhibitForm;
import dataport.exhibits.ExhibitService;
import dataport.exhibits.ExhibitState;
import dataport.exhibits.ExhibitViolation;
import dataport.exhibits.InvalidExhibit;
import dataport.exhibits.StaleExhibit;
import dataport.shared.Languages;
import dataport.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The curator's editor at {@code /curation/exhibits/new} and {@code /curation/exhibits/{id}}: a page composed of the
 * texts, the address/look/schedule, the banner, the items (picker and ordered list with notes), the actions and the
 * change history. A save carries the version the form was read at: if another curator saved meanwhile it is refused
 * and the form keeps what was typed. Every refusal is shown next to its field with the rule's own message.
 */
@Route(value = CurationView.ROUTE + "/:id", layout = MainLayout.class)
@RolesAllowed({"CURATOR", "ADMIN"})
public class ExhibitEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ExhibitService exhibits;

    private Long exhibitId;
    private long version;
    private ExhibitState state = ExhibitState.DRAFT;
    private boolean filling;

    private final H1 heading = new H1();
    private final Div status = new Div();
    private final Div staleWarning = new Div();
    private final FieldErrors errors = new FieldErrors(this);
    private final ExhibitTextsSection texts;
    private final ExhibitScheduleSection schedule;
    private final BannerPanel banner;
    private final ExhibitItemsSection items;
    private final ExhibitHistory history;

    final Button save = new Button();
    final Button publish = new Button();
    final Button archive = new Button();
    final Button backToDraft = new Button();

    ExhibitEditorView(ExhibitService exhibits) {
        this.exhibits = exhibits;
        addClassName("dp-page");
        addClassName("dp-editor");
        status.addClassName("dp-editor-status");
        status.setId("exhibit-status");
        staleWarning.setId("stale-warning");
        staleWarning.addClassName("dp-alert");
        staleWarning.setVisible(false);
        texts = new ExhibitTextsSection(errors, this::checkField);
        schedule = new ExhibitScheduleSection(errors, this::checkField);
        banner = new BannerPanel(exhibits, new BannerHost());
        items = new ExhibitItemsSection(exhibits);
        history = new ExhibitHistory(exhibits);
        add(heading, status, staleWarning, texts, schedule, banner, items, actions(), history);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("new");
        if ("new".equals(id)) {
            exhibitId = null;
            version = 0;
            state = ExhibitState.DRAFT;
            fill(new ExhibitContent("", null, null, null, ExhibitContent.DEFAULT_ACCENT, null, null, null, 0, null));
            items.list.fill(List.of());
            banner.show(null, null, null, null);
            refresh();
            return;
        }
        ExhibitForm form;
        try {
            form = exhibits.edit(Long.parseLong(id)).orElse(null);
        } catch (NumberFormatException e) {
            form = null;
        }
        if (form == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        load(form);
    }

    private void load(ExhibitForm form) {
        exhibitId = form.id();
        version = form.version();
        state = form.state();
        fill(form.content());
        items.list.fill(form.items());
        banner.show(form.id(), form.bannerId(), form.bannerWidth(), form.bannerHeight());
        refresh();
    }

    private void fill(ExhibitContent c) {
        filling = true;
        try {
            texts.fill(c);
            schedule.fill(c);
        } finally {
            filling = false;
        }
        staleWarning.setVisible(false);
        clearErrors();
    }

    private Div actions() {
        save.setText(getTranslation("exhibits.action.save"));
        save.setId("exhibit-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        Button previewEn = new Button(getTranslation("exhibits.action.preview-en"), e -> preview(Languages.ENGLISH));
        previewEn.setId("preview-en");
        Button previewZh = new Button(getTranslation("exhibits.action.preview-zh"), e -> preview(Languages.CHINESE));
        previewZh.setId("preview-zh");
        publish.setText(getTranslation("exhibits.action.publish"));
        publish.setId("exhibit-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        publish.addClickListener(e -> transition("published", () -> exhibits.publish(exhibitId, version)));
        archive.setText(getTranslation("exhibits.action.archive"));
        archive.setId("exhibit-archive");
        archive.addThemeVariants(ButtonVariant.LUMO_ERROR);
        archive.addClickListener(e -> transition("archived", () -> exhibits.archive(exhibitId, version)));
        backToDraft.setText(getTranslation("exhibits.action.back-to-draft"));
        backToDraft.setId("exhibit-back-to-draft");
        backToDraft.addClickListener(e -> transition("back-to-draft", () -> exhibits.backToDraft(exhibitId, version)));
        Anchor list = new Anchor(CurationView.ROUTE, getTranslation("exhibits.back-to-list"));
        Div bar = new Div(save, previewEn, previewZh, publish, archive, backToDraft, list);
        bar.addClassName("dp-editor-actions");
        return bar;
    }

    // ---- for tests: the view may be a proxy, so parts are reached through methods

    List<ItemList.ItemRow> itemRows() {
        return items.list.rows();
    }

    BannerPanel bannerPanel() {
        return banner;
    }

    void move(ItemList.ItemRow r, int by) {
        items.list.move(r, by);
    }

    // ---- actions

    ExhibitContent content() {
        return new ExhibitContent(
                schedule.slug(),
                texts.title(),
                texts.subtitle(),
                texts.intro(),
                schedule.accent(),
                schedule.startsAt.getValue(),
                schedule.endsAt.getValue(),
                schedule.zone(),
                schedule.priority(),
                items.list.refs());
    }

    void save() {
        clearErrors();
        try {
            if (exhibitId == null) {
                long id = exhibits.create(content());
                notify("exhibits.saved", NotificationVariant.LUMO_SUCCESS);
                UI.getCurrent().navigate(CurationView.ROUTE + "/" + id);
                return;
            }
            exhibits.save(exhibitId, version, content());
            notify("exhibits.saved", NotificationVariant.LUMO_SUCCESS);
            load(exhibits.edit(exhibitId).orElseThrow());
        } catch (InvalidExhibit e) {
            invalid(e);
        } catch (StaleExhibit | OptimisticLockingFailureException e) {
            stale();
        }
    }

    private void transition(String what, LongSupplier change) {
        if (exhibitId == null) {
            return;
        }
        try {
            change.getAsLong();
            notify("exhibits.done." + what, NotificationVariant.LUMO_SUCCESS);
            load(exhibits.edit(exhibitId).orElseThrow());
        } catch (StaleExhibit | OptimisticLockingFailureException e) {
            stale();
        }
    }

    /** Shows the page as buyers would see it in {@code locale}, from what is in the form now (saved or not). */
    void preview(Locale locale) {
        clearErrors();
        try {
            new ExhibitPreview(exhibits.preview(exhibitId, content()), exhibits, locale).open();
        } catch (InvalidExhibit e) {
            invalid(e);
        }
    }

    /** A field was changed: its own rule is checked at once (a paste over the limit is marked, never cut). */
    private void checkField(String name) {
        if (!filling) {
            errors.showOnly(name, exhibits.check(content()));
        }
    }

    /** The banner panel's view of the editor: which exhibit, at which version, and what to do after an upload. */
    private final class BannerHost implements BannerPanel.Host {

        @Override
        public Long exhibitId() {
            return exhibitId;
        }

        @Override
        public long version() {
            return version;
        }

        @Override
        public ExhibitContent content() {
            return ExhibitEditorView.this.content();
        }

        @Override
        public void bannerStored(long id, long newVersion, boolean created) {
            ExhibitEditorView.this.notify("exhibits.banner.uploaded", NotificationVariant.LUMO_SUCCESS);
            if (created) {
                UI.getCurrent().navigate(CurationView.ROUTE + "/" + id);
                return;
            }
            version = newVersion;
            history.show(exhibitId);
        }

        @Override
        public void invalid(InvalidExhibit e) {
            ExhibitEditorView.this.invalid(e);
        }

        @Override
        public void stale() {
            ExhibitEditorView.this.stale();
        }
    }

    private void invalid(InvalidExhibit e) {
        List<ExhibitViolation> rest = errors.show(e.violations());
        items.list.show(rest);
        notify("exhibits.not-saved", NotificationVariant.LUMO_ERROR);
    }

    private void stale() {
        staleWarning.removeAll();
        Paragraph text = new Paragraph(getTranslation("exhibits.stale"));
        Anchor reload = new Anchor(CurationView.ROUTE + "/" + exhibitId, getTranslation("exhibits.stale.reload"));
        reload.getElement().setAttribute("router-ignore", true);
        staleWarning.add(text, reload);
        staleWarning.setVisible(true);
        notify("exhibits.stale", NotificationVariant.LUMO_ERROR);
    }

    // ---- form state

    private void refresh() {
        boolean saved = exhibitId != null;
        heading.setText(
                saved
                        ? getTranslation("exhibits.editor.edit", texts.title().in(getLocale()))
                        : getTranslation("exhibits.editor.new"));
        status.removeAll();
        Span stateBadge = new Span(getTranslation("exhibits.state." + state.name()));
        stateBadge.addClassName("dp-badge");
        stateBadge.setId("exhibit-state");
        status.add(stateBadge);
        long hidden = items.list.hidden();
        if (hidden > 0) {
            Span flag = new Span(getTranslation("exhibits.hidden-items", hidden));
            flag.addClassName("dp-badge");
            flag.addClassName("dp-badge-warning");
            flag.setId("hidden-items");
            status.add(flag);
        }
        publish.setVisible(saved && state != ExhibitState.PUBLISHED);
        archive.setVisible(saved && state != ExhibitState.ARCHIVED);
        backToDraft.setVisible(saved && state != ExhibitState.DRAFT);
        history.show(exhibitId);
    }

    private void clearErrors() {
        errors.clear();
        items.list.clearErrors();
    }

    private void notify(String key, NotificationVariant variant) {
        Notification n = Notification.show(getTranslation(key), 4000, Notification.Position.BOTTOM_CENTER);
        n.addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " · " + getTranslation("app.name");
    }
}
