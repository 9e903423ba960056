package dataport.shared.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;

/**
 * Length limits that refuse, never cut. A field's {@code maxlength} makes the browser drop whatever is pasted beyond
 * it without a word; instead the field keeps all that was typed and says how long it may be, in the reader's
 * language, with the limit of the domain rule that would refuse it.
 */
public final class LengthLimits {

    private static final String MARKED = LengthLimits.class.getName() + ".marked";

    private LengthLimits() {}

    /** Whether {@code value} is longer than {@code max} characters (as the domain rules count: UTF-16 units). */
    public static boolean isOver(String value, int max) {
        return value != null && value.length() > max;
    }

    public static String message(Component owner, String value, int max) {
        return owner.getTranslation("shared.length.too-long", max, value == null ? 0 : value.length());
    }

    /** For a Binder: refuses an over-long value with the message naming the limit. */
    public static Validator<String> validator(Component owner, int max) {
        return (value, context) ->
                isOver(value, max) ? ValidationResult.error(message(owner, value, max)) : ValidationResult.ok();
    }

    /**
     * For a field without a Binder: marks it invalid, with the message, as soon as its value is too long, and clears
     * that when it fits again. The check runs on the server, so nothing is lost on the way.
     */
    public static <F extends AbstractField<?, String> & HasValidation> void guard(F field, Component owner, int max) {
        // The field's own validation would clear the mark again at the next blur: the form validates by hand.
        field.setManualValidation(true);
        field.addValueChangeListener(e -> check(field, owner, max));
    }

    /** Marks {@code field} invalid when too long; true when it fits. Call it again before saving. */
    public static <F extends AbstractField<?, String> & HasValidation> boolean check(
            F field, Component owner, int max) {
        String value = field.getValue();
        if (isOver(value, max)) {
            field.setErrorMessage(message(owner, value, max));
            field.setInvalid(true);
            ComponentUtil.setData(field, MARKED, Boolean.TRUE);
            return false;
        }
        if (ComponentUtil.getData(field, MARKED) != null) {
            ComponentUtil.setData(field, MARKED, null);
            field.setInvalid(false);
        }
        return true;
    }
}
