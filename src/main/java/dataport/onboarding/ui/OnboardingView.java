package dataport.onboarding.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasHelper;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadEvent;
import dataport.accounts.CurrentUser;
import dataport.accounts.Role;
import dataport.merchants.Origin;
import dataport.onboarding.ApplicationDetails;
import dataport.onboarding.ApplicationState;
import dataport.onboarding.Classification;
import dataport.onboarding.CrossBorderFlow;
import dataport.onboarding.DataCategory;
import dataport.onboarding.DocumentFile;
import dataport.onboarding.DocumentInfo;
import dataport.onboarding.DocumentKind;
import dataport.onboarding.Fields;
import dataport.onboarding.InvalidApplication;
import dataport.onboarding.OnboardingService;
import dataport.onboarding.Organisation;
import dataport.onboarding.SelfAssessment;
import dataport.onboarding.WizardStep;
import dataport.shared.ui.MainLayout;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The onboarding wizard: organisation, documents, self-assessment, terms, review and submit. Each step is saved as
 * a draft on "Save" and "Next", so a merchant can leave and come back where they left; after submission the page
 * shows the application's status and, when staff asked for changes, their comments next to the fields concerned.
 */
@Route(value = "onboarding", layout = MainLayout.class)
@PermitAll
public class OnboardingView extends Div implements HasDynamicTitle, BeforeEnterObserver {

    static final int MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

    /** The catalogue's workspace routes, by path: catalog's views are that module's internals. */
    static final String WORKSPACE_NEW_LISTING = "workspace/listings/new";

    static final String WORKSPACE_LISTINGS = "workspace/listings";

    private final OnboardingService onboarding;
    private final CurrentUser currentUser;
    private final Div status = new Div();
    private final Nav stepNav = new Nav();
    private final Div stepContent = new Div();
    private final Span formError = new Span();
    private final HorizontalLayout buttons = new HorizontalLayout();
    private final Map<String, HasValidation> validated = new HashMap<>();
    private final Map<String, Component> commented = new HashMap<>();

    private ApplicationDetails application;
    private WizardStep step = WizardStep.ORGANISATION;
    private boolean startingOver;
    private Supplier<Boolean> saveStep = () -> true;

    // step (a)
    private final RadioButtonGroup<Origin> origin = new RadioButtonGroup<>();
    private final ComboBox<String> country = new ComboBox<>();
    private final TextField legalNameZh = new TextField();
    private final TextField legalNameEn = new TextField();
    private final TextField registrationNumber = new TextField();
    private final TextField website = new TextField();
    private final TextField contactName = new TextField();
    private final EmailField contactEmail = new EmailField();
    private final TextField contactPhone = new TextField();
    // step (b)
    private final Select<DocumentKind> documentKind = new Select<>();
    private final Div documentList = new Div();
    private final Span documentsError = new Span();
    // step (c)
    private final CheckboxGroup<DataCategory> categories = new CheckboxGroup<>();
    private final RadioButtonGroup<Classification> classification = new RadioButtonGroup<>();
    private final RadioButtonGroup<Boolean> personalInformation = new RadioButtonGroup<>();
    private final IntegerField dataSubjects = new IntegerField();
    private final RadioButtonGroup<Boolean> sensitivePi = new RadioButtonGroup<>();
    private final RadioButtonGroup<CrossBorderFlow> crossBorder = new RadioButtonGroup<>();
    private final MultiSelectComboBox<String> destinations = new MultiSelectComboBox<>();
    private final TextArea description = new TextArea();
    // step (d)
    private final Checkbox acceptTerms = new Checkbox();

