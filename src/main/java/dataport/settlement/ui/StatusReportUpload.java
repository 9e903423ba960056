package dataport.settlement.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;
import dataport.settlement.BankPayouts;
import dataport.settlement.BankPayouts.BankReportRefused;
import dataport.settlement.BankPayouts.ReportResult;
import dataport.shared.ui.UploadTexts;
import java.io.IOException;
import java.io.InputStream;

/**
 * Upload of the bank's pain.002 status report. Shows what it changed (paid, failed, unchanged), that it had already
 * been applied, or why it was refused, in the reader's language.
 */
class StatusReportUpload extends Div {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    private final BankPayouts bankPayouts;
    private final Runnable changed;
    final Upload upload = new Upload(this::receive);
    final Paragraph result = new Paragraph();

    StatusReportUpload(BankPayouts bankPayouts, Runnable changed) {
        this.bankPayouts = bankPayouts;
        this.changed = changed;
        addClassName("dp-section");
        upload.setId("status-report-upload");
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes("application/xml", "text/xml", ".xml");
        UploadTexts.apply(
                upload,
                this,
                "settlement-bank.admin.report.add",
                "settlement-bank.admin.report.drop",
                "settlement-bank.report.not-xml",
                MAX_BYTES / (1024 * 1024));
        upload.addAllFinishedListener(e -> upload.clearFileList());
        result.setId("status-report-result");
        Paragraph help = new Paragraph(getTranslation("settlement-bank.admin.report.help"));
        help.addClassName("dp-muted");
        add(new H2(getTranslation("settlement-bank.admin.report.title")), help, upload, result);
    }

    private void receive(UploadEvent event) throws IOException {
        byte[] bytes;
        try (InputStream in = event.getInputStream()) {
            bytes = in.readNBytes(MAX_BYTES);
        }
        event.getUI().access(() -> received(bytes));
    }

    void received(byte[] bytes) {
        try {
            ReportResult outcome = bankPayouts.applyReport(bytes);
            result.removeClassName("dp-error");
            result.setText(
                    outcome.alreadyApplied()
                            ? getTranslation("settlement-bank.admin.report.again", outcome.messageId())
                            : getTranslation(
                                    "settlement-bank.admin.report.applied",
                                    outcome.messageId(),
                                    outcome.batchMessageId(),
                                    outcome.paid(),
                                    outcome.failed(),
                                    outcome.unchanged()));
            changed.run();
        } catch (BankReportRefused refused) {
            result.addClassName("dp-error");
            result.setText(getTranslation(refused.messageKey(), refused.params()));
        }
    }
}
