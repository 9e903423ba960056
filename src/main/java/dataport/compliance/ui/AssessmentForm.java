package dataport.compliance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import dataport.compliance.AssessmentAnswers;
import dataport.compliance.AssessmentCase;
import dataport.compliance.ListingDeclaration;
import dataport.compliance.UploadedDocument;
import dataport.shared.ui.LengthLimits;
import dataport.shared.ui.UploadTexts;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * The buyer's pre-transfer assessment form: one text per field, fields staff asked more about marked, and an
 * optional supporting PDF checked by its content.
 */
class AssessmentForm extends Div {

    final Map<String, TextArea> fields = new LinkedHashMap<>();
    final Upload upload = new Upload(this::receive);
    final Span documentName = new Span();
    final Paragraph documentError = new Paragraph();
    final Button file = new Button();
    private UploadedDocument document;

    AssessmentForm(AssessmentCase c, BiConsumer<AssessmentAnswers, UploadedDocument> onFile) {
        addClassNames("dp-panel", "dp-assessment-form");
        setId("assessment-form");
        add(new H2(getTranslation("compliance.assessment.form")));
        if (c.staffNote() != null && !c.moreFields().isEmpty()) {
            Paragraph more = new Paragraph(getTranslation("compliance.assessment.more-note", c.staffNote()));
            more.setId("assessment-more-note");
            more.addClassName("dp-error");
            add(more);
        }
        for (String name : AssessmentAnswers.FIELDS) {
            TextArea area = new TextArea(getTranslation("compliance.assessment.field." + name));
            area.setId("assessment-" + name);
            area.setHelperText(getTranslation("compliance.assessment.help." + name));
            area.setWidthFull();
            String value = c.answers().get(name);
            area.setValue(value == null ? "" : value);
            LengthLimits.guard(area, this, AssessmentAnswers.TEXT_MAX);
            if (c.moreFields().contains(name)) {
                area.addClassName("dp-more-requested");
                area.setHelperText(getTranslation("compliance.assessment.more-field"));
            }
            fields.put(name, area);
            add(area);
        }
        upload.setId("assessment-document");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(UploadedDocument.MAX_BYTES + 1);
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        UploadTexts.apply(
                upload,
                this,
                "compliance.document.add",
                "compliance.document.drop",
                "compliance.document.error.type",
                UploadedDocument.MAX_BYTES / (1024 * 1024));
        upload.addAllFinishedListener(e -> upload.clearFileList());
        upload.addFileRejectedListener(e -> showDocumentError(e.getErrorMessage()));
        documentName.setId("assessment-document-name");
        documentError.setId("assessment-document-error");
        documentError.addClassName("dp-error");
        documentError.setVisible(false);
        Paragraph docHelp = new Paragraph(getTranslation("compliance.document.help"));
        docHelp.addClassName("dp-muted");
        add(new Span(getTranslation("compliance.document.label")), docHelp, upload, documentName, documentError);
        file.setText(getTranslation("compliance.assessment.file"));
        file.setId("assessment-file");
        file.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        file.addClickListener(e -> {
            AssessmentAnswers answers = answers();
            if (valid(answers)) {
                onFile.accept(answers, document);
            }
        });
        add(file);
    }

    private void receive(UploadEvent event) throws IOException {
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = in.readNBytes(UploadedDocument.MAX_BYTES + 1);
        }
        String name = event.getFileName();
        event.getUI().access(() -> received(name, bytes));
    }

    void received(String name, byte[] bytes) {
        UploadedDocument.Checked checked = UploadedDocument.check(name, bytes);
        if (checked.document() == null) {
            showDocumentError(getTranslation(checked.errorKey()));
            return;
        }
        document = checked.document();
        documentError.setVisible(false);
        documentName.setText(name + " · SHA-256 " + document.sha256().substring(0, 12) + "…");
    }

    private void showDocumentError(String message) {
        documentError.setText(message);
        documentError.setVisible(true);
    }

    AssessmentAnswers answers() {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((name, area) -> values.put(name, area.getValue()));
        return AssessmentAnswers.of(values);
    }

    private boolean valid(AssessmentAnswers answers) {
        fields.values().forEach(f -> f.setInvalid(false));
        List<ListingDeclaration.Problem> problems = answers.problems();
        for (ListingDeclaration.Problem p : problems) {
            TextArea area = fields.get(p.field());
            area.setErrorMessage(
                    p.messageKey().endsWith(".long")
                            ? LengthLimits.message(this, area.getValue(), AssessmentAnswers.TEXT_MAX)
                            : getTranslation(p.messageKey()));
            area.setInvalid(true);
        }
        return problems.isEmpty();
    }
}
