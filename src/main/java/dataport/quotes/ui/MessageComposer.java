package dataport.quotes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import dataport.quotes.QuoteRefused;
import dataport.quotes.QuoteService;
import dataport.shared.ui.LengthLimits;
import dataport.shared.ui.UploadTexts;
import dataport.shared.ui.UploadedBytes;

/**
 * A message to the other side, with at most one attachment (a PDF, PNG or JPEG, checked by its content on the server
 * when the message is sent). A refused message keeps its text and file.
 */
class MessageComposer extends Div {

    interface Sender {
        void send(String body, String fileName, byte[] content);
    }

    final TextArea text = new TextArea();
    final Upload upload;
    final Span attached = new Span();
    final Span error = new Span();
    final Button send = new Button();
    private String fileName;
    private byte[] content;

    MessageComposer(Sender sender) {
        addClassNames("dp-panel", "dp-quote-composer");
        setId("quote-composer");
        text.setLabel(getTranslation("quotes.composer.message"));
        text.setId("quote-message");
        text.setWidthFull();
        LengthLimits.guard(text, this, QuoteService.MESSAGE_MAX);
        int max = QuoteService.ATTACHMENT_MAX_BYTES;
        upload = new Upload(UploadedBytes.upTo(max, this::received));
        upload.setId("quote-upload");
        upload.setMaxFiles(1);
        // One byte over the limit reaches the server, which refuses it with the same message as any oversized file.
        upload.setMaxFileSize(max + 1);
        upload.setAcceptedFileTypes("application/pdf", ".pdf", "image/png", ".png", "image/jpeg", ".jpg", ".jpeg");
        UploadTexts.apply(
                upload,
                this,
                "quotes.composer.attach",
                "quotes.composer.drop",
                "quotes.refused.ATTACHMENT_UNSUPPORTED",
                max / (1024 * 1024));
        upload.addFileRejectedListener(e -> showError(e.getErrorMessage()));
        upload.addAllFinishedListener(e -> upload.clearFileList());
        attached.setId("quote-attached");
        attached.addClassName("dp-muted");
        error.setId("quote-composer-error");
        error.addClassName("dp-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        send.setText(getTranslation("quotes.composer.send"));
        send.setId("quote-message-send");
        send.addClickListener(e -> {
            error.setVisible(false);
            try {
                sender.send(text.getValue(), fileName, content);
                text.clear();
                received(null, null);
            } catch (QuoteRefused refused) {
                showError(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        add(text, upload, attached, error, send);
    }

    /** Keeps the file for the next "Send" (the server checks it then). */
    void received(String name, byte[] bytes) {
        this.fileName = name;
        this.content = bytes;
        attached.setText(name == null ? "" : getTranslation("quotes.composer.attached", name));
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
