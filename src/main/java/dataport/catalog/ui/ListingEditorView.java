package dataport.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
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
import dataport.catalog.CatalogService;
import dataport.catalog.FileKind;
import dataport.catalog.InvalidListing;
import dataport.catalog.InvalidListing.Violation;
import dataport.catalog.InvalidUpload;
import dataport.catalog.ListingAuthoring;
import dataport.catalog.ListingContent;
import dataport.catalog.ListingEdit;
import dataport.catalog.ListingFileInfo;
import dataport.catalog.ListingMedia;
import dataport.catalog.ListingStatus;
import dataport.catalog.RevisionState;
import dataport.catalog.StaleListing;
import dataport.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * A merchant's editor of one listing ({@code workspace/listings/new} or {@code workspace/listings/{id}}): a page
 * composing the sections (texts, facts, terms, plans, media), the status and the actions. Every check runs on the
 * server ({@link ListingAuthoring}); each broken rule comes back with its field and shows next to it, and nothing
 * typed is lost, also when someone else saved the listing meanwhile. Uploads are kept with the listing at once.
 */
@Route(value = MyListingsView.ROUTE + "/:id", layout = MainLayout.class)
@RolesAllowed("MERCHANT")
@StyleSheet("themes/dataport/catalog-workspace.css")
public class ListingEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle, MediaHost {

    private final ListingAuthoring authoring;
    private final ListingMedia files;

    final BasicsSection basics = new BasicsSection();
    final FactsSection facts;
    final TermsSection terms = new TermsSection();
    final LicenceSection licence = new LicenceSection();
    final PlansSection plans = new PlansSection();
    final MediaSection media;
    private final List<EditorSection> sections;

    final Div banner = new Div();
    final Span status = new Span();
    final Button save = new Button();
    final Button submit = new Button();
    final Button preview = new Button();
    final Button archive = new Button();

    private Long listingId;
    private long version;
    private String heading = "";
    private final H1 title = new H1();