    public OnboardingView(OnboardingService onboarding, CurrentUser currentUser) {
        this.onboarding = onboarding;
        this.currentUser = currentUser;
        addClassName("dp-onboarding");
        setId("onboarding");
        status.setId("application-status");
        stepNav.setId("wizard-steps");
        stepNav.addClassName("dp-wizard-steps");
        stepNav.getElement().setAttribute("aria-label", getTranslation("onboarding.steps"));
        stepContent.setId("wizard-step");
        formError.setId("form-error");
        formError.addClassName("dp-error");
        formError.getElement().setAttribute("role", "alert");
        formError.setVisible(false);
        buttons.setId("wizard-buttons");
        add(new H1(getTranslation("onboarding.title")), status, stepNav, formError, stepContent, buttons);
        buildFields();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("onboarding.title") + " | " + getTranslation("app.name");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        reload();
        if (application != null && application.state() == ApplicationState.APPROVED) {
            // The session's roles were fixed at sign-in: approved since then, the applicant gains MERCHANT here (and
            // a suspended merchant loses it), stored in the session without signing in again. The main navigation,
            // refilled after every navigation, then shows the workspace.
            currentUser.refresh();
        }
    }

    private void reload() {
        application = startingOver ? null : onboarding.mine().orElse(null);
        fill();
        if (application == null) {
            step = WizardStep.ORGANISATION;
        } else if (application.state() == ApplicationState.CHANGES_REQUESTED) {
            step = firstCommentedStep();
        } else {
            step = application.step();
        }
        render();
    }

    // --- rendering

    private void render() {
        if (application == null && currentUser.hasRole(Role.MERCHANT)) {
            renderAlreadyMerchant();
            return;
        }
        renderStatus();
        clearErrors();
        ApplicationState state = application == null ? ApplicationState.DRAFT : application.state();
        boolean editable = state.editable();
        stepNav.setVisible(editable);
        buttons.setVisible(editable);
        stepContent.removeAll();
        buttons.removeAll();
        if (!editable) {
            stepContent.add(summary());
            return;
        }
        renderStepNav();
        switch (step) {
            case ORGANISATION -> stepContent.add(organisationStep());
            case DOCUMENTS -> stepContent.add(documentsStep());
            case ASSESSMENT -> stepContent.add(assessmentStep());
            case TERMS -> stepContent.add(termsStep());
            case REVIEW -> stepContent.add(reviewStep());
        }
        stepContent.getElement().setAttribute("data-step", step.name());
        if (step != WizardStep.ORGANISATION) {
            buttons.add(button("wizard-back", "onboarding.back", ButtonVariant.LUMO_TERTIARY, this::back));
        }
        if (step != WizardStep.REVIEW) {
            if (step != WizardStep.DOCUMENTS) {
                buttons.add(button("wizard-save", "onboarding.save", ButtonVariant.LUMO_CONTRAST, this::save));
            }
            buttons.add(button("wizard-next", "onboarding.next", ButtonVariant.LUMO_PRIMARY, this::next));
        } else {
            buttons.add(button(
                    "submit-application",
                    state == ApplicationState.CHANGES_REQUESTED ? "onboarding.resubmit" : "onboarding.submit",
                    ButtonVariant.LUMO_PRIMARY,
                    this::submit));
        }
        showComments();
    }

    /** A member of a merchant (e.g. invited to its team) has nothing to apply for: the workspace is theirs. */
    private void renderAlreadyMerchant() {
        status.removeAll();
        status.getElement().setAttribute("data-state", "MERCHANT");
        Paragraph already = new Paragraph(getTranslation("onboarding.already-merchant"));
        already.setId("already-merchant");
        Anchor listings = new Anchor(WORKSPACE_LISTINGS, getTranslation("onboarding.approved.my-listings"));
        listings.setId("already-merchant-listings");
        status.add(already, new Paragraph(listings));
        stepNav.setVisible(false);
        buttons.setVisible(false);
        stepContent.removeAll();
        formError.setVisible(false);
    }

