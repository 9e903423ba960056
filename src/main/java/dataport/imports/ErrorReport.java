package dataport.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The downloadable list of rows that were not imported: line, field and reason (translated), then the row as it was
 * in the file, so it can be fixed and imported again. UTF-8 with a BOM, so spreadsheet programs show Chinese right.
 */
public final class ErrorReport {

    private ErrorReport() {}

    /**
     * @param fieldName the translated name of a field
     * @param message the translated reason of an error
     */
    public static byte[] csv(
            Sheet sheet,
            List<RowError> errors,
            String[] headings,
            Function<ImportField, String> fieldName,
            Function<RowError, String> message) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
            writer.write('\uFEFF');
            List<String> header = new ArrayList<>(List.of(headings));
            header.addAll(sheet.headers());
            csv.printRecord(header.stream().map(ErrorReport::inert).toList());
            for (RowError error : errors) {
                List<String> record = new ArrayList<>();
                record.add(Integer.toString(error.line()));
                record.add(error.field() == null ? "" : fieldName.apply(error.field()));
                record.add(message.apply(error));
                if (error.line() >= 2 && error.line() - 2 < sheet.size()) {
                    record.addAll(sheet.rows().get(error.line() - 2));
                }
                csv.printRecord(record.stream().map(ErrorReport::inert).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A cell a spreadsheet program would run as a formula ("=HYPERLINK(...)") is prefixed with an apostrophe. */
    static String inert(String cell) {
        if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
            return "'" + cell;
        }
        return cell;
    }
}
