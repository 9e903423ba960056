package dataport.exhibits;

import java.util.List;

/**
 * One broken rule of an exhibit's content: the field it concerns (as the editor names its fields: {@code slug},
 * {@code title.en}, {@code items.3.note.zh} ...), the translation key of the reason and the values the message names
 * (a limit, a count), so the message next to the field says exactly what the rule said.
 */
public record ExhibitViolation(String field, String messageKey, List<Object> arguments) {

    public ExhibitViolation {
        arguments = List.copyOf(arguments);
    }

    static ExhibitViolation of(String field, String messageKey, Object... arguments) {
        return new ExhibitViolation(field, messageKey, List.of(arguments));
    }

    /** The field name of the note of the item at {@code index} (0-based) in {@code "en"} or {@code "zh"}. */
    public static String noteField(int index, String language) {
        return "items." + index + ".note." + language;
    }
}