    private void renderStatus() {
        status.removeAll();
        if (application == null || application.state() == ApplicationState.DRAFT) {
            status.add(new Paragraph(getTranslation("onboarding.intro")));
            status.getElement().setAttribute("data-state", ApplicationState.DRAFT.name());
            return;
        }
        ApplicationState state = application.state();
        boolean suspended = state == ApplicationState.APPROVED && application.merchantSuspended();
        String shown = suspended ? "SUSPENDED" : state.name();
        status.getElement().setAttribute("data-state", shown);
        Span badge = new Span(getTranslation("onboarding.state." + shown));
        badge.setId("application-state");
        badge.addClassName("dp-badge");
        status.add(new Paragraph(new Span(getTranslation("onboarding.status") + " "), badge));
        status.add(new Paragraph(getTranslation("onboarding.state-explained." + shown)));
        if (state == ApplicationState.CHANGES_REQUESTED
                && !application.fieldComments().isEmpty()) {
            UnorderedList comments = new UnorderedList();
            comments.setId("review-comments");
            application.fieldComments().forEach((field, comment) -> {
                ListItem item = new ListItem(getTranslation(
                        "onboarding.field-comment", getTranslation("onboarding.field." + field), comment));
                item.getElement().setAttribute("data-field", field);
                comments.add(item);
            });
            status.add(comments);
        }
        if (state == ApplicationState.APPROVED && !suspended) {
            Paragraph next = new Paragraph(getTranslation("onboarding.approved.next"));
            next.setId("approved-next");
            Anchor newListing = new Anchor(WORKSPACE_NEW_LISTING, getTranslation("onboarding.approved.new-listing"));
            newListing.setId("approved-new-listing");
            newListing.addClassName("dp-primary-link");
            Anchor myListings = new Anchor(WORKSPACE_LISTINGS, getTranslation("onboarding.approved.my-listings"));
            myListings.setId("approved-my-listings");
            status.add(next, new Paragraph(newListing, new Span(" "), myListings));
        }
        if (state == ApplicationState.REJECTED) {
            Paragraph reason =
                    new Paragraph(getTranslation("onboarding.rejected-reason", application.decisionReason()));
            reason.setId("rejection-reason");
            Button again = new Button(getTranslation("onboarding.start-over"), e -> {
                startingOver = true;
                reload();
            });
            again.setId("start-over");
            status.add(reason, again);
        }
    }

    private void renderStepNav() {
        stepNav.removeAll();
        OrderedList list = new OrderedList();
        WizardStep reached = application == null ? WizardStep.ORGANISATION : application.step();
        for (WizardStep s : WizardStep.values()) {
            Button b = new Button(getTranslation("onboarding.step." + s.name()));
            b.setId("step-" + s.name());
            b.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            b.setEnabled(s.ordinal() <= reached.ordinal());
            if (s == step) {
                b.getElement().setAttribute("aria-current", "step");
                b.addClassName("dp-current");
            }
            b.addClickListener(e -> {
                if (saveStep.get()) {
                    step = s;
                    render();
                }
            });
            list.add(new ListItem(b));
        }
        stepNav.add(list);
    }

    private Component organisationStep() {
        saveStep = () -> saveOrganisation(false);
        boolean domestic = origin.getValue() == Origin.DOMESTIC;
        country.setReadOnly(domestic);
        legalNameZh.setRequiredIndicatorVisible(domestic);
        legalNameEn.setRequiredIndicatorVisible(origin.getValue() == Origin.FOREIGN);
        registrationNumber.setHelperText(
                getTranslation(domestic ? "onboarding.help.uscc" : "onboarding.help.registration-foreign"));
        FormLayout form = new FormLayout(
                origin,
                country,
                legalNameZh,
                legalNameEn,
                registrationNumber,
                website,
                contactName,
                contactEmail,
                contactPhone);
        form.setColspan(origin, 2);
        return section("onboarding.step.ORGANISATION", form);
    }

    private Component documentsStep() {
        saveStep = () -> true;
        Origin o = application == null || application.organisation().origin() == null
                ? Origin.FOREIGN
                : application.organisation().origin();
        documentKind.setValue(DocumentKind.requiredFor(o));
        Paragraph required = new Paragraph(getTranslation(
                o == Origin.DOMESTIC
                        ? "onboarding.documents.required-domestic"
                        : "onboarding.documents.required-foreign"));
        required.setId("documents-required");
        Upload upload = new Upload(this::receive);
        upload.setId("document-upload");
        upload.setMaxFiles(1);
        // One byte over the limit reaches the server, which refuses it with the same message as any oversized file.
        upload.setMaxFileSize(MAX_UPLOAD_BYTES + 1);
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/png", ".png", "image/jpeg", ".jpg", ".jpeg");
        upload.setI18n(uploadI18n());
        // The browser refuses a file for its size, its type or for being a second one, with the (translated) texts
        // of uploadI18n(); the message says which.
        upload.addFileRejectedListener(e -> {
            if (e.getErrorMessage() == null || e.getErrorMessage().isBlank()) {
                showDocumentError("onboarding.document.too-large");
            } else {
                documentsError.setText(e.getErrorMessage());
                documentsError.setVisible(true);
            }
        });
        upload.addAllFinishedListener(e -> upload.clearFileList());
        documentsError.setId("documents-error");
        documentsError.addClassName("dp-error");
        documentsError.getElement().setAttribute("role", "alert");
        documentsError.setVisible(false);
        renderDocuments();
        Paragraph hint = new Paragraph(getTranslation("onboarding.documents.hint"));
        return section("onboarding.step.DOCUMENTS", required, hint, documentKind, upload, documentsError, documentList);
    }

