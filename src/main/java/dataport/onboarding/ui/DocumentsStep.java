package dataport.onboarding.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dataport.merchants.Origin;
import dataport.onboarding.ApplicationDetails;
import dataport.onboarding.DocumentFile;
import dataport.onboarding.DocumentInfo;
import dataport.onboarding.DocumentKind;
import dataport.onboarding.Fields;
import dataport.onboarding.InvalidApplication;
import dataport.onboarding.OnboardingService;
import dataport.onboarding.WizardStep;
import dataport.shared.ui.UploadTexts;
import dataport.shared.ui.UploadedBytes;
import java.io.ByteArrayInputStream;
import java.util.List;

/** Step (b): the registration document the origin requires, and any others; each upload is stored at once. */
class DocumentsStep extends FieldlessStep {

    static final int MAX_UPLOAD_BYTES = 10 * 1024 * 1024;

    private final Paragraph required = new Paragraph();
    private final Select<DocumentKind> documentKind = new Select<>();
    private final Span documentsError = new Span();
    private final Div documentList = new Div();

    DocumentsStep(OnboardingService onboarding) {
        super(onboarding, "onboarding.step.DOCUMENTS");
        required.setId("documents-required");
        documentKind.setLabel(getTranslation("onboarding.documents.kind"));
        documentKind.setItems(DocumentKind.values());
        documentKind.setItemLabelGenerator(k -> getTranslation("onboarding.document.kind." + k.name()));
        documentKind.setId("document-kind");
        Upload upload = new Upload(UploadedBytes.upTo(MAX_UPLOAD_BYTES, this::uploaded));
        upload.setId("document-upload");
        upload.setMaxFiles(1);
        // One byte over the limit reaches the server, which refuses it with the same message as any oversized file.
        upload.setMaxFileSize(MAX_UPLOAD_BYTES + 1);
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/png", ".png", "image/jpeg", ".jpg", ".jpeg");
        UploadTexts.apply(
                upload,
                this,
                "onboarding.upload.add",
                "onboarding.upload.drop",
                "onboarding.document.unsupported",
                MAX_UPLOAD_BYTES / (1024 * 1024));
        // The browser refuses a file for its size, its type or for being a second one, with UploadTexts' (translated)
        // messages; the message says which.
        upload.addFileRejectedListener(e -> {
            String message = e.getErrorMessage();
            showError(
                    message == null || message.isBlank()
                            ? getTranslation("shared.upload.too-big", MAX_UPLOAD_BYTES / (1024 * 1024))
                            : message);
        });
        upload.addAllFinishedListener(e -> upload.clearFileList());
        documentsError.setId("documents-error");
        documentsError.addClassName("dp-error");
        documentsError.getElement().setAttribute("role", "alert");
        documentsError.setVisible(false);
        documentList.setId("document-list");
        Paragraph hint = new Paragraph(getTranslation("onboarding.documents.hint"));
        add(required, hint, documentKind, upload, documentsError, documentList);
    }

    @Override
    WizardStep step() {
        return WizardStep.DOCUMENTS;
    }

    @Override
    protected void show(ApplicationDetails application) {
        remember(application);
        Origin origin = application == null || application.organisation().origin() == null
                ? Origin.FOREIGN
                : application.organisation().origin();
        documentKind.setValue(DocumentKind.requiredFor(origin));
        required.setText(getTranslation(
                origin == Origin.DOMESTIC
                        ? "onboarding.documents.required-domestic"
                        : "onboarding.documents.required-foreign"));
        documentsError.setVisible(false);
        renderDocuments();
    }

    @Override
    ApplicationDetails complete() {
        return onboarding.completeDocuments();
    }

    @Override
    protected boolean showOther(String name, String message) {
        if (!Fields.DOCUMENTS.equals(name)) {
            return false;
        }
        showError(message);
        return true;
    }

    @Override
    void clearErrors() {
        super.clearErrors();
        documentsError.setVisible(false);
    }

    /** Called with the uploaded bytes; the server checks the real type, size and integrity. */
    void uploaded(String fileName, byte[] bytes) {
        try {
            onboarding.addDocument(documentKind.getValue(), fileName, bytes);
            documentsError.setVisible(false);
            refresh();
        } catch (InvalidApplication e) {
            showError(getTranslation(e.errors().get(Fields.DOCUMENTS), e.arguments(Fields.DOCUMENTS)));
        }
    }

    private void refresh() {
        remember(onboarding.mine().orElse(application()));
        saved(application());
        renderDocuments();
    }

    private void showError(String message) {
        documentsError.setText(message);
        documentsError.setVisible(true);
    }

    private void renderDocuments() {
        documentList.removeAll();
        List<DocumentInfo> docs =
                application() == null ? List.of() : application().documents();
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
            Span meta = new Span(
                    getTranslation("onboarding.document.kind." + doc.kind().name()) + " · "
                            + ApplicationTexts.size(doc.size(), getLocale()));
            Button remove = new Button(getTranslation("onboarding.documents.remove"), e -> {
                onboarding.removeDocument(doc.id());
                refresh();
            });
            remove.setId("remove-document-" + doc.id());
            remove.addClassName("dp-remove-document");
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            row.add(downloadLink(onboarding, doc), meta, remove);
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
}
