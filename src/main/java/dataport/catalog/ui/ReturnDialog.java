package dataport.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import dataport.catalog.ListingRules;
import java.util.function.Consumer;

/** Asks for the comment a listing is returned with; refuses an empty or over-long one with a translated error. */
class ReturnDialog extends Dialog {

    ReturnDialog(Consumer<String> onReturn) {
        setHeaderTitle(getTranslation("review.batch.return"));
        TextArea comment = new TextArea(getTranslation("review.listings.comment"));
        comment.setId("batch-return-comment");
        comment.setWidthFull();
        Button send = new Button(getTranslation("review.batch.return"), e -> {
            String text = comment.getValue();
            if (text == null || text.isBlank() || text.length() > ListingRules.COMMENT_MAX) {
                comment.setErrorMessage(getTranslation("review.listings.comment-required"));
                comment.setInvalid(true);
                return;
            }
            close();
            onReturn.accept(text.strip());
        });
        send.setId("batch-return-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("review.batch.cancel"), e -> close());
        add(comment);
        getFooter().add(cancel, send);
    }
}
