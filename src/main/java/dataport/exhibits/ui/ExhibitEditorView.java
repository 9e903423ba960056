package dataport.exhibits.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadEvent;
import dataport.catalog.InvalidUpload;
import dataport.exhibits.CuratedItem;
import dataport.exhibits.ExhibitContent;
import dataport.exhibits.ExhibitForm;
import dataport.exhibits.ExhibitHistoryEntry;
import dataport.exhibits.ExhibitService;
import dataport.exhibits.ExhibitState;
import dataport.exhibits.InvalidExhibit;
import dataport.exhibits.ItemKind;
import dataport.exhibits.ItemRef;
import dataport.exhibits.StaleExhibit;
import dataport.merchants.MerchantSummary;
import dataport.search.SearchResults;
import dataport.shared.Bilingual;
import dataport.shared.Languages;
import dataport.shared.ui.DatePickers;
import dataport.shared.ui.MainLayout;
import dataport.shared.ui.Times;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * The curator's editor at {@code /curation/exhibits/new} and {@code /curation/exhibits/{id}}: texts in English and
 * Chinese side by side, look and schedule (wall-clock time in a chosen zone), banner, items picked from search
 * results and ordered by buttons or drag and drop, each with a note; preview in either language exactly as buyers
 * will see it; publish, archive; the change history. A save carries the version the form was read at: if another
 * curator saved meanwhile it is refused and the form keeps what was typed.
 */
