package dataport.compliance.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import dataport.compliance.AssessmentAnswers;
import dataport.compliance.AssessmentCase;

/** A filed assessment's answers, read-only, with its supporting document's name and SHA-256. */
class AssessmentAnswersPanel extends Div {

    AssessmentAnswersPanel(AssessmentCase c) {
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
    }
}
