package dataport.catalog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.formlayout.FormLayout;
import dataport.shared.Bilingual;

/** Small helpers the listing editor's sections share: labels, the two-column layout, bilingual values, errors. */
final class EditorFields {

    private EditorFields() {}

    /** Label and id; deliberately no maxLength, which would cut a pasted text without a word. */
    static <T extends Component & HasLabel> void label(T field, String key, String id) {
        field.setLabel(field.getTranslation(key));
        field.setId(id);
    }

    /** One column on a phone, English and Chinese side by side from 640 px. */
    static FormLayout twoColumns(Component... fields) {
        FormLayout layout = new FormLayout(fields);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
        return layout;
    }

    static void set(HasValue<?, String> en, HasValue<?, String> zh, Bilingual text) {
        en.setValue(nz(text == null ? null : text.en()));
        zh.setValue(nz(text == null ? null : text.zh()));
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Shows the message on the field; false when there is no field (the caller tries the next section). */
    static boolean show(HasValidation field, String message) {
        if (field == null) {
            return false;
        }
        field.setErrorMessage(message);
        field.setInvalid(true);
        return true;
    }
}