@Route(value = CurationView.ROUTE + "/:id", layout = MainLayout.class)
@RolesAllowed({"CURATOR", "ADMIN"})
public class ExhibitEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final int PICKER_RESULTS = 20;

    private final ExhibitService exhibits;

    private Long exhibitId;
    private long version;
    private ExhibitState state = ExhibitState.DRAFT;
    private Long bannerId;
    private Integer bannerWidth;
    private Integer bannerHeight;

    private final H1 heading = new H1();
    private final Div status = new Div();
    private final Div staleWarning = new Div();

    final TextField titleEn = new TextField();
    final TextField titleZh = new TextField();
    final TextField subtitleEn = new TextField();
    final TextField subtitleZh = new TextField();
    final TextArea introEn = new TextArea();
    final TextArea introZh = new TextArea();
    final TextField slug = new TextField();
    final TextField accent = new TextField();
    private final Span swatch = new Span();
    final DateTimePicker startsAt = new DateTimePicker();
    final DateTimePicker endsAt = new DateTimePicker();
    final ComboBox<String> zone = new ComboBox<>();
    final IntegerField priority = new IntegerField();

    private final Div bannerBox = new Div();
    private final Paragraph bannerError = new Paragraph();
    private final Div bannerPreview = new Div();

    final TextField pickerQuery = new TextField();
    final RadioButtonGroup<ItemKind> pickerKind = new RadioButtonGroup<>();
    final Grid<Pick> pickerResults = new Grid<>();
    final Grid<Row> itemsGrid = new Grid<>();
    private final Paragraph itemsError = new Paragraph();
    final List<Row> items = new ArrayList<>();
    private Row dragged;

    final Button save = new Button();
    final Button publish = new Button();
    final Button archive = new Button();
    final Button backToDraft = new Button();
    private final Grid<ExhibitHistoryEntry> history = new Grid<>();

    ExhibitEditorView(ExhibitService exhibits) {
        this.exhibits = exhibits;
        addClassName("dp-page");
        addClassName("dp-editor");
        status.addClassName("dp-editor-status");
        status.setId("exhibit-status");
        staleWarning.setId("stale-warning");
        staleWarning.addClassName("dp-alert");
        staleWarning.setVisible(false);
        add(
                heading,
                status,
                staleWarning,
                texts(),
                lookAndSchedule(),
                banner(),
                itemsSection(),
                actions(),
                historySection());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get("id").orElse("new");
        if ("new".equals(id)) {
            exhibitId = null;
            version = 0;
            state = ExhibitState.DRAFT;
            fill(
                    new ExhibitContent(
                            "", null, null, null, ExhibitContent.DEFAULT_ACCENT, null, null, null, 0, List.of()),
                    List.of());
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
        bannerId = form.bannerId();
        bannerWidth = form.bannerWidth();
        bannerHeight = form.bannerHeight();
        fill(form.content(), form.items());
        refresh();
    }

    // ---- sections

    private Section texts() {
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        field(titleEn, "exhibit-title-en", "exhibits.field.title-en", 200);
        field(titleZh, "exhibit-title-zh", "exhibits.field.title-zh", 200);
        field(subtitleEn, "exhibit-subtitle-en", "exhibits.field.subtitle-en", 300);
        field(subtitleZh, "exhibit-subtitle-zh", "exhibits.field.subtitle-zh", 300);
        for (TextArea intro : List.of(introEn, introZh)) {
            intro.setMaxLength(20_000);
            intro.setHelperText(getTranslation("exhibits.field.intro-help"));
            intro.setMinHeight("8rem");
        }
        introEn.setLabel(getTranslation("exhibits.field.intro-en"));
        introEn.setId("exhibit-intro-en");
        introZh.setLabel(getTranslation("exhibits.field.intro-zh"));
        introZh.setId("exhibit-intro-zh");
        form.add(titleEn, titleZh, subtitleEn, subtitleZh, introEn, introZh);
        return section("exhibits.section.texts", form);
    }

    private Section lookAndSchedule() {
        field(slug, "exhibit-slug", "exhibits.field.slug", 80);
        slug.setHelperText(getTranslation("exhibits.field.slug-help"));
        field(accent, "exhibit-accent", "exhibits.field.accent", 7);
        accent.setHelperText(getTranslation("exhibits.field.accent-help"));
        swatch.addClassName("dp-swatch");
        swatch.getElement().setAttribute("aria-hidden", "true");
        accent.setSuffixComponent(swatch);
        accent.addValueChangeListener(e -> swatch.getStyle().set("background", e.getValue()));
        startsAt.setLabel(getTranslation("exhibits.field.starts-at"));
        startsAt.setId("exhibit-starts-at");
        DatePickers.localise(startsAt, this);
        DatePickers.localise(endsAt, this);
        endsAt.setLabel(getTranslation("exhibits.field.ends-at"));
        endsAt.setId("exhibit-ends-at");
        endsAt.setHelperText(getTranslation("exhibits.field.ends-at-help"));
        zone.setLabel(getTranslation("exhibits.field.zone"));
        zone.setId("exhibit-zone");
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setAllowCustomValue(false);
        priority.setLabel(getTranslation("exhibits.field.priority"));
        priority.setId("exhibit-priority");
        priority.setHelperText(getTranslation("exhibits.field.priority-help"));
        priority.setStepButtonsVisible(true);
        FormLayout form = new FormLayout(slug, accent, startsAt, endsAt, zone, priority);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        return section("exhibits.section.schedule", form);
    }

    private Section banner() {
        Upload upload = new Upload(this::receiveBanner);
        upload.setId("banner-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(ExhibitService.BANNER_MAX_BYTES + 1);
        upload.setAcceptedFileTypes("image/png", ".png", "image/jpeg", ".jpg", ".jpeg");
        upload.addAllFinishedListener(e -> upload.clearFileList());
        // The browser's own rejection message is English only: say it in the curator's language.
        upload.addFileRejectedListener(e -> showBannerError(null));
        Paragraph help = new Paragraph(getTranslation(
                "exhibits.banner.help", ExhibitService.BANNER_MAX_BYTES / (1024 * 1024), ExhibitService.BANNER_WIDTH));
        help.addClassName("dp-muted");
        bannerError.setId("banner-error");
        bannerError.addClassName("dp-error");
        bannerError.setVisible(false);
        bannerPreview.setId("banner-preview");
        bannerPreview.addClassName("dp-banner-preview");
        bannerBox.add(help, upload, bannerError, bannerPreview);
        return section("exhibits.section.banner", bannerBox);
    }

    private Section itemsSection() {
        pickerQuery.setId("picker-query");
        pickerQuery.setLabel(getTranslation("exhibits.picker.query"));
        pickerQuery.setClearButtonVisible(true);
        pickerQuery.setPrefixComponent(VaadinIcon.SEARCH.create());
        pickerQuery.addKeyPressListener(Key.ENTER, e -> searchPicker());
        pickerKind.setId("picker-kind");
        pickerKind.setLabel(getTranslation("exhibits.picker.kind"));
        pickerKind.setItems(ItemKind.LISTING, ItemKind.MERCHANT);
        pickerKind.setItemLabelGenerator(k -> getTranslation("exhibits.kind." + k.name()));
        pickerKind.setValue(ItemKind.LISTING);
        Button find = new Button(getTranslation("exhibits.picker.search"), e -> searchPicker());
        find.setId("picker-search");
        Div pickerRow = new Div(pickerQuery, pickerKind, find);
        pickerRow.addClassName("dp-picker-row");

        pickerResults.setId("picker-results");
        pickerResults.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        pickerResults.setAllRowsVisible(true);
        pickerResults
                .addColumn(p -> p.label().in(getLocale()))
                .setHeader(getTranslation("exhibits.items.name"))
                .setFlexGrow(3);
        pickerResults
                .addColumn(p -> p.detail().in(getLocale()))
                .setHeader(getTranslation("exhibits.items.detail"))
                .setFlexGrow(2);
        pickerResults
                .addComponentColumn(p -> {
                    Button add = new Button(getTranslation("exhibits.picker.add"), e -> addItem(p));
                    add.addClassName("picker-add");
                    add.addThemeVariants(ButtonVariant.LUMO_SMALL);
                    add.setEnabled(items.stream().noneMatch(r -> r.kind == p.kind() && r.targetId == p.targetId()));
                    return add;
                })
                .setAutoWidth(true)
                .setFlexGrow(0);
        pickerResults.setVisible(false);

        itemsGrid.setId("exhibit-items-editor");
        itemsGrid.setAllRowsVisible(true);
        itemsGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        itemsGrid
                .addColumn(r -> items.indexOf(r) + 1)
                .setHeader("#")
                .setAutoWidth(true)
                .setFlexGrow(0);
        // Name and both notes share one column, the notes wrapping under the name on a phone, so the order buttons
        // stay in view at any width.
        itemsGrid
                .addComponentColumn(this::itemCell)
                .setHeader(getTranslation("exhibits.items.name"))
                .setFlexGrow(1);
        itemsGrid.addComponentColumn(this::itemButtons).setAutoWidth(true).setFlexGrow(0);
        itemsGrid.setRowsDraggable(true);
        itemsGrid.setDropMode(GridDropMode.BETWEEN);
        itemsGrid.addDragStartListener(e -> dragged =
                e.getDraggedItems().isEmpty() ? null : e.getDraggedItems().get(0));
        itemsGrid.addDragEndListener(e -> dragged = null);
        itemsGrid.addDropListener(e -> {
            Row target = e.getDropTargetItem().orElse(null);
            if (dragged == null || target == null || dragged == target) {
                return;
            }
            items.remove(dragged);
            int at = items.indexOf(target) + (e.getDropLocation() == GridDropLocation.BELOW ? 1 : 0);
            items.add(at, dragged);
            renderItems();
        });
        itemsError.setId("items-error");
        itemsError.addClassName("dp-error");
        itemsError.setVisible(false);
        Paragraph help = new Paragraph(getTranslation("exhibits.items.help"));
        help.addClassName("dp-muted");
        return section("exhibits.section.items", pickerRow, pickerResults, help, itemsError, itemsGrid);
    }

    private Component actions() {
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

    private Section historySection() {
        history.setId("exhibit-history");
        history.setAllRowsVisible(true);
        history.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        history.addColumn(h -> Times.format(getLocale(), h.changedAt()))
                .setHeader(getTranslation("exhibits.history.when"));
        history.addColumn(ExhibitHistoryEntry::actor).setHeader(getTranslation("exhibits.history.who"));
        history.addColumn(h -> getTranslation("exhibits.history.action." + h.action()))
                .setHeader(getTranslation("exhibits.history.what"));
        history.addColumn(h -> String.join(
                        ", ",
                        h.fields().stream()
                                .map(f -> getTranslation("exhibits.history.field." + f))
                                .toList()))
                .setHeader(getTranslation("exhibits.history.fields"));
        return section("exhibits.section.history", history);
    }

    // ---- items

    private void searchPicker() {
        String text = pickerQuery.getValue();
        List<Pick> picks = new ArrayList<>();
        if (pickerKind.getValue() == ItemKind.MERCHANT) {
            for (MerchantSummary m : exhibits.searchMerchants(text, PICKER_RESULTS)) {
                picks.add(
                        new Pick(ItemKind.MERCHANT, m.id(), m.name(), Bilingual.of(m.countryCode(), m.countryCode())));
            }
        } else {
            SearchResults results = exhibits.searchListings(text, 0, getLocale());
            if (!results.isAvailable()) {
                Notification.show(getTranslation("exhibits.picker.unavailable"), 5000, Notification.Position.MIDDLE)
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            for (SearchResults.Hit hit : results.hits()) {
                picks.add(new Pick(ItemKind.LISTING, hit.listingId(), hit.title(), hit.merchantName()));
            }
        }
        pickerResults.setItems(picks);
        pickerResults.setVisible(true);
    }

    private void addItem(Pick pick) {
        if (items.stream().anyMatch(r -> r.kind == pick.kind() && r.targetId == pick.targetId())) {
            return;
        }
        items.add(new Row(pick.kind(), pick.targetId(), pick.label(), pick.detail(), true, null, null));
        renderItems();
        pickerResults.getDataProvider().refreshAll();
    }

    private Component itemCell(Row r) {
        Div notes = new Div(noteField(r, true), noteField(r, false));
        notes.addClassName("dp-item-notes");
        Div cell = new Div(itemLabel(r), notes);
        cell.addClassName("dp-item-cell");
        return cell;
    }

    private Component itemLabel(Row r) {
        Span kind = new Span(getTranslation("exhibits.kind." + r.kind.name()));
        kind.addClassName("dp-badge");
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

    private Component noteField(Row r, boolean english) {
        TextField note = new TextField();
        note.setMaxLength(600);
        note.setPlaceholder(getTranslation(english ? "exhibits.items.note-en" : "exhibits.items.note-zh"));
        note.setValue(english ? nullToEmpty(r.noteEn) : nullToEmpty(r.noteZh));
        note.getElement()
                .setAttribute(
                        "aria-label",
                        getTranslation(english ? "exhibits.items.note-en" : "exhibits.items.note-zh") + " "
                                + (items.indexOf(r) + 1));
        note.addClassName(english ? "item-note-en" : "item-note-zh");
        note.addValueChangeListener(e -> {
            if (english) {
                r.noteEn = e.getValue();
            } else {
                r.noteZh = e.getValue();
            }
        });
        return note;
    }

    private Component itemButtons(Row r) {
        int index = items.indexOf(r);
        Button up = iconButton(VaadinIcon.ARROW_UP, "exhibits.items.up", index + 1, () -> move(r, -1));
        up.addClassName("item-up");
        up.setEnabled(index > 0);
        Button down = iconButton(VaadinIcon.ARROW_DOWN, "exhibits.items.down", index + 1, () -> move(r, 1));
        down.addClassName("item-down");
        down.setEnabled(index < items.size() - 1);
        Button remove = iconButton(VaadinIcon.TRASH, "exhibits.items.remove", index + 1, () -> {
            items.remove(r);
            renderItems();
            pickerResults.getDataProvider().refreshAll();
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

    /** The items in their current order (for tests: the view may be a proxy, so fields are read through methods). */
    List<Row> itemRows() {
        return items;
    }

    void move(Row r, int by) {
        int from = items.indexOf(r);
        int to = from + by;
        if (from < 0 || to < 0 || to >= items.size()) {
            return;
        }
        items.remove(from);
        items.add(to, r);
        renderItems();
    }

    private void renderItems() {
        itemsGrid.setItems(items);
    }

    // ---- actions

    ExhibitContent content() {
        return new ExhibitContent(
                slug.getValue().strip(),
                Bilingual.of(titleEn.getValue(), titleZh.getValue()),
                Bilingual.of(subtitleEn.getValue(), subtitleZh.getValue()),
                Bilingual.of(introEn.getValue(), introZh.getValue()),
                accent.getValue().strip(),
                startsAt.getValue(),
                endsAt.getValue(),
                zone.getValue() == null ? null : ZoneId.of(zone.getValue()),
                priority.getValue() == null ? 0 : priority.getValue(),
                items.stream()
                        .map(r -> new ItemRef(r.kind, r.targetId, Bilingual.of(r.noteEn, r.noteZh)))
                        .toList());
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
            showErrors(e.errors());
        } catch (StaleExhibit | OptimisticLockingFailureException e) {
            showStale();
        }
    }

    private void transition(String what, java.util.function.LongSupplier change) {
        if (exhibitId == null) {
            return;
        }
        try {
            change.getAsLong();
            notify("exhibits.done." + what, NotificationVariant.LUMO_SUCCESS);
            load(exhibits.edit(exhibitId).orElseThrow());
        } catch (StaleExhibit | OptimisticLockingFailureException e) {
            showStale();
        }
    }

    /**
     * Shows the page as buyers would see it in {@code locale}, from what is in the form now (saved or not). The
     * shared parts of the page (listing cards) speak the UI's language, so the UI's locale is switched while the
     * preview is built and restored at once: nothing else on the page is rebuilt meanwhile.
     */
    void preview(Locale locale) {
        clearErrors();
        UI ui = UI.getCurrent();
        Locale before = ui.getLocale();
        ExhibitPresentation presentation;
        try {
            var page = exhibits.preview(exhibitId, content());
            ui.setLocale(locale);
            presentation = new ExhibitPresentation(page, exhibits, locale);
        } catch (InvalidExhibit e) {
            showErrors(e.errors());
            return;
        } finally {
            ui.setLocale(before);
        }
        Dialog dialog = new Dialog();
        dialog.setId("exhibit-preview");
        dialog.addClassName("dp-preview-dialog");
        dialog.setHeaderTitle(getTranslation(
                Languages.isChinese(locale) ? "exhibits.preview.title-zh" : "exhibits.preview.title-en"));
        dialog.setWidth("min(1200px, 96vw)");
        dialog.add(presentation);
        Button close = new Button(getTranslation("exhibits.preview.close"), e -> dialog.close());
        close.setId("preview-close");
        dialog.getFooter().add(close);
        dialog.open();
    }

    private void receiveBanner(UploadEvent event) throws IOException {
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = in.readNBytes(ExhibitService.BANNER_MAX_BYTES + 1);
        }
        String name = event.getFileName();
        event.getUI().access(() -> bannerUploaded(name, bytes));
    }

    void bannerUploaded(String fileName, byte[] bytes) {
        if (exhibitId == null) {
            showBannerError(getTranslation("exhibits.banner.save-first"));
            return;
        }
        try {
            ExhibitService.BannerUploaded uploaded = exhibits.uploadBanner(exhibitId, version, fileName, bytes);
            bannerId = uploaded.bannerId();
            bannerWidth = uploaded.width();
            bannerHeight = uploaded.height();
            version = uploaded.version();
            bannerError.setVisible(false);
            renderBanner();
            refreshHistory();
            notify("exhibits.banner.uploaded", NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidUpload e) {
            showBannerError(getTranslation(e.messageKey(), e.limitMegabytes()));
        } catch (StaleExhibit | OptimisticLockingFailureException e) {
            showStale();
        }
    }

    private void showBannerError(String message) {
        bannerError.setText(
                message == null || message.isBlank()
                        ? getTranslation("exhibits.banner.refused", ExhibitService.BANNER_MAX_BYTES / (1024 * 1024))
                        : message);
        bannerError.setVisible(true);
    }

    // ---- form state

    private void fill(ExhibitContent c, List<CuratedItem> curated) {
        titleEn.setValue(nullToEmpty(c.title().en()));
        titleZh.setValue(nullToEmpty(c.title().zh()));
        subtitleEn.setValue(nullToEmpty(c.subtitle().en()));
        subtitleZh.setValue(nullToEmpty(c.subtitle().zh()));
        introEn.setValue(nullToEmpty(c.intro().en()));
        introZh.setValue(nullToEmpty(c.intro().zh()));
        slug.setValue(nullToEmpty(c.slug()));
        accent.setValue(nullToEmpty(c.accentColour()));
        startsAt.setValue(c.startsAt());
        endsAt.setValue(c.endsAt());
        zone.setValue(c.zone().getId());
        priority.setValue(c.priority());
        items.clear();
        for (CuratedItem i : curated) {
            items.add(new Row(
                    i.kind(),
                    i.targetId(),
                    i.label(),
                    i.detail(),
                    i.shown(),
                    i.note().en(),
                    i.note().zh()));
        }
        renderItems();
        staleWarning.setVisible(false);
        clearErrors();
    }

    private void refresh() {
        boolean saved = exhibitId != null;
        heading.setText(
                saved ? getTranslation("exhibits.editor.edit", titleOf()) : getTranslation("exhibits.editor.new"));
        status.removeAll();
        Span stateBadge = new Span(getTranslation("exhibits.state." + state.name()));
        stateBadge.addClassName("dp-badge");
        stateBadge.setId("exhibit-state");
        status.add(stateBadge);
        long hidden = items.stream().filter(r -> !r.shown).count();
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
        bannerBox.setVisible(true);
        renderBanner();
        refreshHistory();
    }

    private String titleOf() {
        return Bilingual.of(titleEn.getValue(), titleZh.getValue()).in(getLocale());
    }

    private void renderBanner() {
        bannerPreview.removeAll();
        if (exhibitId == null) {
            Paragraph first = new Paragraph(getTranslation("exhibits.banner.save-first"));
            first.addClassName("dp-muted");
            bannerPreview.add(first);
            return;
        }
        if (bannerId != null) {
            bannerPreview.add(Showcase.banner(
                    exhibits, bannerId, bannerWidth, bannerHeight, getTranslation("exhibits.banner.preview"), true));
        }
    }

    private void refreshHistory() {
        history.setItems(exhibitId == null ? List.of() : exhibits.history(exhibitId));
        history.setVisible(exhibitId != null);
    }

    private void clearErrors() {
        for (HasValidation f : fieldsByName().values()) {
            f.setInvalid(false);
        }
        itemsError.setVisible(false);
    }

    private void showErrors(Map<String, String> errors) {
        Map<String, HasValidation> fields = fieldsByName();
        errors.forEach((name, key) -> {
            String message = getTranslation(key);
            if ("items".equals(name)) {
                itemsError.setText(message);
                itemsError.setVisible(true);
                return;
            }
            HasValidation field = fields.get(name);
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        });
        notify("exhibits.not-saved", NotificationVariant.LUMO_ERROR);
    }

    private Map<String, HasValidation> fieldsByName() {
        Map<String, HasValidation> fields = new HashMap<>();
        fields.put("slug", slug);
        fields.put("title.en", titleEn);
        fields.put("title.zh", titleZh);
        fields.put("subtitle.en", subtitleEn);
        fields.put("subtitle.zh", subtitleZh);
        fields.put("intro.en", introEn);
        fields.put("intro.zh", introZh);
        fields.put("accent", accent);
        fields.put("startsAt", startsAt);
        fields.put("endsAt", endsAt);
        fields.put("zone", zone);
        fields.put("priority", priority);
        return fields;
    }

    private void showStale() {
        staleWarning.removeAll();
        Paragraph text = new Paragraph(getTranslation("exhibits.stale"));
        Anchor reload = new Anchor(CurationView.ROUTE + "/" + exhibitId, getTranslation("exhibits.stale.reload"));
        reload.getElement().setAttribute("router-ignore", true);
        staleWarning.add(text, reload);
        staleWarning.setVisible(true);
        notify("exhibits.stale", NotificationVariant.LUMO_ERROR);
    }

    private void notify(String key, NotificationVariant variant) {
        Notification n = Notification.show(getTranslation(key), 4000, Notification.Position.BOTTOM_CENTER);
        n.addThemeVariants(variant);
    }

    private Section section(String titleKey, Component... content) {
        Section section = new Section(new H2(getTranslation(titleKey)));
        section.add(content);
        section.addClassName("dp-editor-section");
        return section;
    }

    private void field(TextField field, String id, String labelKey, int max) {
        field.setId(id);
        field.setLabel(getTranslation(labelKey));
        field.setMaxLength(max);
        field.setWidthFull();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " · " + getTranslation("app.name");
    }

    /** A search result the curator may add. */
    record Pick(ItemKind kind, long targetId, Bilingual label, Bilingual detail) {}

    /** An item in the editor: identity by object, so notes can change while it sits in the grid. */
    static final class Row {
        final ItemKind kind;
        final long targetId;
        final Bilingual label;
        final Bilingual detail;
        final boolean shown;
        String noteEn;
        String noteZh;

        Row(
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
