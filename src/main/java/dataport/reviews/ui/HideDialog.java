package dataport.reviews.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import dataport.reviews.InvalidReview;
import dataport.reviews.ReviewRefused;
import dataport.reviews.ReviewRules;
import dataport.shared.ui.LengthLimits;
import java.util.function.Consumer;

/** Staff hide a review with a reason (kept with the review and in the audit trail); the typed reason stays on error. */
class HideDialog extends Dialog {

    final TextArea reason = new TextArea();

    HideDialog(Consumer<String> hide, Runnable hidden) {
        setHeaderTitle(getTranslation("reviews.hide.title"));
        reason.setId("hide-reason");
        reason.setLabel(getTranslation("reviews.hide.reason"));
        reason.setWidth("28rem");
        reason.setMaxWidth("100%");
        LengthLimits.guard(reason, this, ReviewRules.REASON_MAX);
        add(reason);
        Button confirm = new Button(getTranslation("reviews.hide.confirm"), e -> {
            reason.setInvalid(false);
            try {
                hide.accept(reason.getValue());
                close();
                hidden.run();
            } catch (InvalidReview invalid) {
                reason.setErrorMessage(
                        getTranslation(invalid.errors().values().iterator().next(), ReviewRules.REASON_MAX));
                reason.setInvalid(true);
            } catch (ReviewRefused refused) {
                reason.setErrorMessage(getTranslation(refused.messageKey()));
                reason.setInvalid(true);
            }
        });
        confirm.setId("hide-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("reviews.hide.cancel"), e -> close());
        getFooter().add(cancel, confirm);
    }
}
