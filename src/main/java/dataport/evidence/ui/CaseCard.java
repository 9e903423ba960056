package dataport.evidence.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dataport.evidence.SpotCheckCase;
import dataport.evidence.SpotCheckCaseView;
import dataport.evidence.SpotCheckRefused;
import dataport.evidence.SpotChecks;
import dataport.shared.ui.LengthLimits;
import dataport.shared.ui.Times;
import java.io.ByteArrayInputStream;

/** One sampled trade for staff: its certificate, state, and the step that comes next (ask, read, decide). */
class CaseCard extends Div {

    final TextArea request = new TextArea();
    final RadioButtonGroup<SpotCheckCase.Finding> finding = new RadioButtonGroup<>();
    final TextArea findingNote = new TextArea();
    final Paragraph error = new Paragraph();
    private final SpotChecks spotChecks;
    private final Runnable changed;

    CaseCard(SpotCheckCaseView c, SpotChecks spotChecks, Runnable changed) {
        this.spotChecks = spotChecks;
        this.changed = changed;
        addClassNames("dp-panel", "dp-spot-case");
        setId("case-" + c.id());
        Anchor certificate = new Anchor("verify/" + c.certificateId(), c.certificateId());
        certificate.addClassName("dp-case-certificate");
        H3 heading = new H3(certificate);
        Span status =
                new Span(getTranslation("evidence.spot.status." + c.status().name()));
        status.addClassName("dp-case-status");
        Div facts = new Div(
                new Span(getTranslation(
                        "evidence.spot.case.facts",
                        String.valueOf(c.orderId()),
                        String.valueOf(c.merchantId()),
                        classification(c))),
                new Span(" · "),
                status);
        add(heading, facts);
        if (c.overdue()) {
            Span overdue = new Span(getTranslation("evidence.spot.case.overdue", Times.format(getLocale(), c.dueAt())));
            overdue.addClassName("dp-spot-overdue");
            overdue.addClassName("dp-case-overdue");
            add(new Div(overdue));
        }
        if (c.requestNote() != null) {
            add(new Paragraph(getTranslation(
                    "evidence.spot.case.requested",
                    Times.format(getLocale(), c.requestedAt()),
                    Times.format(getLocale(), c.dueAt()),
                    c.requestNote())));
        }
        if (c.evidenceFileName() != null) {
            Anchor file = new Anchor(
                    DownloadHandler.fromInputStream(event -> {
                        SpotChecks.EvidenceFile f = spotChecks.evidence(c.id()).orElseThrow();
                        return new DownloadResponse(
                                new ByteArrayInputStream(f.bytes()), f.fileName(), f.contentType(), f.bytes().length);
                    }),
                    c.evidenceFileName());
            file.addClassName("dp-case-evidence");
            add(new Paragraph(
                    new Span(getTranslation(
                            "evidence.spot.case.evidence", Times.format(getLocale(), c.evidenceUploadedAt()))),
                    file,
                    new Span(" SHA-256 " + c.evidenceSha256())));
        }
        error.addClassName("dp-error");
        error.setVisible(false);
        if (c.status() == SpotCheckCase.Status.CLOSED) {
            Paragraph closed = new Paragraph(getTranslation(
                    "evidence.spot.case.closed",
                    getTranslation("evidence.spot.finding." + c.finding().name()),
                    Times.format(getLocale(), c.closedAt()),
                    c.findingNote() == null ? "" : c.findingNote()));
            closed.addClassName("dp-case-finding");
            add(closed);
            return;
        }
        if (c.status() != SpotCheckCase.Status.EVIDENCE_REQUESTED) {
            request.setLabel(getTranslation("evidence.spot.case.request-label"));
            request.addClassName("dp-case-request");
            request.setWidthFull();
            LengthLimits.guard(request, this, SpotChecks.MAX_NOTE);
            Button ask = new Button(
                    getTranslation("evidence.spot.case.request"),
                    e -> act(() -> {
                        if (LengthLimits.check(request, this, SpotChecks.MAX_NOTE)) {
                            spotChecks.requestEvidence(c.id(), request.getValue());
                            changed.run();
                        }
                    }));
            ask.addClassName("dp-case-request-button");
            add(request, ask);
        }
        finding.setLabel(getTranslation("evidence.spot.case.finding"));
        finding.setItems(SpotCheckCase.Finding.values());
        finding.setItemLabelGenerator(f -> getTranslation("evidence.spot.finding." + f.name()));
        finding.addClassName("dp-case-finding-choice");
        findingNote.setLabel(getTranslation("evidence.spot.case.finding-note"));
        findingNote.setWidthFull();
        findingNote.addClassName("dp-case-finding-note");
        LengthLimits.guard(findingNote, this, SpotChecks.MAX_NOTE);
        Button close = new Button(
                getTranslation("evidence.spot.case.close"),
                e -> act(() -> {
                    if (LengthLimits.check(findingNote, this, SpotChecks.MAX_NOTE)) {
                        spotChecks.close(c.id(), finding.getValue(), findingNote.getValue());
                        changed.run();
                    }
                }));
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.addClassName("dp-case-close-button");
        add(finding, findingNote, error, close);
    }

    private void act(Runnable action) {
        error.setVisible(false);
        try {
            action.run();
        } catch (SpotCheckRefused refused) {
            error.setText(getTranslation(refused.getMessage()));
            error.setVisible(true);
        }
    }

    private String classification(SpotCheckCaseView c) {
        return getTranslation("evidence.spot.class." + c.classification());
    }
}
