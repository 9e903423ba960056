package dataport.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads an uploaded spreadsheet: CSV in any common encoding (UTF-8 with or without BOM, UTF-16 with BOM, GB18030 and
 * its subset GBK, else Windows-1252) and delimiter (comma, semicolon, tab, bar), or XLSX (the first sheet). Files
 * that are too large or not spreadsheets are refused with a translatable reason, never half-read.
 */
public final class SheetReader {

    public static final int MAX_BYTES = 20 * 1024 * 1024;
    public static final int MAX_ROWS = 20_000;
    public static final int MAX_COLUMNS = 100;
    public static final int MAX_CELL_CHARS = 20_000;

    private static final char[] DELIMITERS = {',', ';', '\t', '|'};
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    static {
        // An XLSX is a zip: refuse zip bombs (a tiny file that inflates to gigabytes) before POI reads them.
        ZipSecureFile.setMinInflateRatio(0.005);
        ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
    }

    private SheetReader() {}

    public static Sheet read(String fileName, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new ImportFileException("import.file.too-large", MAX_BYTES / (1024 * 1024));
        }
        if (bytes.length == 0) {
            throw new ImportFileException("import.file.empty");
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04)) {
            return readXlsx(fileName, bytes);
        }
        if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0) || name.endsWith(".xls")) {
            throw new ImportFileException("import.file.old-excel");
        }
        if (name.endsWith(".xlsx")) {
            throw new ImportFileException("import.file.corrupt");
        }
        return readCsv(fileName, bytes);
    }

    // ---- CSV

    static Sheet readCsv(String fileName, byte[] bytes) {
        Decoded decoded = decode(bytes);
        String text = decoded.text();
        if (text.indexOf('\0') >= 0) {
            throw new ImportFileException("import.file.not-text");
        }
        char delimiter = detectDelimiter(text);
        List<List<String>> records = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> it = parser.iterator();
            while (it.hasNext()) {
                CSVRecord record = it.next();
                if (records.size() > MAX_ROWS) {
                    throw new ImportFileException("import.file.too-many-rows", MAX_ROWS);
                }
                records.add(record.toList());
            }
        } catch (UncheckedIOException | IllegalStateException | IOException e) {
            throw new ImportFileException("import.file.bad-csv", e);
        }
        return toSheet(fileName, records, decoded.charset().name(), delimiter);
    }

    record Decoded(String text, Charset charset) {}

    /** Byte-order marks first; then strict UTF-8; then GB18030 (Chinese exports); Windows-1252 last (never fails). */
    static Decoded decode(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(
                    new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), StandardCharsets.UTF_16LE);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(
                    new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), StandardCharsets.UTF_16BE);
        }
        Charset sixteen = utf16WithoutBom(bytes);
        if (sixteen != null) {
            return new Decoded(new String(bytes, sixteen), sixteen);
        }
        for (Charset charset : List.of(StandardCharsets.UTF_8, GB18030)) {
            try {
                String text = charset.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes))
                        .toString();
                return new Decoded(text, charset);
            } catch (CharacterCodingException e) {
                // try the next one
            }
        }
        return new Decoded(new String(bytes, WINDOWS_1252), WINDOWS_1252);
    }

    /** Text in UTF-16 without a BOM has a zero byte in most odd (LE) or even (BE) places of its ASCII characters. */
    private static Charset utf16WithoutBom(byte[] bytes) {
        int n = Math.min(bytes.length, 4000) & ~1;
        if (n < 8) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            if (bytes[i] == 0) evenZeros++;
            if (bytes[i + 1] == 0) oddZeros++;
        }
        int pairs = n / 2;
        if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.1) return StandardCharsets.UTF_16LE;
        if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.1) return StandardCharsets.UTF_16BE;
        return null;
    }

    /**
     * The delimiter that splits the first records into the most columns, the same number in each: parsed for real,
     * so quoted delimiters and quoted line breaks do not mislead it.
     */
    static char detectDelimiter(String text) {
        String head = text.length() > 64_000 ? text.substring(0, 64_000) : text;
        char best = ',';
        double bestScore = 0;
        for (char candidate : DELIMITERS) {
            double score = score(head, candidate);
            if (score > bestScore) {
                bestScore = score;
                best = candidate;
            }
        }
        return best;
    }

    private static double score(String head, char delimiter) {
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .get();
        List<Integer> widths = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(head), format)) {
            for (CSVRecord record : parser) {
                widths.add(record.size());
                if (widths.size() == 20) break;
            }
        } catch (IOException | RuntimeException e) {
            // The sample may end inside a quoted field; whatever was parsed still counts.
        }
        if (widths.isEmpty() || widths.getFirst() < 2) {
            return 0;
        }
        int header = widths.getFirst();
        long same = widths.stream().filter(w -> w == header).count();
        return header * ((double) same / widths.size());
    }

    // ---- XLSX

    private static Sheet readXlsx(String fileName, byte[] bytes) {
        List<List<String>> records = new ArrayList<>();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new ImportFileException("import.file.empty");
            }
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.getSheetAt(0);
            if (sheet.getLastRowNum() > MAX_ROWS + 1) {
                throw new ImportFileException("import.file.too-many-rows", MAX_ROWS);
            }
            for (Row row : sheet) {
                int width = Math.min(Math.max(row.getLastCellNum(), 0), MAX_COLUMNS + 1);
                List<String> values = new ArrayList<>(width);
                for (int c = 0; c < width; c++) {
                    values.add(text(row.getCell(c)));
                }
                // Row numbers in a sheet may skip; keep the data rows only.
                if (values.stream().anyMatch(v -> !v.isBlank())) {
                    records.add(values);
                }
            }
        } catch (ImportFileException e) {
            throw e;
        } catch (IOException
                | org.apache.poi.ooxml.POIXMLException
                | IllegalArgumentException
                | IllegalStateException
                | UnsupportedOperationException e) {
            throw new ImportFileException("import.file.corrupt", e);
        }
        return toSheet(fileName, records, null, (char) 0);
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue());
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? DateTimeFormatter.ISO_LOCAL_DATE.format(cell.getLocalDateTimeCellValue())
                        // A price typed as 12.5 is stored as the double 12.5: its shortest decimal form is exact.
                        : new BigDecimal(Double.toString(cell.getNumericCellValue()))
                                .stripTrailingZeros()
                                .toPlainString();
            default -> "";
        };
    }

    // ---- common

    private static Sheet toSheet(String fileName, List<List<String>> records, String encoding, char delimiter) {
        if (records.isEmpty()) {
            throw new ImportFileException("import.file.empty");
        }
        if (records.size() - 1 > MAX_ROWS) {
            throw new ImportFileException("import.file.too-many-rows", MAX_ROWS);
        }
        List<String> headers = new ArrayList<>();
        List<String> first = records.getFirst();
        if (first.size() > MAX_COLUMNS) {
            throw new ImportFileException("import.file.too-many-columns", MAX_COLUMNS);
        }
        for (int i = 0; i < first.size(); i++) {
            String header = clean(first.get(i)).strip();
            headers.add(header.isEmpty() || headers.contains(header) ? header + "#" + (i + 1) : header);
        }
        if (records.size() == 1) {
            throw new ImportFileException("import.file.no-rows");
        }
        List<List<String>> rows = new ArrayList<>(records.size() - 1);
        for (List<String> record : records.subList(1, records.size())) {
            List<String> row = new ArrayList<>(headers.size());
            for (int i = 0; i < headers.size(); i++) {
                String value = i < record.size() ? record.get(i) : "";
                if (value.length() > MAX_CELL_CHARS) {
                    throw new ImportFileException("import.file.cell-too-long", rows.size() + 2, MAX_CELL_CHARS);
                }
                row.add(clean(value));
            }
            if (row.stream().anyMatch(v -> !v.isBlank())) {
                rows.add(row);
            }
        }
        if (rows.isEmpty()) {
            throw new ImportFileException("import.file.no-rows");
        }
        return new Sheet(fileName, headers, rows, encoding, delimiter);
    }

    /** Drops control characters (keeping line breaks and tabs) and a stray BOM; the rest is kept as typed. */
    static String clean(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\t' || (cp >= 0x20 && cp != 0x7F && cp != 0xFEFF && !(cp >= 0x80 && cp < 0xA0))) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
