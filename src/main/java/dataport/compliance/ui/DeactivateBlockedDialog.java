package dataport.compliance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import dataport.compliance.BlockedRecipientRow;
import dataport.compliance.NewBlockedRecipient;
import dataport.shared.ui.LengthLimits;
import java.util.function.Consumer;

/** Asks why an entry comes off the blocked list; a blank or over-long reason is refused and the dialog stays open. */
class DeactivateBlockedDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button confirm = new Button();

    DeactivateBlockedDialog(BlockedRecipientRow r, Consumer<String> onConfirm) {
        setHeaderTitle(getTranslation("compliance.blocked.deactivate-title", r.name() == null ? "" : r.name()));
        reason.setLabel(getTranslation("compliance.blocked.deactivate-reason"));
        reason.setId("blocked-deactivate-reason");
        reason.setWidthFull();
        LengthLimits.guard(reason, this, NewBlockedRecipient.REASON_MAX);
        add(reason);
        confirm.setText(getTranslation("compliance.blocked.deactivate"));
        confirm.setId("blocked-deactivate-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        confirm.addClickListener(e -> {
            if (!LengthLimits.check(reason, this, NewBlockedRecipient.REASON_MAX)) {
                return;
            }
            if (reason.getValue().isBlank()) {
                reason.setErrorMessage(getTranslation("compliance.blocked.error.required"));
                reason.setInvalid(true);
                return;
            }
            onConfirm.accept(reason.getValue());
            close();
        });
        Button cancel = new Button(getTranslation("compliance.blocked.cancel"), e -> close());
        getFooter().add(cancel, confirm);
    }
}
