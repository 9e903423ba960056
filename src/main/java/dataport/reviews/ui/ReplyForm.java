package dataport.reviews.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import dataport.reviews.InvalidReview;
import dataport.reviews.ReviewRefused;
import dataport.reviews.ReviewRules;
import dataport.shared.ui.LengthLimits;
import java.util.function.Consumer;

/** The merchant's one reply to a review (its language is detected); refused text stays in the field. */
class ReplyForm extends Div {

    final TextArea text = new TextArea();
    final Button send;
    private final Paragraph error = new Paragraph();

    ReplyForm(Consumer<String> reply, Runnable sent) {
        addClassName("dp-review-form");
        setId("reply-form");
        text.setId("reply-text");
        text.setLabel(getTranslation("reviews.reply.label"));
        text.setHelperText(getTranslation("reviews.reply.help"));
        text.setWidthFull();
        text.setMinHeight("6rem");
        LengthLimits.guard(text, this, ReviewRules.REPLY_MAX);
        error.addClassName("dp-error");
        error.setId("reply-error");
        error.setVisible(false);
        send = new Button(getTranslation("reviews.reply.send"), e -> {
            text.setInvalid(false);
            error.setVisible(false);
            try {
                reply.accept(text.getValue());
                sent.run();
            } catch (InvalidReview invalid) {
                text.setErrorMessage(
                        getTranslation(invalid.errors().values().iterator().next(), ReviewRules.REPLY_MAX));
                text.setInvalid(true);
            } catch (ReviewRefused refused) {
                error.setText(getTranslation(refused.messageKey()));
                error.setVisible(true);
            }
        });
        send.setId("reply-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(text, error, send);
    }
}
