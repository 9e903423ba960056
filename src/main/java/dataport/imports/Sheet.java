package dataport.imports;

import java.util.List;

/**
 * A spreadsheet as read: its header row and its data rows (each padded or cut to the header's width).
 *
 * @param encoding the character set a CSV file was read with, or null for XLSX
 * @param delimiter the delimiter a CSV file uses, or 0 for XLSX
 */
public record Sheet(String fileName, List<String> headers, List<List<String>> rows, String encoding, char delimiter) {

    public Sheet {
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    public int size() {
        return rows.size();
    }

    /** The value of column {@code column} in data row {@code row}, never null. */
    public String cell(int row, int column) {
        List<String> values = rows.get(row);
        return column < values.size() ? values.get(column) : "";
    }
}
