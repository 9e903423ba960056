package dataport.delivery.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextArea;
import dataport.delivery.InvalidNote;
import java.util.function.Consumer;

/**
 * "Mark delivered" with a note for the buyer (how to sign in, the line's details, the report's location). A refused
 * note keeps its text and shows the reason under the field.
 */
class MarkDeliveredForm extends Div {

    static final int NOTE_MAX = 4000;

    final TextArea note = new TextArea();
    final Button mark = new Button();

    MarkDeliveredForm(Consumer<String> markDelivered) {
        addClassName("dp-section");
        setId("mark-delivered");
        note.setId("delivery-note");
        note.setLabel(getTranslation("delivery.mark.note"));
        note.setHelperText(getTranslation("delivery.mark.note-help"));
        note.setWidthFull();
        note.setMinHeight("8rem");
        // No maxlength: the browser would cut a pasted note silently; the service refuses it with the limit named.
        mark.setText(getTranslation("delivery.mark.button"));
        mark.setId("mark-delivered-button");
        mark.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        mark.addClickListener(e -> {
            try {
                markDelivered.accept(note.getValue());
                note.setInvalid(false);
            } catch (InvalidNote invalid) {
                note.setErrorMessage(getTranslation(invalid.messageKey(), NOTE_MAX));
                note.setInvalid(true);
            }
        });
        Div actions = new Div(mark);
        actions.addClassName("dp-actions");
        add(new H2(getTranslation("delivery.mark.title")), note, actions);
    }
}