    ListingEditorView(ListingAuthoring authoring, ListingMedia files, CatalogService catalog) {
        this.authoring = authoring;
        this.files = files;
        this.facts = new FactsSection(
                catalog.categories().stream().filter(c -> c.parent() != null).toList());
        this.media = new MediaSection(this, files);
        this.sections = List.of(basics, facts, terms, licence, plans, media);
        addClassName("dp-page");
        addClassName("dp-form-page");
        addClassName("dp-editor");
        build();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get("id").orElse("new");
        if ("new".equals(raw)) {
            heading = getTranslation("workspace.form.title");
            title.setText(heading);
            status.setText(getTranslation("listing.status.DRAFT"));
            plans.addRow(null);
            submit.setVisible(false);
            return;
        }
        try {
            load(authoring.edit(Long.parseLong(raw)));
        } catch (NumberFormatException | AccessDeniedException e) {
            // Someone else's listing looks exactly like one that does not exist.
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void build() {
        status.addClassName("dp-badge");
        status.setId("listing-status");
        Div bar = new Div(title, status);
        bar.addClassName("dp-page-bar");
        banner.setId("editor-banner");
        banner.addClassName("dp-banner");
        banner.setVisible(false);
        Paragraph lead = new Paragraph(getTranslation("workspace.form.lead"));
        lead.addClassName("dp-muted");

        button(save, "workspace.form.save", "save-listing", this::save);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button(submit, "workspace.listings.submit", "submit-listing", this::submit);
        button(preview, "workspace.form.preview", "preview-listing", this::preview);
        button(archive, "workspace.form.archive", "archive-listing", this::confirmArchive);
        archive.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        archive.setVisible(false);
        Div actions = new Div(save, submit, preview, archive);
        actions.addClassName("dp-actions");
        add(bar, banner, lead, basics, facts, terms, licence, plans, media, actions);
    }

    private void button(Button button, String key, String id, Runnable action) {
        button.setText(getTranslation(key));
        button.setId(id);
        button.addClickListener(e -> action.run());
    }

    private void load(ListingEdit edit) {
        listingId = edit.id();
        version = edit.version();
        ListingContent c = edit.content();
        heading = c.title() == null
                ? getTranslation("workspace.form.title")
                : c.title().in(getLocale());
        title.setText(heading);
        basics.fill(c);
        facts.fill(c);
        terms.fill(c);
        licence.fill(c.licenceTerms());
        plans.fill(c.plans());
        media.fill(c, edit.files());
        media.savesDraft.setVisible(false);
        showState(edit);
    }

    private void showState(ListingEdit edit) {
        String text = getTranslation("listing.status." + edit.status());
        if (edit.revisionState() != null) {
            text += " · " + getTranslation("workspace.revision." + edit.revisionState());
        }
        status.setText(text);
        status.getElement().setAttribute("data-status", edit.status().name());
        boolean editable = edit.isEditable();
        save.setVisible(editable);
        submit.setVisible(edit.isSubmittable() || (editable && edit.status() == ListingStatus.PUBLISHED));
        archive.setVisible(edit.status() != ListingStatus.ARCHIVED && edit.status() != ListingStatus.IN_REVIEW);
        sections.forEach(s -> s.setEditable(editable));
        banner.removeAll();
        banner.removeClassName("dp-banner-error");
        // The compliance module's page, by its route only: catalog does not depend on compliance.
        Anchor crossBorder = new Anchor(
                "workspace/listings/" + edit.id() + "/cross-border", getTranslation("workspace.cross-border-facts"));
        crossBorder.setId("cross-border-facts-link");
        banner.add(crossBorder);
        if (edit.reviewComment() != null) {
            Paragraph comment = new Paragraph(getTranslation("workspace.review-comment", edit.reviewComment()));
            comment.setId("review-comment");
            banner.add(comment);
        }
        if (edit.status() == ListingStatus.PUBLISHED && edit.revisionState() == null) {
            banner.add(new Paragraph(getTranslation("workspace.revision.explain")));
        }
        if (edit.revisionState() == RevisionState.IN_REVIEW || edit.status() == ListingStatus.IN_REVIEW) {
            banner.add(new Paragraph(getTranslation("workspace.in-review")));
        }
        banner.setVisible(banner.getChildren().findAny().isPresent());
    }

    /** The form's content; problems found before the server is asked (a price's decimals) go into {@code problems}. */
    ListingContent content(Map<String, Violation> problems) {
        return new ListingContent(
                facts.categoryCode(),
                basics.title(),
                basics.summary(),
                basics.description(),
                facts.deliveryMode.getValue(),
                facts.classification.getValue(),
                facts.personalInformation.getValue(),
                facts.isCrossBorder(),
                facts.updateFrequency.getValue(),
                terms.sla(),
                terms.licence(),
                licence.terms(problems),
                facts.tagList(),
                List.copyOf(facts.regions.getValue()),
                List.copyOf(facts.languages.getValue()),
                plans.plans(problems),
                media.imageIds(),
                media.sampleFileId());
    }

    /** Saves; true when it was stored. On any refusal the form keeps every value typed. */
    boolean save() {
        sections.forEach(EditorSection::clearErrors);
        banner.removeClassName("dp-banner-error");
        Map<String, Violation> problems = new LinkedHashMap<>();
        ListingContent content = content(problems);
        if (!problems.isEmpty()) {
            showErrors(problems);
            return false;
        }
        return change(() -> {
            if (listingId == null) {
                long id = authoring.create(content);
                listingId = id;
                version = authoring.edit(id).version();
                notify("workspace.form.saved", NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(MyListingsView.ROUTE + "/" + id));
                return;
            }
            version = authoring.save(listingId, version, content);
            showState(authoring.edit(listingId));
            notify("workspace.form.saved", NotificationVariant.LUMO_SUCCESS);
        });
    }

    void submit() {
        if (listingId == null || (save.isVisible() && !save())) {
            return;
        }
        change(() -> {
            authoring.submit(listingId, version);
            ListingEdit edit = authoring.edit(listingId);
            version = edit.version();
            showState(edit);
            notify("workspace.listings.submitted", NotificationVariant.LUMO_SUCCESS);
        });
    }

    /** Runs a save or submission; true when it went through, else the form shows why and keeps every value. */
    private boolean change(Runnable change) {
        try {
            change.run();
            return true;
        } catch (InvalidListing e) {
            showErrors(e.violations());
        } catch (StaleListing | OptimisticLockingFailureException e) {
            showStale();
        } catch (IllegalStateException e) {
            notify("workspace.form.not-editable", NotificationVariant.LUMO_ERROR);
        }
        return false;
    }

    /** A new listing is saved as a draft first, so the file has a listing to stay with. */
    @Override
    public Optional<ListingFileInfo> keep(FileKind kind, String fileName, byte[] bytes) {
        if (listingId == null && !save()) {
            media.showUploadError(getTranslation("workspace.media.needs-draft"));
            return Optional.empty();
        }
        try {
            ListingAuthoring.Attached attached = kind == FileKind.IMAGE
                    ? authoring.uploadImage(listingId, version, fileName, bytes)
                    : authoring.uploadSample(listingId, version, fileName, bytes);
            version = attached.version();
            media.clearErrors();
            return Optional.of(attached.file());
        } catch (InvalidUpload e) {
            media.showUploadError(getTranslation(e.messageKey(), e.limitMegabytes()));
        } catch (IllegalStateException e) {
            notify("workspace.form.not-editable", NotificationVariant.LUMO_ERROR);
        }
        return Optional.empty();
    }

    @Override
    public boolean drop(long fileId) {
        try {
            version = authoring.removeFile(listingId, version, fileId);
            return true;
        } catch (IllegalStateException e) {
            notify("workspace.form.not-editable", NotificationVariant.LUMO_ERROR);
            return false;
        }
    }

    private void confirmArchive() {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("workspace.form.archive"));
        dialog.setText(getTranslation("workspace.form.archive-confirm"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("admin.categories.cancel"));
        dialog.setConfirmText(getTranslation("workspace.form.archive"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            try {
                authoring.archive(listingId);
                ListingEdit edit = authoring.edit(listingId);
                version = edit.version();
                showState(edit);
                notify("workspace.form.archived", NotificationVariant.LUMO_SUCCESS);
            } catch (IllegalStateException ex) {
                notify("workspace.form.not-editable", NotificationVariant.LUMO_ERROR);
            }
        });
        dialog.open();
    }

    private void showStale() {
        banner.removeAll();
        Paragraph stale = new Paragraph(getTranslation("workspace.form.stale"));
        stale.setId("stale-warning");
        banner.add(stale);
        banner.addClassName("dp-banner-error");
        banner.setVisible(true);
        notify("workspace.form.stale", NotificationVariant.LUMO_ERROR);
    }

    private void preview() {
        ListingContent content = content(new LinkedHashMap<>());
        new ListingPreviewDialog(authoring.preview(content), files.of(content), files).open();
    }

    /** Each broken rule's message, with the values it names, next to the field of the section that owns it. */
    void showErrors(Map<String, Violation> violations) {
        List<String> unplaced = new ArrayList<>();
        violations.forEach((field, v) -> {
            String message = getTranslation(v.messageKey(), v.argumentArray());
            if (sections.stream().noneMatch(s -> s.showError(field, message))) {
                unplaced.add(message);
            }
        });
        if (!unplaced.isEmpty()) {
            banner.removeAll();
            unplaced.forEach(m -> banner.add(new Paragraph(m)));
            banner.addClassName("dp-banner-error");
            banner.setVisible(true);
        }
        notify("workspace.form.fix-errors", NotificationVariant.LUMO_ERROR);
    }

    private void notify(String key, NotificationVariant variant) {
        Notification.show(getTranslation(key), 4000, Notification.Position.BOTTOM_CENTER)
                .addThemeVariants(variant);
    }

    Long listingId() {
        return listingId;
    }

    @Override
    public String getPageTitle() {
        return heading + " · " + getTranslation("app.name");
    }
}
