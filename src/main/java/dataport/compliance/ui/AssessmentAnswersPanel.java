package dataport.compliance.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dataport.compliance.AssessmentAnswers;
import dataport.compliance.AssessmentCase;
import dataport.compliance.AssessmentService;
import java.io.ByteArrayInputStream;

/** A filed assessment's answers, read-only, with its supporting document's name, SHA-256 and a download link. */
class AssessmentAnswersPanel extends Div {

    AssessmentAnswersPanel(AssessmentCase c, AssessmentService assessments) {
        addClassNames("dp-panel", "dp-assessment-answers");
        setId("assessment-answers");
        add(new H2(getTranslation("compliance.assessment.answers")));
        for (String name : AssessmentAnswers.FIELDS) {
            H4 label = new H4(getTranslation("compliance.assessment.field." + name));
            Paragraph text = new Paragraph(
                    c.answers().get(name) == null ? "" : c.answers().get(name));
            text.setId("answer-" + name);
            text.addClassName("dp-preformatted");
            add(label, text);
        }
        Paragraph doc = new Paragraph(
                c.documentName() == null
                        ? getTranslation("compliance.document.none")
                        : getTranslation("compliance.document.filed", c.documentName(), c.documentSha256()));
        doc.setId("assessment-document-info");
        doc.addClassName("dp-muted");
        add(doc);
        if (c.documentName() != null && c.assessmentId() != null) {
            long id = c.assessmentId();
            // The service checks again on every download: the link alone grants nothing.
            Anchor download = new Anchor(
                    DownloadHandler.fromInputStream(event -> assessments
                            .document(id)
                            .map(d -> new DownloadResponse(
                                    new ByteArrayInputStream(d.content()),
                                    d.name(),
                                    "application/pdf",
                                    d.content().length))
                            .orElseGet(() -> DownloadResponse.error(404))),
                    getTranslation("compliance.document.download", c.documentName()));
            download.setId("assessment-document-download");
            add(new Paragraph(download));
        }
    }
}
