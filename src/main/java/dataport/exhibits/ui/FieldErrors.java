package dataport.exhibits.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import dataport.exhibits.ExhibitViolation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The editor's fields by the names the exhibit rules use, so each broken rule is shown next to its own field with the
 * rule's own message and values (a limit, a length); nothing in the view repeats the limits.
 */
final class FieldErrors {

    private final Component owner;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    FieldErrors(Component owner) {
        this.owner = owner;
    }

    void register(String name, HasValidation field) {
        fields.put(name, field);
    }

    boolean knows(String name) {
        return fields.containsKey(name);
    }

    void clear() {
        fields.values().forEach(f -> f.setInvalid(false));
    }

    /** Marks the fields named by the violations; returns those it has no field for (items, notes). */
    List<ExhibitViolation> show(List<ExhibitViolation> violations) {
        for (ExhibitViolation v : violations) {
            HasValidation field = fields.get(v.field());
            if (field != null && !field.isInvalid()) {
                field.setErrorMessage(message(owner, v));
                field.setInvalid(true);
            }
        }
        return violations.stream().filter(v -> !fields.containsKey(v.field())).toList();
    }

    /** Shows or clears the error of one field only, from a check of the whole form. */
    void showOnly(String name, List<ExhibitViolation> violations) {
        HasValidation field = fields.get(name);
        if (field == null) {
            return;
        }
        field.setInvalid(false);
        violations.stream().filter(v -> v.field().equals(name)).findFirst().ifPresent(v -> {
            field.setErrorMessage(message(owner, v));
            field.setInvalid(true);
        });
    }

    static String message(Component owner, ExhibitViolation v) {
        return owner.getTranslation(v.messageKey(), v.arguments().toArray());
    }
}
