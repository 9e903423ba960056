package dataport.delivery.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadFormat;
import com.vaadin.flow.server.streams.UploadEvent;
import dataport.delivery.DeliverableInfo;
import dataport.delivery.Deliverables;
import dataport.delivery.InvalidDeliverable;
import dataport.shared.ui.UploadTexts;
import java.io.IOException;
import java.io.InputStream;

/**
 * The current deliverable (name, size, SHA-256) and the upload of a new one. The upload streams straight from the
 * request into the database (see {@code DeliverableStore}); the server checks type, size and completeness and the
 * reason for a refusal shows under the upload.
 */
class DeliverableUpload extends Div {

    final Span error = new Span();
    final Upload upload;
    private final Deliverables deliverables;
    private final long listingId;
    private final Runnable refresh;

    DeliverableUpload(Deliverables.ListingFiles files, Deliverables deliverables, Runnable refresh) {
        this.deliverables = deliverables;
        this.listingId = files.listingId();
        this.refresh = refresh;
        setId("deliverable-upload");
        DeliverableInfo current = files.current();
        Div currentBox = new Div();
        currentBox.addClassName("dp-section");
        currentBox.add(new H2(getTranslation("delivery.deliverable.current")));
        if (current == null) {
            Paragraph none = new Paragraph(getTranslation("delivery.deliverable.none"));
            none.setId("no-deliverable");
            none.addClassName("dp-alert");
            currentBox.add(none);
        } else {
            Span hash = new Span(current.sha256());
            hash.addClassName("dp-hash");
            currentBox.add(new Facts()
                    .add("delivery.file.name", current.fileName(), "current-file-name")
                    .add("delivery.file.size", Formats.size(this, current.size()), "current-file-size")
                    .add("delivery.file.sha256", hash, "current-file-sha256")
                    .add("delivery.file.uploaded", Formats.dateTime(this, current.uploadedAt()), null));
        }

        upload = new Upload(this::receive);
        upload.setId("deliverable-file");
        upload.setUploadFormat(UploadFormat.RAW);
        upload.setMaxFiles(1);
        upload.setMaxFileSize(Deliverables.MAX_MEGABYTES * 1024 * 1024);
        upload.addAllFinishedListener(e -> upload.clearFileList());
        upload.addFileRejectedListener(e -> showError(e.getErrorMessage()));
        UploadTexts.apply(
                upload,
                this,
                "delivery.deliverable.add",
                "delivery.deliverable.drop",
                "delivery.upload.unsupported",
                Deliverables.MAX_MEGABYTES);
        error.setId("deliverable-error");
        error.addClassName("dp-error");
        error.getStyle().set("color", "var(--lumo-error-text-color)").set("font-weight", "600");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        Paragraph help = new Paragraph(getTranslation("delivery.deliverable.help", Deliverables.MAX_MEGABYTES));
        help.addClassName("dp-muted");
        Div uploadBox = new Div(
                new H2(getTranslation(
                        current == null ? "delivery.deliverable.upload" : "delivery.deliverable.replace")),
                help,
                upload,
                error);
        uploadBox.addClassName("dp-section");
        uploadBox.addClassName("dp-upload-box");
        add(currentBox, uploadBox);

        if (files.history().size() > 1) {
            UnorderedList earlier = new UnorderedList();
            files.history().stream()
                    .skip(1)
                    .forEach(f -> earlier.add(new ListItem(getTranslation(
                            "delivery.deliverable.earlier-row",
                            f.fileName(),
                            Formats.size(this, f.size()),
                            Formats.dateTime(this, f.uploadedAt()),
                            f.sha256().substring(0, 12)))));
            Div history = new Div(new H2(getTranslation("delivery.deliverable.earlier")), earlier);
            history.addClassName("dp-section");
            history.setId("deliverable-history");
            add(history);
        }
    }

    /** Runs in the upload request: the bytes go to the database as they arrive. */
    private void receive(UploadEvent event) throws IOException {
        UI ui = event.getUI();
        String name = event.getFileName();
        try (InputStream in = event.getInputStream()) {
            DeliverableInfo stored = deliverables.upload(listingId, name, in);
            ui.access(() -> uploaded(stored));
        } catch (InvalidDeliverable invalid) {
            ui.access(() -> showError(getTranslation(invalid.messageKey(), Deliverables.MAX_MEGABYTES)));
        }
    }

    void uploaded(DeliverableInfo stored) {
        error.setVisible(false);
        Notification.show(
                getTranslation("delivery.deliverable.saved", stored.fileName()),
                5000,
                Notification.Position.BOTTOM_CENTER);
        refresh.run();
    }

    void showError(String message) {
        error.setText(message == null || message.isBlank() ? getTranslation("delivery.upload.unsupported") : message);
        error.setVisible(true);
    }
}