    /**
     * Reads an upload, but never more than one byte over the limit: the browser's size check is only a courtesy, and
     * {@code UploadHandler.inMemory} would buffer a forged multi-gigabyte request whole. The bytes then go to
     * {@link #uploaded}, which refuses the oversized ones with the usual message.
     */
    private void receive(UploadEvent event) throws IOException {
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = readCapped(in);
        }
        String fileName = event.getFileName();
        event.getUI().access(() -> uploaded(fileName, bytes));
    }

    /** At most one byte more than an upload may have: enough to tell it is too large. */
    static byte[] readCapped(InputStream in) throws IOException {
        return in.readNBytes(MAX_UPLOAD_BYTES + 1);
    }

    /** Called with the uploaded bytes; the server checks the real type, size and integrity. */
    void uploaded(String fileName, byte[] bytes) {
        try {
            onboarding.addDocument(documentKind.getValue(), fileName, bytes);
            documentsError.setVisible(false);
            application = onboarding.mine().orElse(application);
            renderDocuments();
        } catch (InvalidApplication e) {
            showDocumentError(e.errors().get(Fields.DOCUMENTS));
        }
    }

    private void showDocumentError(String key) {
        documentsError.setText(getTranslation(key, MAX_UPLOAD_BYTES / (1024 * 1024)));
        documentsError.setVisible(true);
    }

    private void renderDocuments() {
        documentList.removeAll();
        documentList.setId("document-list");
        List<DocumentInfo> docs = application == null ? List.of() : application.documents();
        if (docs.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("onboarding.documents.none"));
            none.setId("documents-none");
            documentList.add(none);
            return;
        }
        for (DocumentInfo doc : docs) {
            Div row = new Div();
            row.addClassName("dp-document");
            row.setId("document-" + doc.id());
            row.getElement().setAttribute("data-kind", doc.kind().name());
            Anchor link = downloadLink(onboarding, doc);
            Span meta = new Span(
                    getTranslation("onboarding.document.kind." + doc.kind().name()) + " · "
                            + ApplicationTexts.size(doc.size(), getLocale()));
            Button remove = new Button(getTranslation("onboarding.documents.remove"), e -> {
                onboarding.removeDocument(doc.id());
                application = onboarding.mine().orElse(application);
                renderDocuments();
            });
            remove.setId("remove-document-" + doc.id());
            remove.addClassName("dp-remove-document");
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            row.add(link, meta, remove);
            documentList.add(row);
        }
    }

    static Anchor downloadLink(OnboardingService onboarding, DocumentInfo doc) {
        // The handler runs in the download request, so the service checks again who asks (staff or the applicant).
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                            DocumentFile file = onboarding.document(doc.id());
                            return new DownloadResponse(
                                    new ByteArrayInputStream(file.content()),
                                    file.fileName(),
                                    file.contentType(),
                                    file.content().length);
                        })
                        .inline(),
                doc.fileName());
        link.setTarget("_blank");
        link.addClassName("dp-document-link");
        return link;
    }

    private Component assessmentStep() {
        saveStep = () -> saveAssessment(false);
        boolean pi = Boolean.TRUE.equals(personalInformation.getValue());
        dataSubjects.setVisible(pi);
        sensitivePi.setVisible(pi);
        CrossBorderFlow flow = crossBorder.getValue();
        destinations.setVisible(flow != null && flow != CrossBorderFlow.NONE);
        FormLayout form = new FormLayout(
                categories,
                classification,
                personalInformation,
                dataSubjects,
                sensitivePi,
                crossBorder,
                destinations,
                description);
        form.setColspan(categories, 2);
        form.setColspan(description, 2);
        return section("onboarding.step.ASSESSMENT", form);
    }

    private Component termsStep() {
        saveStep = () -> saveTerms(false);
        Paragraph terms = new Paragraph(getTranslation("onboarding.terms.text"));
        terms.setId("terms-text");
        return section("onboarding.step.TERMS", terms, acceptTerms);
    }

    private Component reviewStep() {
        saveStep = () -> true;
        Div review = new Div(summary());
        var missing = onboarding.missing();
        if (!missing.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.setId("missing-list");
            missing.forEach((field, key) -> {
                ListItem item = new ListItem(getTranslation(
                        "onboarding.field-comment", getTranslation("onboarding.field." + field), getTranslation(key)));
                item.getElement().setAttribute("data-field", field);
                list.add(item);
            });
            review.addComponentAsFirst(new Div(new Paragraph(getTranslation("onboarding.review.missing")), list));
        }
        return section("onboarding.step.REVIEW", review);
    }

    private Component summary() {
        if (application == null) {
            return new Div();
        }
        Div summary = ApplicationTexts.summary(application, key -> getTranslation(key), getLocale());
        summary.setId("application-summary");
        Div docs = new Div(new H3(getTranslation("onboarding.step.DOCUMENTS")));
        docs.setId("summary-documents");
        for (DocumentInfo doc : application.documents()) {
            docs.add(new Div(downloadLink(onboarding, doc)));
        }
        summary.add(docs);
        return summary;
    }

    private Component section(String titleKey, Component... content) {
        Div section = new Div();
        section.addClassName("dp-wizard-section");
        section.add(new H2(getTranslation(titleKey)));
        section.add(content);
        return section;
    }

    // --- actions

    private void next() {
        clearErrors();
        try {
            application = switch (step) {
                case ORGANISATION -> onboarding.saveOrganisation(readOrganisation(), true);
                case DOCUMENTS -> onboarding.completeDocuments();
                case ASSESSMENT -> onboarding.saveAssessment(readAssessment(), true);
                case TERMS -> onboarding.acceptTerms(Boolean.TRUE.equals(acceptTerms.getValue()), true);
                case REVIEW -> application;
            };
            startingOver = false;
            step = step.next();
            render();
        } catch (InvalidApplication e) {
            showErrors(e.errors());
        }
    }

    private void save() {
        clearErrors();
        if (saveStep.get()) {
            ApplicationTexts.notify(getTranslation("onboarding.saved"));
            render();
        }
    }

    private void back() {
        clearErrors();
        if (saveStep.get()) {
            step = step.previous();
            render();
        }
    }

    private void submit() {
        clearErrors();
        try {
            application = onboarding.submit();
            ApplicationTexts.notify(getTranslation("onboarding.submitted"));
            render();
        } catch (InvalidApplication e) {
            showErrors(e.errors());
        }
    }

    private boolean saveOrganisation(boolean complete) {
        return attempt(() -> onboarding.saveOrganisation(readOrganisation(), complete));
    }

    private boolean saveAssessment(boolean complete) {
        return attempt(() -> onboarding.saveAssessment(readAssessment(), complete));
    }

    private boolean saveTerms(boolean complete) {
        return attempt(() -> onboarding.acceptTerms(Boolean.TRUE.equals(acceptTerms.getValue()), complete));
    }

    private boolean attempt(Supplier<ApplicationDetails> action) {
        try {
            application = action.get();
            startingOver = false;
            return true;
        } catch (InvalidApplication e) {
            showErrors(e.errors());
            return false;
        }
    }

    Organisation readOrganisation() {
        return new Organisation(
                origin.getValue(),
                origin.getValue() == Origin.DOMESTIC ? "CN" : country.getValue(),
                trimmed(legalNameZh.getValue()),
                trimmed(legalNameEn.getValue()),
                trimmed(registrationNumber.getValue()),
                trimmed(website.getValue()),
                trimmed(contactName.getValue()),
                trimmed(contactEmail.getValue()),
                trimmed(contactPhone.getValue()));
    }

    SelfAssessment readAssessment() {
        Integer subjects = dataSubjects.getValue();
        return new SelfAssessment(
                categories.getValue(),
                classification.getValue(),
                personalInformation.getValue(),
                subjects == null ? null : subjects.longValue(),
                sensitivePi.getValue(),
                crossBorder.getValue(),
                destinations.getValue(),
                trimmed(description.getValue()));
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    // --- errors and comments next to the fields

    private void showErrors(Map<String, String> errors) {
        WizardStep first = null;
        for (var error : errors.entrySet()) {
            WizardStep owner = stepOf(error.getKey());
            if (first == null || owner.ordinal() < first.ordinal()) {
                first = owner;
            }
        }
        if (first != null && first != step && step == WizardStep.REVIEW) {
            step = first; // on submit, take the applicant to the first step that needs work
            render();
        }
        errors.forEach((field, key) -> {
            String message = getTranslation(key, MAX_UPLOAD_BYTES / (1024 * 1024));
            HasValidation component = validated.get(field);
            if (component != null) {
                component.setErrorMessage(message);
                component.setInvalid(true);
            } else if (Fields.DOCUMENTS.equals(field)) {
                documentsError.setText(message);
                documentsError.setVisible(true);
            }
        });
        formError.setText(getTranslation("onboarding.form-error"));
        formError.setVisible(true);
    }

    private void clearErrors() {
        formError.setVisible(false);
        documentsError.setVisible(false);
        validated.values().forEach(c -> {
            c.setInvalid(false);
            c.setErrorMessage(null);
        });
    }

    private void showComments() {
        commented.values().forEach(c -> {
            if (c instanceof HasHelper h) {
                h.setHelperText(null);
            }
            c.removeClassName("dp-review-comment");
        });
        if (application == null || application.state() != ApplicationState.CHANGES_REQUESTED) {
            if (step == WizardStep.ORGANISATION) {
                registrationNumber.setHelperText(getTranslation(
                        origin.getValue() == Origin.DOMESTIC
                                ? "onboarding.help.uscc"
                                : "onboarding.help.registration-foreign"));
            }
            return;
        }
        application.fieldComments().forEach((field, comment) -> {
            Component c = commented.get(field);
            if (c instanceof HasHelper h) {
                h.setHelperText(getTranslation("onboarding.reviewer-says", comment));
                c.addClassName("dp-review-comment");
            } else if (Fields.DOCUMENTS.equals(field) && step == WizardStep.DOCUMENTS) {
                documentsError.setText(getTranslation("onboarding.reviewer-says", comment));
                documentsError.setVisible(true);
            }
        });
    }

    private WizardStep firstCommentedStep() {
        return application.fieldComments().keySet().stream()
                .map(OnboardingView::stepOf)
                .min(Enum::compareTo)
                .orElse(WizardStep.REVIEW);
    }

    static WizardStep stepOf(String field) {
        return switch (field) {
            case Fields.DOCUMENTS -> WizardStep.DOCUMENTS;
            case Fields.CATEGORIES,
                    Fields.CLASSIFICATION,
                    Fields.PERSONAL_INFORMATION,
                    Fields.DATA_SUBJECTS,
                    Fields.SENSITIVE_PI,
                    Fields.CROSS_BORDER,
                    Fields.DESTINATIONS,
                    Fields.DESCRIPTION -> WizardStep.ASSESSMENT;
            case Fields.TERMS -> WizardStep.TERMS;
            default -> WizardStep.ORGANISATION;
        };
    }

    // --- fields

    private void buildFields() {
        var locale = getLocale();
        origin.setLabel(getTranslation("onboarding.field.origin"));
        origin.setItems(Origin.values());
        origin.setItemLabelGenerator(o -> getTranslation("onboarding.origin." + o.name()));
        origin.setId("origin");
        origin.setRequiredIndicatorVisible(true);
        origin.addValueChangeListener(e -> {
            if (e.isFromClient() || e.getValue() != null) {
                boolean domestic = e.getValue() == Origin.DOMESTIC;
                if (domestic) {
                    country.setValue("CN");
                } else if ("CN".equals(country.getValue())) {
                    country.clear();
                }
                country.setReadOnly(domestic);
                legalNameZh.setRequiredIndicatorVisible(domestic);
                legalNameEn.setRequiredIndicatorVisible(!domestic);
                registrationNumber.setHelperText(
                        getTranslation(domestic ? "onboarding.help.uscc" : "onboarding.help.registration-foreign"));
            }
        });
        configureCountries(country, locale);
        country.setLabel(getTranslation("onboarding.field.country"));
        country.setId("country");
        country.setRequiredIndicatorVisible(true);
        text(legalNameZh, Fields.LEGAL_NAME_ZH, "legal-name-zh", 200);
        text(legalNameEn, Fields.LEGAL_NAME_EN, "legal-name-en", 200);
        text(registrationNumber, Fields.REGISTRATION_NUMBER, "registration-number", 40);
        registrationNumber.setRequiredIndicatorVisible(true);
        text(website, Fields.WEBSITE, "website", 300);
        website.setPlaceholder("https://");
        text(contactName, Fields.CONTACT_NAME, "contact-name", 120);
        contactName.setRequiredIndicatorVisible(true);
        contactEmail.setLabel(getTranslation("onboarding.field.contactEmail"));
        contactEmail.setId("contact-email");
        contactEmail.setMaxLength(320);
        contactEmail.setRequiredIndicatorVisible(true);
        text(contactPhone, Fields.CONTACT_PHONE, "contact-phone", 40);
        contactPhone.setRequiredIndicatorVisible(true);

        documentKind.setLabel(getTranslation("onboarding.documents.kind"));
        documentKind.setItems(DocumentKind.values());
        documentKind.setItemLabelGenerator(k -> getTranslation("onboarding.document.kind." + k.name()));
        documentKind.setId("document-kind");

        categories.setLabel(getTranslation("onboarding.field.categories"));
        categories.setItems(DataCategory.values());
        categories.setItemLabelGenerator(c -> getTranslation("onboarding.category." + c.name()));
        categories.setId("data-categories");
        classification.setLabel(getTranslation("onboarding.field.classification"));
        classification.setItems(Classification.values());
        classification.setItemLabelGenerator(c -> getTranslation("onboarding.classification." + c.name()));
        classification.setId("classification");
        yesNo(personalInformation, Fields.PERSONAL_INFORMATION, "personal-information");
        personalInformation.addValueChangeListener(e -> {
            boolean pi = Boolean.TRUE.equals(e.getValue());
            dataSubjects.setVisible(pi);
            sensitivePi.setVisible(pi);
        });
        dataSubjects.setLabel(getTranslation("onboarding.field.dataSubjects"));
        dataSubjects.setId("data-subjects");
        dataSubjects.setMin(1);
        dataSubjects.setHelperText(getTranslation("onboarding.help.data-subjects"));
        yesNo(sensitivePi, Fields.SENSITIVE_PI, "sensitive-pi");
        crossBorder.setLabel(getTranslation("onboarding.field.crossBorder"));
        crossBorder.setItems(CrossBorderFlow.values());
        crossBorder.setItemLabelGenerator(f -> getTranslation("onboarding.cross-border." + f.name()));
        crossBorder.setId("cross-border");
        crossBorder.addValueChangeListener(
                e -> destinations.setVisible(e.getValue() != null && e.getValue() != CrossBorderFlow.NONE));
        destinations.setLabel(getTranslation("onboarding.field.destinations"));
        destinations.setItems(ApplicationTexts.countryCodes(locale));
        destinations.setItemLabelGenerator(code -> dataport.shared.ui.Countries.name(code, getLocale()));
        destinations.setId("destinations");
        description.setLabel(getTranslation("onboarding.field.description"));
        description.setId("data-description");
        description.setMaxLength(2000);
        acceptTerms.setLabel(getTranslation("onboarding.terms.accept"));
        acceptTerms.setId("accept-terms");

        validated.putAll(Map.ofEntries(
                Map.entry(Fields.ORIGIN, origin),
                Map.entry(Fields.COUNTRY, country),
                Map.entry(Fields.LEGAL_NAME_ZH, legalNameZh),
                Map.entry(Fields.LEGAL_NAME_EN, legalNameEn),
                Map.entry(Fields.REGISTRATION_NUMBER, registrationNumber),
                Map.entry(Fields.WEBSITE, website),
                Map.entry(Fields.CONTACT_NAME, contactName),
                Map.entry(Fields.CONTACT_EMAIL, contactEmail),
                Map.entry(Fields.CONTACT_PHONE, contactPhone),
                Map.entry(Fields.CATEGORIES, categories),
                Map.entry(Fields.CLASSIFICATION, classification),
                Map.entry(Fields.PERSONAL_INFORMATION, personalInformation),
                Map.entry(Fields.DATA_SUBJECTS, dataSubjects),
                Map.entry(Fields.SENSITIVE_PI, sensitivePi),
                Map.entry(Fields.CROSS_BORDER, crossBorder),
                Map.entry(Fields.DESTINATIONS, destinations),
                Map.entry(Fields.DESCRIPTION, description),
                Map.entry(Fields.TERMS, acceptTerms)));
        validated.forEach((field, c) -> commented.put(field, (Component) c));
    }

    static void configureCountries(ComboBox<String> box, java.util.Locale locale) {
        box.setItems(ApplicationTexts.countryCodes(locale));
        box.setItemLabelGenerator(code -> dataport.shared.ui.Countries.name(code, locale));
    }

    private void text(TextField field, String name, String id, int maxLength) {
        field.setLabel(getTranslation("onboarding.field." + name));
        field.setId(id);
        field.setMaxLength(maxLength);
    }

    private void yesNo(RadioButtonGroup<Boolean> group, String name, String id) {
        group.setLabel(getTranslation("onboarding.field." + name));
        group.setItems(Boolean.TRUE, Boolean.FALSE);
        group.setItemLabelGenerator(b -> getTranslation(b ? "common.yes" : "common.no"));
        group.setId(id);
    }

    private UploadI18N uploadI18n() {
        UploadI18N i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles()
                .setOne(getTranslation("onboarding.upload.add"))
                .setMany(getTranslation("onboarding.upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles()
                .setOne(getTranslation("onboarding.upload.drop"))
                .setMany(getTranslation("onboarding.upload.drop")));
        i18n.setError(new UploadI18N.Error()
                .setFileIsTooBig(getTranslation("onboarding.document.too-large", MAX_UPLOAD_BYTES / (1024 * 1024)))
                .setIncorrectFileType(getTranslation("onboarding.document.unsupported"))
                .setTooManyFiles(getTranslation("onboarding.upload.one-at-a-time")));
        return i18n;
    }

    private void fill() {
        Organisation o = application == null ? Organisation.empty() : application.organisation();
        origin.setValue(o.origin());
        country.setValue(o.countryCode());
        legalNameZh.setValue(nonNull(o.legalNameZh()));
        legalNameEn.setValue(nonNull(o.legalNameEn()));
        registrationNumber.setValue(nonNull(o.registrationNumber()));
        website.setValue(nonNull(o.website()));
        contactName.setValue(nonNull(o.contactName()));
        contactEmail.setValue(nonNull(o.contactEmail()));
        contactPhone.setValue(nonNull(o.contactPhone()));
        SelfAssessment a = application == null ? SelfAssessment.empty() : application.assessment();
        categories.setValue(Set.copyOf(a.categories()));
        classification.setValue(a.classification());
        personalInformation.setValue(a.personalInformation());
        dataSubjects.setValue(a.dataSubjects() == null ? null : (int) Math.min(Integer.MAX_VALUE, a.dataSubjects()));
        sensitivePi.setValue(a.sensitivePersonalInformation());
        crossBorder.setValue(a.crossBorder());
        destinations.setValue(Set.copyOf(a.destinationCountries()));
        description.setValue(nonNull(a.description()));
        acceptTerms.setValue(application != null && application.termsAccepted());
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static Button button(String id, String key, ButtonVariant variant, Runnable action) {
        Button b = new Button();
        b.setText(UI.getCurrent() == null ? key : UI.getCurrent().getTranslation(key));
        b.setId(id);
        b.addThemeVariants(variant);
        b.addClickListener(e -> action.run());
        return b;
    }
}
