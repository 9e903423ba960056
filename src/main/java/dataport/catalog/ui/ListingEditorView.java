package dataport.catalog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import dataport.catalog.BillingPeriod;
import dataport.catalog.CatalogService;
import dataport.catalog.CatalogService.NewPlan;
import dataport.catalog.CategoryRef;
import dataport.catalog.DataClassification;
import dataport.catalog.DeliveryMode;
import dataport.catalog.FileDownload;
import dataport.catalog.InvalidListing;
import dataport.catalog.InvalidUpload;
import dataport.catalog.ListingAuthoring;
import dataport.catalog.ListingContent;
import dataport.catalog.ListingEdit;
import dataport.catalog.ListingFileInfo;
import dataport.catalog.ListingMedia;
import dataport.catalog.ListingRules;
import dataport.catalog.ListingStatus;
import dataport.catalog.PricingModel;
import dataport.catalog.RevisionState;
import dataport.catalog.StaleListing;
import dataport.catalog.UpdateFrequency;
import dataport.catalog.UploadChecks;
import dataport.shared.Bilingual;
import dataport.shared.Money;
import dataport.shared.ui.Countries;
import dataport.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A merchant's editor of one listing ({@code workspace/listings/new} or {@code workspace/listings/{id}}): both
 * languages side by side, facts, pricing plans, images and a sample, a preview as buyers will see it, save and
 * submit. Every check runs on the server ({@link ListingAuthoring}); its messages appear next to the fields and
 * nothing typed is lost, also when someone else saved the listing meanwhile.
 */
