package dataport.evidence.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import dataport.evidence.SpotCheckCase;
import dataport.evidence.SpotCheckCaseView;
import dataport.evidence.SpotCheckRefused;
import dataport.evidence.SpotChecks;
import dataport.shared.ui.Times;
import dataport.shared.ui.UploadTexts;
import java.io.IOException;
import java.io.InputStream;

/** One of the merchant's spot-check cases: what staff asked for, by when, and an upload for the evidence. */
class EvidenceUploadCard extends Div {

    final Upload upload = new Upload(this::receive);
    final Paragraph error = new Paragraph();
    private final SpotChecks spotChecks;
    private final SpotCheckCaseView c;
    private final Runnable changed;

    EvidenceUploadCard(SpotCheckCaseView c, SpotChecks spotChecks, Runnable changed) {
        this.spotChecks = spotChecks;
        this.c = c;
        this.changed = changed;
        addClassNames("dp-panel", "dp-spot-case");
        setId("my-case-" + c.id());
        Span status = new Span(
                getTranslation("evidence.spot.merchant-status." + c.status().name()));
        status.addClassName("dp-case-status");
        add(new H3(getTranslation("evidence.spot.merchant.case", String.valueOf(c.orderId()))), status);
        if (c.overdue()) {
            Span overdue = new Span(getTranslation("evidence.spot.case.overdue", Times.format(getLocale(), c.dueAt())));
            overdue.addClassName("dp-spot-overdue");
            add(new Div(overdue));
        }
        if (c.requestNote() != null) {
            add(new Paragraph(getTranslation(
                    "evidence.spot.merchant.asked", Times.format(getLocale(), c.dueAt()), c.requestNote())));
        }
        if (c.evidenceFileName() != null) {
            add(new Paragraph(getTranslation(
                    "evidence.spot.merchant.sent",
                    c.evidenceFileName(),
                    Times.format(getLocale(), c.evidenceUploadedAt()))));
        }
        if (c.status() == SpotCheckCase.Status.CLOSED && c.finding() != null) {
            add(new Paragraph(getTranslation(
                    "evidence.spot.merchant.closed",
                    getTranslation("evidence.spot.finding." + c.finding().name()))));
        }
        if (c.status() == SpotCheckCase.Status.EVIDENCE_REQUESTED) {
            upload.setId("evidence-upload-" + c.id());
            upload.addClassName("dp-evidence-upload");
            upload.setMaxFiles(1);
            upload.setMaxFileSize(SpotChecks.MAX_EVIDENCE_BYTES);
            UploadTexts.apply(
                    upload,
                    this,
                    "evidence.spot.merchant.add",
                    "evidence.spot.merchant.drop",
                    "evidence.spot.refused.type",
                    SpotChecks.MAX_EVIDENCE_BYTES / (1024 * 1024));
            upload.addAllFinishedListener(e -> upload.clearFileList());
            upload.addFileRejectedListener(e -> showError(e.getErrorMessage()));
            Paragraph help = new Paragraph(getTranslation("evidence.spot.merchant.help"));
            help.addClassName("dp-muted");
            error.addClassName("dp-error");
            error.setVisible(false);
            add(help, upload, error);
        }
    }

    private void receive(UploadEvent event) throws IOException {
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = in.readNBytes(SpotChecks.MAX_EVIDENCE_BYTES + 1);
        }
        String name = event.getFileName();
        event.getUI().access(() -> received(name, bytes));
    }

    void received(String fileName, byte[] bytes) {
        try {
            spotChecks.submitEvidence(c.id(), fileName, bytes);
            changed.run();
        } catch (SpotCheckRefused refused) {
            showError(getTranslation(refused.getMessage()));
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
