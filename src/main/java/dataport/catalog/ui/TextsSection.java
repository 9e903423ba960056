package dataport.catalog.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextFieldBase;
import java.util.Map;

/** An editor section made only of text fields, each known to the server's rules by one name ("titleEn"). */
abstract class TextsSection extends Div implements EditorSection {

    private Map<String, TextFieldBase<?, String>> fields = Map.of();

    /** Names the section's fields as the rules do; called once by the constructor. */
    final void own(Map<String, TextFieldBase<?, String>> fields) {
        this.fields = fields;
    }

    @Override
    public boolean showError(String field, String message) {
        return EditorFields.show(fields.get(field), message);
    }

    @Override
    public void clearErrors() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    @Override
    public void setEditable(boolean editable) {
        fields.values().forEach(f -> f.setReadOnly(!editable));
    }
}
