package dataport.imports;

import java.util.List;

/**
 * Why a row cannot be imported.
 *
 * @param line the row's line in the spreadsheet (the header is line 1)
 * @param field the field at fault, or null for the row as a whole
 * @param key translation key of the reason
 * @param args the reason's arguments
 */
public record RowError(int line, ImportField field, String key, List<String> args) {

    public RowError {
        args = List.copyOf(args);
    }

    static RowError of(int line, ImportField field, String key, Object... args) {
        return new RowError(
                line,
                field,
                key,
                java.util.Arrays.stream(args).map(String::valueOf).toList());
    }
}