@Route(value = MyListingsView.ROUTE + "/:id", layout = MainLayout.class)
@RolesAllowed("MERCHANT")
public class ListingEditorView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final List<String> CURRENCIES = List.of("CNY", "USD", "EUR", "GBP", "JPY", "SGD", "HKD");
    static final List<String> LANGUAGES = List.of("zh", "en", "ja", "ko", "fr", "de", "es", "pt", "ru", "ar");

    private final ListingAuthoring authoring;
    private final ListingMedia media;
    private final List<CategoryRef> subTracks;

    final ComboBox<CategoryRef> category = new ComboBox<>();
    final TextField titleEn = new TextField();
    final TextField titleZh = new TextField();
    final TextArea summaryEn = new TextArea();
    final TextArea summaryZh = new TextArea();
    final TextArea descriptionEn = new TextArea();
    final TextArea descriptionZh = new TextArea();
    final TextArea slaEn = new TextArea();
    final TextArea slaZh = new TextArea();
    final TextArea licenceEn = new TextArea();
    final TextArea licenceZh = new TextArea();
    final Select<DeliveryMode> deliveryMode = new Select<>();
    final Select<DataClassification> classification = new Select<>();
    final RadioButtonGroup<Boolean> personalInformation = new RadioButtonGroup<>();
    final Checkbox crossBorder = new Checkbox();
    final Select<UpdateFrequency> updateFrequency = new Select<>();
    final MultiSelectComboBox<String> regions = new MultiSelectComboBox<>();
    final MultiSelectComboBox<String> languages = new MultiSelectComboBox<>();
    final TextField tags = new TextField();
    final Div planList = new Div();
    final List<PlanRow> plans = new ArrayList<>();
    final Button addPlan = new Button();
    final Div imageList = new Div();
    final Div sampleBox = new Div();
    final Span uploadError = new Span();
    final Span plansError = new Span();
    final Div banner = new Div();
    final Span status = new Span();
    final Button save = new Button();
    final Button submit = new Button();
    final Button preview = new Button();
    final Button archive = new Button();
    final Div uploads = new Div();

    private Long listingId;
    private long version;
    private final List<Long> imageIds = new ArrayList<>();
    private Long sampleFileId;
    private final Map<Long, ListingFileInfo> files = new HashMap<>();
    private String heading = "";
    private final H1 title = new H1();

    ListingEditorView(ListingAuthoring authoring, ListingMedia media, CatalogService catalog) {
        this.authoring = authoring;
        this.media = media;
        this.subTracks =
                catalog.categories().stream().filter(c -> c.parent() != null).toList();
        addClassName("dp-page");
        addClassName("dp-form-page");
        addClassName("dp-editor");
        configureFields();
        build();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get("id").orElse("new");
        if ("new".equals(raw)) {
            heading = getTranslation("workspace.form.title");
            title.setText(heading);
            status.setText(getTranslation("listing.status.DRAFT"));
            addPlanRow(null);
            showUploads(false);
            submit.setVisible(false);
            return;
        }
        try {
            load(authoring.edit(Long.parseLong(raw)));
        } catch (NumberFormatException | org.springframework.security.access.AccessDeniedException e) {
            // Someone else's listing looks exactly like one that does not exist.
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void configureFields() {
        Locale locale = getLocale();
        category.setLabel(getTranslation("workspace.form.category"));
        category.setItems(subTracks);
        category.setItemLabelGenerator(
                c -> c.parent().name().in(locale) + " / " + c.name().in(locale));
        category.setId("listing-category");
        category.addValueChangeListener(e -> updatePersonalInformationHint());
        text(titleEn, "workspace.form.title-en", "listing-title-en", ListingRules.TITLE_MAX);
        text(titleZh, "workspace.form.title-zh", "listing-title-zh", ListingRules.TITLE_MAX);
        area(summaryEn, "workspace.form.summary-en", "listing-summary-en", ListingRules.SUMMARY_MAX);
        area(summaryZh, "workspace.form.summary-zh", "listing-summary-zh", ListingRules.SUMMARY_MAX);
        area(descriptionEn, "workspace.form.description-en", "listing-description-en", ListingRules.DESCRIPTION_MAX);
        area(descriptionZh, "workspace.form.description-zh", "listing-description-zh", ListingRules.DESCRIPTION_MAX);
        descriptionEn.setHelperText(getTranslation("workspace.form.markdown"));
        descriptionZh.setHelperText(getTranslation("workspace.form.markdown"));
        descriptionEn.addClassName("dp-description-field");
        descriptionZh.addClassName("dp-description-field");
        area(slaEn, "workspace.form.sla-en", "listing-sla-en", ListingRules.SLA_MAX);
        area(slaZh, "workspace.form.sla-zh", "listing-sla-zh", ListingRules.SLA_MAX);
        area(licenceEn, "workspace.form.licence-en", "listing-licence-en", ListingRules.LICENCE_MAX);
        area(licenceZh, "workspace.form.licence-zh", "listing-licence-zh", ListingRules.LICENCE_MAX);

        deliveryMode.setLabel(getTranslation("listing.delivery"));
        deliveryMode.setItems(DeliveryMode.values());
        deliveryMode.setItemLabelGenerator(m -> getTranslation("delivery." + m));
        deliveryMode.setId("listing-delivery");
        classification.setLabel(getTranslation("listing.classification"));
        classification.setItems(DataClassification.values());
        classification.setItemLabelGenerator(c -> getTranslation("classification." + c));
        classification.setId("listing-classification");
        personalInformation.setLabel(getTranslation("listing.personal-information"));
        personalInformation.setItems(Boolean.TRUE, Boolean.FALSE);
        personalInformation.setItemLabelGenerator(b -> getTranslation(b ? "common.yes" : "common.no"));
        personalInformation.setId("listing-personal-information");
        crossBorder.setLabel(getTranslation("workspace.form.cross-border"));
        crossBorder.setId("listing-cross-border");
        // CORE data may never leave the country: the option is disabled and the form says why.
        classification.addValueChangeListener(e -> updateCrossBorder());
        updateFrequency.setLabel(getTranslation("listing.update-frequency"));
        updateFrequency.setItems(UpdateFrequency.values());
        updateFrequency.setItemLabelGenerator(f -> f == null ? "" : getTranslation("frequency." + f));
        updateFrequency.setEmptySelectionAllowed(true);
        updateFrequency.setEmptySelectionCaption(getTranslation("workspace.form.frequency-none"));
        updateFrequency.setId("listing-frequency");
        regions.setLabel(getTranslation("listing.regions"));
        regions.setItems(Arrays.stream(Locale.getISOCountries())
                .sorted(java.util.Comparator.comparing(c -> Countries.name(c, locale)))
                .toList());
        regions.setItemLabelGenerator(c -> Countries.name(c, locale));
        regions.setId("listing-regions");
        languages.setLabel(getTranslation("listing.languages"));
        languages.setItems(LANGUAGES);
        languages.setItemLabelGenerator(t -> Countries.languageName(t, locale));
        languages.setId("listing-languages");
        tags.setLabel(getTranslation("workspace.form.tags"));
        tags.setHelperText(getTranslation("workspace.form.tags-help"));
        tags.setId("listing-tags");
        tags.setMaxLength(ListingRules.TAGS_MAX * (ListingRules.TAG_MAX + 2));
    }

    private void updateCrossBorder() {
        boolean core = classification.getValue() == DataClassification.CORE;
        crossBorder.setEnabled(!core && save.isVisible());
        if (core) {
            crossBorder.setValue(false);
        }
        crossBorder.setHelperText(core ? getTranslation("workspace.form.core-not-cross-border") : null);
    }

    private void updatePersonalInformationHint() {
        boolean data = category.getValue() != null
                && ListingRules.DATA_PRODUCTS_TRACK.equals(
                        category.getValue().track().code());
        personalInformation.setRequiredIndicatorVisible(data);
        personalInformation.setHelperText(data ? getTranslation("workspace.form.personal-information-help") : null);
    }

    private void text(TextField field, String key, String id, int max) {
        field.setLabel(getTranslation(key));
        field.setId(id);
        field.setMaxLength(max);
    }

    private void area(TextArea field, String key, String id, int max) {
        field.setLabel(getTranslation(key));
        field.setId(id);
        field.setMaxLength(max);
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

        FormLayout texts = twoColumns(
                titleEn,
                titleZh,
                summaryEn,
                summaryZh,
                descriptionEn,
                descriptionZh,
                slaEn,
                slaZh,
                licenceEn,
                licenceZh);
        FormLayout facts = twoColumns(
                category,
                deliveryMode,
                classification,
                updateFrequency,
                personalInformation,
                crossBorder,
                regions,
                languages,
                tags);

        planList.setId("plan-list");
        addPlan.setText(getTranslation("workspace.plans.add"));
        addPlan.setId("add-plan");
        addPlan.addClickListener(e -> addPlanRow(null));
        plansError.addClassName("dp-error");
        plansError.setId("plans-error");
        plansError.setVisible(false);

        uploads.add(imageUploadSection(), sampleUploadSection());
        uploadError.addClassName("dp-error");
        uploadError.setId("upload-error");
        uploadError.getElement().setAttribute("role", "alert");
        uploadError.setVisible(false);

        save.setText(getTranslation("workspace.form.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("save-listing");
        save.addClickListener(e -> save());
        submit.setText(getTranslation("workspace.listings.submit"));
        submit.setId("submit-listing");
        submit.addClickListener(e -> submit());
        preview.setText(getTranslation("workspace.form.preview"));
        preview.setId("preview-listing");
        preview.addClickListener(e -> preview());
        archive.setText(getTranslation("workspace.form.archive"));
        archive.setId("archive-listing");
        archive.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        archive.setVisible(false);
        archive.addClickListener(e -> confirmArchive());
        Div actions = new Div(save, submit, preview, archive);
        actions.addClassName("dp-actions");

        add(
                bar,
                banner,
                lead,
                new H2(getTranslation("workspace.form.texts")),
                texts,
                new H2(getTranslation("workspace.form.facts")),
                facts,
                new H2(getTranslation("workspace.form.plans")),
                plansError,
                planList,
                addPlan,
                new H2(getTranslation("workspace.form.media")),
                uploadError,
                uploads,
                actions);
    }

    private static FormLayout twoColumns(Component... fields) {
        FormLayout layout = new FormLayout(fields);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
        return layout;
    }

    // ---- plans

    /** One pricing plan's fields, with buttons to move it up or down and remove it. */
    final class PlanRow extends Div {
        final TextField nameEn = new TextField(getTranslation("workspace.form.plan-name-en"));
        final TextField nameZh = new TextField(getTranslation("workspace.form.plan-name-zh"));
        final Select<PricingModel> model = new Select<>();
        final Select<BillingPeriod> period = new Select<>();
        final BigDecimalField price = new BigDecimalField(getTranslation("workspace.form.price"));
        final ComboBox<String> currency = new ComboBox<>(getTranslation("workspace.form.currency"));
        final TextField unitEn = new TextField(getTranslation("workspace.form.unit-en"));
        final TextField unitZh = new TextField(getTranslation("workspace.form.unit-zh"));
        final Button up = new Button(getTranslation("workspace.plans.up"));
        final Button down = new Button(getTranslation("workspace.plans.down"));
        final Button remove = new Button(getTranslation("workspace.plans.remove"));

        PlanRow(NewPlan plan) {
            addClassName("dp-plan-row");
            model.setLabel(getTranslation("workspace.form.pricing-model"));
            model.setItems(PricingModel.values());
            model.setItemLabelGenerator(m -> getTranslation("pricing." + m));
            period.setLabel(getTranslation("workspace.form.period"));
            period.setItems(BillingPeriod.values());
            period.setItemLabelGenerator(p -> getTranslation("workspace.form.period." + p));
            currency.setItems(CURRENCIES);
            nameEn.setMaxLength(ListingRules.PLAN_NAME_MAX);
            nameZh.setMaxLength(ListingRules.PLAN_NAME_MAX);
            unitEn.setMaxLength(ListingRules.PLAN_UNIT_MAX);
            unitZh.setMaxLength(ListingRules.PLAN_UNIT_MAX);
            model.addValueChangeListener(e -> updateVisibility());
            up.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            down.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            up.addClickListener(e -> movePlan(this, -1));
            down.addClickListener(e -> movePlan(this, 1));
            remove.addClickListener(e -> removePlan(this));
            if (plan != null) {
                nameEn.setValue(nz(plan.name() == null ? null : plan.name().en()));
                nameZh.setValue(nz(plan.name() == null ? null : plan.name().zh()));
                model.setValue(plan.model());
                period.setValue(plan.period());
                if (plan.price() != null) {
                    price.setValue(plan.price().amount());
                    currency.setValue(plan.price().currency().getCurrencyCode());
                }
                unitEn.setValue(nz(plan.unit() == null ? null : plan.unit().en()));
                unitZh.setValue(nz(plan.unit() == null ? null : plan.unit().zh()));
            }
            FormLayout fields = twoColumns(nameEn, nameZh, model, period, price, currency, unitEn, unitZh);
            Div buttons = new Div(up, down, remove);
            buttons.addClassName("dp-plan-buttons");
            add(fields, buttons);
            updateVisibility();
        }

        private void updateVisibility() {
            PricingModel m = model.getValue();
            period.setVisible(m == PricingModel.SUBSCRIPTION);
            boolean priced = m != PricingModel.QUOTE;
            price.setVisible(priced);
            currency.setVisible(priced);
            unitEn.setVisible(m == PricingModel.USAGE);
            unitZh.setVisible(m == PricingModel.USAGE);
        }

        void number(int index) {
            String suffix = index == 0 ? "" : "-" + index;
            nameEn.setId("plan-name-en" + suffix);
            nameZh.setId("plan-name-zh" + suffix);
            model.setId("plan-model" + suffix);
            period.setId("plan-period" + suffix);
            price.setId("plan-price" + suffix);
            currency.setId("plan-currency" + suffix);
            unitEn.setId("plan-unit-en" + suffix);
            unitZh.setId("plan-unit-zh" + suffix);
            remove.setId("plan-remove" + suffix);
            up.setEnabled(index > 0);
            down.setEnabled(index < plans.size() - 1);
        }

        /** The plan as typed; a price with more decimals than its currency has is reported, not rounded. */
        NewPlan toPlan(Map<String, String> errors, int index) {
            PricingModel m = model.getValue();
            Money money = null;
            if (m != PricingModel.QUOTE && price.getValue() != null && currency.getValue() != null) {
                try {
                    money = Money.of(price.getValue(), Currency.getInstance(currency.getValue()));
                } catch (IllegalArgumentException | ArithmeticException e) {
                    errors.put("plans." + index + ".price", "workspace.form.error.decimals");
                }
            } else if (m != null && m != PricingModel.QUOTE && price.getValue() != null) {
                errors.put("plans." + index + ".currency", "workspace.form.error.currency");
            }
            return new NewPlan(
                    Bilingual.of(nameEn.getValue(), nameZh.getValue()),
                    m,
                    m == PricingModel.SUBSCRIPTION ? period.getValue() : null,
                    m == PricingModel.USAGE ? Bilingual.of(unitEn.getValue(), unitZh.getValue()) : null,
                    money);
        }

        HasValidation field(String name) {
            return switch (name) {
                case "name" -> nameEn;
                case "model" -> model;
                case "period" -> period;
                case "price" -> price;
                case "currency" -> currency;
                case "unit" -> unitEn;
                default -> null;
            };
        }

        void readOnly(boolean readOnly) {
            nameEn.setReadOnly(readOnly);
            nameZh.setReadOnly(readOnly);
            price.setReadOnly(readOnly);
            unitEn.setReadOnly(readOnly);
            unitZh.setReadOnly(readOnly);
            model.setReadOnly(readOnly);
            period.setReadOnly(readOnly);
            currency.setReadOnly(readOnly);
            up.setVisible(!readOnly);
            down.setVisible(!readOnly);
            remove.setVisible(!readOnly);
        }
    }

    void addPlanRow(NewPlan plan) {
        if (plans.size() >= ListingRules.PLANS_MAX) {
            return;
        }
        plans.add(new PlanRow(plan));
        renderPlans();
    }

    private void movePlan(PlanRow row, int delta) {
        int from = plans.indexOf(row);
        int to = from + delta;
        if (to < 0 || to >= plans.size()) {
            return;
        }
        plans.add(to, plans.remove(from));
        renderPlans();
    }

    private void removePlan(PlanRow row) {
        plans.remove(row);
        renderPlans();
    }

    private void renderPlans() {
        planList.removeAll();
        for (int i = 0; i < plans.size(); i++) {
            plans.get(i).number(i);
            planList.add(plans.get(i));
        }
        addPlan.setEnabled(plans.size() < ListingRules.PLANS_MAX);
    }

    // ---- uploads

    private Component imageUploadSection() {
        Upload upload = new Upload(this::receiveImage);
        upload.setId("image-upload");
        upload.setMaxFileSize(UploadChecks.IMAGE_MAX_BYTES + 1);
        upload.setAcceptedFileTypes("image/png", ".png", "image/jpeg", ".jpg", ".jpeg");
        upload.addAllFinishedListener(e -> upload.clearFileList());
        upload.addFileRejectedListener(e -> showUploadError(e.getErrorMessage()));
        imageList.setId("image-list");
        imageList.addClassName("dp-gallery");
        Paragraph help = new Paragraph(getTranslation(
                "workspace.images.help", UploadChecks.IMAGE_MAX_BYTES / (1024 * 1024), ListingRules.IMAGES_MAX));
        help.addClassName("dp-muted");
        Div box = new Div(new Span(getTranslation("workspace.images")), help, upload, imageList);
        box.addClassName("dp-upload-box");
        return box;
    }

    private Component sampleUploadSection() {
        Upload upload = new Upload(this::receiveSample);
        upload.setId("sample-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(UploadChecks.SAMPLE_MAX_BYTES + 1);
        upload.addAllFinishedListener(e -> upload.clearFileList());
        upload.addFileRejectedListener(e -> showUploadError(e.getErrorMessage()));
        sampleBox.setId("sample-box");
        Paragraph help =
                new Paragraph(getTranslation("workspace.sample.help", UploadChecks.SAMPLE_MAX_BYTES / (1024 * 1024)));
        help.addClassName("dp-muted");
        Div box = new Div(new Span(getTranslation("workspace.sample")), help, upload, sampleBox);
        box.addClassName("dp-upload-box");
        return box;
    }

    private void showUploads(boolean saved) {
        // The view is reused when a new listing's first save navigates to its own address: drop the old hint.
        uploads.getChildren()
                .filter(c -> c.getId().filter("media-save-first"::equals).isPresent())
                .toList()
                .forEach(uploads::remove);
        uploads.getChildren().forEach(c -> c.setVisible(saved));
        if (!saved) {
            Paragraph first = new Paragraph(getTranslation("workspace.media.save-first"));
            first.setId("media-save-first");
            first.addClassName("dp-muted");
            uploads.add(first);
        }
    }

    /** Reads at most one byte over the limit (a forged request is not buffered whole), then checks on the server. */
    private void receiveImage(UploadEvent event) throws IOException {
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = in.readNBytes(UploadChecks.IMAGE_MAX_BYTES + 1);
        }
        String name = event.getFileName();
        event.getUI().access(() -> imageUploaded(name, bytes));
    }

    private void receiveSample(UploadEvent event) throws IOException {
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = in.readNBytes(UploadChecks.SAMPLE_MAX_BYTES + 1);
        }
        String name = event.getFileName();
        event.getUI().access(() -> sampleUploaded(name, bytes));
    }

    void imageUploaded(String fileName, byte[] bytes) {
        if (imageIds.size() >= ListingRules.IMAGES_MAX) {
            showUploadError(getTranslation("workspace.images.too-many", ListingRules.IMAGES_MAX));
            return;
        }
        try {
            ListingFileInfo info = authoring.uploadImage(listingId, fileName, bytes);
            files.put(info.id(), info);
            imageIds.add(info.id());
            uploadError.setVisible(false);
            renderFiles();
            Notification.show(
                    getTranslation("workspace.media.save-to-keep"), 4000, Notification.Position.BOTTOM_CENTER);
        } catch (InvalidUpload e) {
            showUploadError(getTranslation(e.messageKey(), e.limitMegabytes()));
        }
    }

    void sampleUploaded(String fileName, byte[] bytes) {
        try {
            ListingFileInfo info = authoring.uploadSample(listingId, fileName, bytes);
            files.put(info.id(), info);
            sampleFileId = info.id();
            uploadError.setVisible(false);
            renderFiles();
            Notification.show(
                    getTranslation("workspace.media.save-to-keep"), 4000, Notification.Position.BOTTOM_CENTER);
        } catch (InvalidUpload e) {
            showUploadError(getTranslation(e.messageKey(), e.limitMegabytes()));
        }
    }

    private void showUploadError(String message) {
        uploadError.setText(
                message == null || message.isBlank() ? getTranslation("workspace.upload.unsupported") : message);
        uploadError.setVisible(true);
    }

    private void renderFiles() {
        imageList.removeAll();
        for (int i = 0; i < imageIds.size(); i++) {
            long id = imageIds.get(i);
            int index = i;
            Image thumb = new Image(handler(id), getTranslation("listing.image-alt", i + 1));
            Button remove = new Button(getTranslation("workspace.plans.remove"), e -> {
                imageIds.remove(index);
                renderFiles();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            remove.setVisible(save.isVisible());
            Div item = new Div(thumb, remove);
            item.addClassName("dp-gallery-item");
            item.addClassName("dp-image-item");
            imageList.add(item);
        }
        sampleBox.removeAll();
        if (sampleFileId != null && files.containsKey(sampleFileId)) {
            ListingFileInfo s = files.get(sampleFileId);
            Span name = new Span(s.fileName() + " · " + s.contentType() + " · SHA-256 "
                    + s.sha256().substring(0, 12) + "…");
            name.setId("sample-name");
            Button remove = new Button(getTranslation("workspace.plans.remove"), e -> {
                sampleFileId = null;
                renderFiles();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            remove.setVisible(save.isVisible());
            sampleBox.add(name, remove);
        }
    }

    private DownloadHandler handler(long fileId) {
        return DownloadHandler.fromInputStream(event -> {
                    FileDownload file = media.download(fileId, true);
                    return new DownloadResponse(
                            new ByteArrayInputStream(file.content()),
                            file.fileName(),
                            file.contentType(),
                            file.content().length);
                })
                .inline();
    }

    // ---- load, save, submit

    private void load(ListingEdit edit) {
        listingId = edit.id();
        version = edit.version();
        ListingContent c = edit.content();
        heading = c.title() == null
                ? getTranslation("workspace.form.title")
                : c.title().in(getLocale());
        title.setText(heading);
        subTracks.stream()
                .filter(r -> r.code().equals(c.categoryCode()))
                .findFirst()
                .ifPresent(category::setValue);
        set(titleEn, titleZh, c.title());
        set(summaryEn, summaryZh, c.summary());
        set(descriptionEn, descriptionZh, c.description());
        set(slaEn, slaZh, c.sla());
        set(licenceEn, licenceZh, c.licence());
        deliveryMode.setValue(c.deliveryMode());
        classification.setValue(c.classification());
        personalInformation.setValue(c.personalInformation());
        crossBorder.setValue(c.crossBorder());
        updateFrequency.setValue(c.updateFrequency());
        regions.setValue(new LinkedHashSet<>(c.regions()));
        languages.setValue(new LinkedHashSet<>(c.languages()));
        tags.setValue(String.join(", ", c.tags()));
        plans.clear();
        c.plans().forEach(p -> plans.add(new PlanRow(p)));
        renderPlans();
        files.clear();
        edit.files().forEach(f -> files.put(f.id(), f));
        imageIds.clear();
        imageIds.addAll(c.imageIds());
        sampleFileId = c.sampleFileId();
        showState(edit);
        renderFiles();
        showUploads(true);
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
        addPlan.setVisible(editable);
        archive.setVisible(edit.status() != ListingStatus.ARCHIVED && edit.status() != ListingStatus.IN_REVIEW);
        uploads.setEnabled(editable);
        for (var f : List.of(titleEn, titleZh, tags)) {
            f.setReadOnly(!editable);
        }
        for (var f : List.of(summaryEn, summaryZh, descriptionEn, descriptionZh, slaEn, slaZh, licenceEn, licenceZh)) {
            f.setReadOnly(!editable);
        }
        category.setReadOnly(!editable);
        deliveryMode.setReadOnly(!editable);
        classification.setReadOnly(!editable);
        personalInformation.setReadOnly(!editable);
        crossBorder.setReadOnly(!editable);
        updateFrequency.setReadOnly(!editable);
        regions.setReadOnly(!editable);
        languages.setReadOnly(!editable);
        plans.forEach(p -> p.readOnly(!editable));
        updateCrossBorder();
        banner.removeAll();
        List<String> notes = new ArrayList<>();
        if (edit.reviewComment() != null) {
            Paragraph comment = new Paragraph(getTranslation("workspace.review-comment", edit.reviewComment()));
            comment.setId("review-comment");
            banner.add(comment);
        }
        if (edit.status() == ListingStatus.PUBLISHED && edit.revisionState() == null) {
            notes.add(getTranslation("workspace.revision.explain"));
        }
        if (edit.revisionState() == RevisionState.IN_REVIEW || edit.status() == ListingStatus.IN_REVIEW) {
            notes.add(getTranslation("workspace.in-review"));
        }
        notes.forEach(n -> banner.add(new Paragraph(n)));
        banner.setVisible(banner.getChildren().findAny().isPresent());
    }

    private static void set(TextField en, TextField zh, Bilingual text) {
        en.setValue(nz(text == null ? null : text.en()));
        zh.setValue(nz(text == null ? null : text.zh()));
    }

    private static void set(TextArea en, TextArea zh, Bilingual text) {
        en.setValue(nz(text == null ? null : text.en()));
        zh.setValue(nz(text == null ? null : text.zh()));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The form's content; problems found before the server is asked (a price's decimals) go into {@code errors}. */
    ListingContent content(Map<String, String> errors) {
        List<NewPlan> planContent = new ArrayList<>();
        for (int i = 0; i < plans.size(); i++) {
            planContent.add(plans.get(i).toPlan(errors, i));
        }
        List<String> tagList = Arrays.stream(tags.getValue().split("[,，、]"))
                .map(String::strip)
                .filter(t -> !t.isEmpty())
                .distinct()
                .toList();
        return new ListingContent(
                category.getValue() == null ? null : category.getValue().code(),
                Bilingual.of(titleEn.getValue(), titleZh.getValue()),
                Bilingual.of(summaryEn.getValue(), summaryZh.getValue()),
                Bilingual.of(descriptionEn.getValue(), descriptionZh.getValue()),
                deliveryMode.getValue(),
                classification.getValue(),
                personalInformation.getValue(),
                crossBorder.getValue() && classification.getValue() != DataClassification.CORE,
                updateFrequency.getValue(),
                Bilingual.of(slaEn.getValue(), slaZh.getValue()),
                Bilingual.of(licenceEn.getValue(), licenceZh.getValue()),
                tagList,
                List.copyOf(regions.getValue()),
                List.copyOf(languages.getValue()),
                planContent,
                List.copyOf(imageIds),
                sampleFileId);
    }

    /** Saves; true when it was stored. On any refusal the form keeps every value typed. */
    boolean save() {
        clearErrors();
        Map<String, String> errors = new HashMap<>();
        ListingContent content = content(errors);
        if (!errors.isEmpty()) {
            showErrors(errors);
            return false;
        }
        try {
            if (listingId == null) {
                long id = authoring.create(content);
                notify("workspace.form.saved", NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate(MyListingsView.ROUTE + "/" + id));
                return true;
            }
            version = authoring.save(listingId, version, content);
            showState(authoring.edit(listingId));
            notify("workspace.form.saved", NotificationVariant.LUMO_SUCCESS);
            return true;
        } catch (InvalidListing e) {
            showErrors(e.errors());
        } catch (StaleListing | OptimisticLockingFailureException e) {
            showStale();
        } catch (IllegalStateException e) {
            notify("workspace.form.not-editable", NotificationVariant.LUMO_ERROR);
        }
        return false;
    }

    void submit() {
        if (listingId == null || (save.isVisible() && !save())) {
            return;
        }
        try {
            authoring.submit(listingId, version);
            ListingEdit edit = authoring.edit(listingId);
            version = edit.version();
            showState(edit);
            notify("workspace.listings.submitted", NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidListing e) {
            showErrors(e.errors());
        } catch (StaleListing | OptimisticLockingFailureException e) {
            showStale();
        } catch (IllegalStateException e) {
            notify("workspace.form.not-editable", NotificationVariant.LUMO_ERROR);
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
        Map<String, String> errors = new HashMap<>();
        ListingContent content = content(errors);
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("workspace.form.preview"));
        dialog.setWidth("min(1100px, 96vw)");
        Div page = new Div(new ListingPresentation(authoring.preview(content), media.of(content), media));
        page.addClassName("dp-listing");
        page.setId("listing-preview");
        dialog.add(page);
        Button close = new Button(getTranslation("workspace.form.preview-close"), e -> dialog.close());
        close.setId("close-preview");
        dialog.getFooter().add(close);
        dialog.open();
    }

    private void clearErrors() {
        for (HasValidation f : List.<HasValidation>of(
                category,
                titleEn,
                titleZh,
                summaryEn,
                summaryZh,
                descriptionEn,
                descriptionZh,
                slaEn,
                slaZh,
                licenceEn,
                licenceZh,
                deliveryMode,
                classification,
                personalInformation,
                regions,
                languages,
                tags)) {
            f.setInvalid(false);
        }
        crossBorder.setHelperText(null);
        updateCrossBorder();
        plans.forEach(p -> List.<HasValidation>of(p.nameEn, p.model, p.period, p.price, p.currency, p.unitEn)
                .forEach(f -> f.setInvalid(false)));
        plansError.setVisible(false);
        uploadError.setVisible(false);
        banner.removeClassName("dp-banner-error");
    }

    void showErrors(Map<String, String> errors) {
        errors.forEach((field, key) -> {
            String message = key.equals("workspace.form.error.too-long")
                    ? getTranslation(key, limitOf(field))
                    : key.equals("workspace.form.error.decimals") ? getTranslation(key, "", "") : getTranslation(key);
            if (field.startsWith("plans.") && field.split("\\.").length == 3) {
                String[] parts = field.split("\\.");
                int index = Integer.parseInt(parts[1]);
                if (index < plans.size()) {
                    HasValidation f = plans.get(index).field(parts[2]);
                    if (f != null) {
                        f.setErrorMessage(message);
                        f.setInvalid(true);
                    }
                }
                return;
            }
            switch (field) {
                case "plans" -> {
                    plansError.setText(message);
                    plansError.setVisible(true);
                }
                case "images" -> showUploadError(getTranslation(key, ListingRules.IMAGES_MAX));
                case "crossBorder" -> crossBorder.setHelperText(message);
                default -> {
                    HasValidation f = fieldFor(field);
                    if (f != null) {
                        f.setErrorMessage(message);
                        f.setInvalid(true);
                    }
                }
            }
        });
        notify("workspace.form.fix-errors", NotificationVariant.LUMO_ERROR);
    }

    private static int limitOf(String field) {
        if (field.startsWith("title")) {
            return ListingRules.TITLE_MAX;
        }
        if (field.startsWith("summary")) {
            return ListingRules.SUMMARY_MAX;
        }
        if (field.startsWith("description")) {
            return ListingRules.DESCRIPTION_MAX;
        }
        if (field.startsWith("sla")) {
            return ListingRules.SLA_MAX;
        }
        if (field.startsWith("licence")) {
            return ListingRules.LICENCE_MAX;
        }
        if (field.endsWith("unit")) {
            return ListingRules.PLAN_UNIT_MAX;
        }
        return ListingRules.PLAN_NAME_MAX;
    }

    private HasValidation fieldFor(String field) {
        return switch (field) {
            case "category" -> category;
            case "titleEn" -> titleEn;
            case "titleZh" -> titleZh;
            case "summaryEn" -> summaryEn;
            case "summaryZh" -> summaryZh;
            case "descriptionEn" -> descriptionEn;
            case "descriptionZh" -> descriptionZh;
            case "slaEn" -> slaEn;
            case "slaZh" -> slaZh;
            case "licenceEn" -> licenceEn;
            case "licenceZh" -> licenceZh;
            case "deliveryMode" -> deliveryMode;
            case "classification" -> classification;
            case "personalInformation" -> personalInformation;
            case "regions" -> regions;
            case "languages" -> languages;
            case "tags" -> tags;
            default -> null;
        };
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
