package dataport.imports;

import dataport.catalog.CategoryRef;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a spreadsheet's columns and values become DataPort fields.
 *
 * @param columns the column header each field is read from (fields without one are not imported)
 * @param values per value-mapped field, the DataPort value chosen for each raw value (by its normalised form)
 * @param defaults per value-mapped field without a column, one DataPort value for every row (e.g. GENERAL)
 */
public record ImportMapping(
        Map<ImportField, String> columns,
        Map<ImportField, Map<String, String>> values,
        Map<ImportField, String> defaults) {

    public ImportMapping {
        columns = copy(columns);
        values = values == null ? Map.of() : Map.copyOf(values);
        defaults = copy(defaults);
    }

    public static ImportMapping empty() {
        return new ImportMapping(Map.of(), Map.of(), Map.of());
    }

    public Optional<String> column(ImportField field) {
        return Optional.ofNullable(columns.get(field));
    }

    /**
     * The suggested mapping of a sheet: each field takes the column whose header names it best (exact names first),
     * each column serves one field; then {@code saved} (the last import's mapping) wins wherever its column is still
     * there, and its value choices and defaults carry over.
     */
    public static ImportMapping suggest(List<String> headers, ImportMapping saved) {
        Map<ImportField, String> columns = new EnumMap<>(ImportField.class);
        for (int strength = 2; strength >= 1; strength--) {
            for (String header : headers) {
                if (columns.containsValue(header)) {
                    continue;
                }
                for (ImportField field : ImportField.values()) {
                    if (!columns.containsKey(field) && field.match(header) == strength) {
                        columns.put(field, header);
                        break;
                    }
                }
            }
        }
        if (saved != null) {
            saved.columns().forEach((field, header) -> {
                if (headers.contains(header)) {
                    columns.values().remove(header);
                    columns.put(field, header);
                }
            });
        }
        return new ImportMapping(
                columns, saved == null ? Map.of() : saved.values(), saved == null ? Map.of() : saved.defaults());
    }

    /**
     * The suggested mapping of {@code sheet}: by its headers as {@link #suggest(List, ImportMapping)}, then each text
     * column's language from its content. Exchanges often name a Chinese-only column "title" or "description": a
     * column on an English field whose cells are mostly Chinese moves to the Chinese field (when that one has no
     * column). Not the other way round: a Chinese export's Chinese-named column may well hold English or code.
     */
    public static ImportMapping suggest(Sheet sheet, ImportMapping saved) {
        ImportMapping mapping = suggest(sheet.headers(), saved);
        for (ImportField[] pair : BILINGUAL) {
            mapping = byLanguage(mapping, sheet, pair[0], pair[1]);
        }
        return mapping;
    }

    /** The English and Chinese field of each bilingual text. */
    private static final ImportField[][] BILINGUAL = {
        {ImportField.TITLE_EN, ImportField.TITLE_ZH},
        {ImportField.SUMMARY_EN, ImportField.SUMMARY_ZH},
        {ImportField.DESCRIPTION_EN, ImportField.DESCRIPTION_ZH}
    };

    /** Cells looked at per column to tell its language. */
    static final int LANGUAGE_SAMPLE = 200;

    private static ImportMapping byLanguage(ImportMapping mapping, Sheet sheet, ImportField en, ImportField zh) {
        String enColumn = mapping.columns().get(en);
        String zhColumn = mapping.columns().get(zh);
        if (enColumn != null
                && zhColumn == null
                && mostlyChinese(sheet, enColumn).orElse(false)) {
            return mapping.withColumn(en, null).withColumn(zh, enColumn);
        }
        return mapping;
    }

    /**
     * Whether most non-empty cells of the column (of the first {@value #LANGUAGE_SAMPLE}) are Chinese text: a cell is
     * when at least a third of its letters are Han characters. Empty when the column has no letters at all.
     */
    static Optional<Boolean> mostlyChinese(Sheet sheet, String header) {
        int column = sheet.headers().indexOf(header);
        if (column < 0) {
            return Optional.empty();
        }
        int chinese = 0;
        int other = 0;
        for (int r = 0; r < Math.min(sheet.size(), LANGUAGE_SAMPLE); r++) {
            String cell = sheet.cell(r, column);
            long han = cell.codePoints()
                    .filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                    .count();
            long letters = cell.codePoints().filter(Character::isLetter).count();
            if (letters == 0) {
                continue;
            }
            if (han * 3 >= letters) {
                chinese++;
            } else {
                other++;
            }
        }
        return chinese + other == 0 ? Optional.empty() : Optional.of(chinese > other);
    }

    /**
     * The DataPort value of {@code raw} in a column of {@code field}: the user's choice, else the suggestion; empty
     * when neither knows it.
     */
    public Optional<String> resolve(ImportField field, String raw, List<CategoryRef> categories) {
        String chosen = values.getOrDefault(field, Map.of()).get(ImportValues.key(raw));
        if (chosen != null && !chosen.isEmpty()) {
            return Optional.of(chosen);
        }
        return ImportValues.suggest(field, raw, categories);
    }

    public ImportMapping withColumn(ImportField field, String header) {
        Map<ImportField, String> next = new HashMap<>(columns);
        if (header == null || header.isEmpty()) {
            next.remove(field);
        } else {
            next.values().remove(header);
            next.put(field, header);
        }
        return new ImportMapping(next, values, defaults);
    }

    public ImportMapping withValue(ImportField field, String raw, String target) {
        Map<ImportField, Map<String, String>> next = new HashMap<>(values);
        Map<String, String> forField = new HashMap<>(next.getOrDefault(field, Map.of()));
        if (target == null || target.isEmpty()) {
            forField.remove(ImportValues.key(raw));
        } else {
            forField.put(ImportValues.key(raw), target);
        }
        next.put(field, Map.copyOf(forField));
        return new ImportMapping(columns, next, defaults);
    }

    public ImportMapping withDefault(ImportField field, String value) {
        Map<ImportField, String> next = new HashMap<>(defaults);
        if (value == null || value.isEmpty()) {
            next.remove(field);
        } else {
            next.put(field, value);
        }
        return new ImportMapping(columns, values, next);
    }

    private static <V> Map<ImportField, V> copy(Map<ImportField, V> map) {
        return map == null || map.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(map));
    }
}
