package dataport.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import dataport.catalog.FileKind;
import dataport.catalog.ListingFileInfo;
import dataport.catalog.UploadChecks;
import dataport.shared.ui.UploadTexts;
import dataport.shared.ui.UploadedBytes;
import java.util.function.Consumer;

/** The listing's sample file buyers may download before buying: kept with the listing as soon as it is uploaded. */
class SamplePanel extends Div {

    final Upload upload = new Upload(UploadedBytes.upTo(UploadChecks.SAMPLE_MAX_BYTES, this::received));
    final Div sampleBox = new Div();
    private final MediaHost host;
    private ListingFileInfo sample;
    private boolean editable = true;

    SamplePanel(MediaHost host, Consumer<String> showError) {
        this.host = host;
        long megabytes = UploadChecks.SAMPLE_MAX_BYTES / (1024 * 1024);
        upload.setId("sample-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(UploadChecks.SAMPLE_MAX_BYTES + 1);
        UploadTexts.apply(
                upload,
                this,
                "workspace.sample.add",
                "workspace.sample.drop",
                "workspace.upload.unsupported",
                megabytes);
        upload.addAllFinishedListener(e -> upload.clearFileList());
        upload.addFileRejectedListener(e -> showError.accept(e.getErrorMessage()));
        sampleBox.setId("sample-box");
        Paragraph help = new Paragraph(getTranslation("workspace.sample.help", megabytes));
        help.addClassName("dp-muted");
        add(new Span(getTranslation("workspace.sample")), help, upload, sampleBox);
        addClassName("dp-upload-box");
    }

    void received(String fileName, byte[] bytes) {
        host.keep(FileKind.SAMPLE, fileName, bytes).ifPresent(info -> {
            sample = info;
            render();
        });
    }

    void fill(ListingFileInfo shown) {
        sample = shown;
        render();
    }

    Long sampleFileId() {
        return sample == null ? null : sample.id();
    }

    void setEditable(boolean editable) {
        this.editable = editable;
        upload.setVisible(editable);
        render();
    }

    private void render() {
        sampleBox.removeAll();
        if (sample == null) {
            return;
        }
        Span name = new Span(sample.fileName() + " · " + sample.contentType() + " · SHA-256 "
                + sample.sha256().substring(0, 12) + "…");
        name.setId("sample-name");
        Button remove = new Button(getTranslation("workspace.plans.remove"), e -> {
            if (host.drop(sample.id())) {
                sample = null;
                render();
            }
        });
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        remove.setVisible(editable);
        sampleBox.add(name, remove);
    }
}
