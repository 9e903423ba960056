package dataport.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SheetReaderTest {

    static final String CHINESE_CSV = "编号,标题,价格,币种\nA-1,跨境物流数据接口,\"1,200.50\",人民币\nA-2,“数据安全”评估服务,99,USD\n";

    static byte[] bom(byte[] bom, byte[] text) {
        byte[] out = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, out, 0, bom.length);
        System.arraycopy(text, 0, out, bom.length, text.length);
        return out;
    }

    private static void assertChineseRows(Sheet sheet) {
        assertThat(sheet.headers()).containsExactly("编号", "标题", "价格", "币种");
        assertThat(sheet.size()).isEqualTo(2);
        assertThat(sheet.cell(0, 1)).isEqualTo("跨境物流数据接口");
        assertThat(sheet.cell(0, 2)).isEqualTo("1,200.50");
        assertThat(sheet.cell(1, 1)).isEqualTo("“数据安全”评估服务");
    }

    @Test
    void readsUtf8WithoutBom() {
        Sheet sheet = SheetReader.read("a.csv", CHINESE_CSV.getBytes(StandardCharsets.UTF_8));

        assertChineseRows(sheet);
        assertThat(sheet.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void readsUtf8WithBomAndDropsTheBom() {
        Sheet sheet = SheetReader.read(
                "a.csv",
                bom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, CHINESE_CSV.getBytes(StandardCharsets.UTF_8)));

        assertChineseRows(sheet);
    }

    @Test
    void readsUtf16LittleAndBigEndianWithBom() {
        assertChineseRows(SheetReader.read(
                "a.csv", bom(new byte[] {(byte) 0xFF, (byte) 0xFE}, CHINESE_CSV.getBytes(StandardCharsets.UTF_16LE))));
        assertChineseRows(SheetReader.read(
                "a.csv", bom(new byte[] {(byte) 0xFE, (byte) 0xFF}, CHINESE_CSV.getBytes(StandardCharsets.UTF_16BE))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"GB18030", "GBK"})
    void readsChineseExcelExportsInGbEncodings(String encoding) {
        Sheet sheet = SheetReader.read("a.csv", CHINESE_CSV.getBytes(Charset.forName(encoding)));

        assertChineseRows(sheet);
        assertThat(sheet.encoding()).isEqualTo("GB18030");
    }

    @Test
    void readsWesternTextThatIsNeitherUtf8NorChinese() {
        byte[] latin = "name;city\nCafé Données;Zürich\n".getBytes(Charset.forName("windows-1252"));
        // Windows-1252 bytes of é, ü are not valid UTF-8; GB18030 would turn them into Chinese, so check the result.
        Sheet sheet = SheetReader.read("a.csv", latin);

        assertThat(sheet.headers()).containsExactly("name", "city");
        assertThat(sheet.rows()).hasSize(1);
        assertThat(sheet.cell(0, 0)).isEqualTo("Café Données");
        assertThat(sheet.cell(0, 1)).isEqualTo("Zürich");
    }

    @ParameterizedTest
    @ValueSource(strings = {",", ";", "\t", "|"})
    void detectsTheDelimiter(String delimiter) {
        String csv = String.join(delimiter, "id", "title", "price") + "\n"
                + String.join(delimiter, "1", "\"Data, cleaned; and | tabbed\"", "10") + "\n"
                + String.join(delimiter, "2", "Plain", "20") + "\n";

        Sheet sheet = SheetReader.read("a.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(sheet.delimiter()).isEqualTo(delimiter.charAt(0));
        assertThat(sheet.headers()).containsExactly("id", "title", "price");
        assertThat(sheet.cell(0, 1)).isEqualTo("Data, cleaned; and | tabbed");
    }

    @Test
    void keepsLineBreaksInsideQuotedCells() {
        String csv = "id,description\r\n1,\"First line\r\nsecond line, with comma\"\r\n2,short\r\n";

        Sheet sheet = SheetReader.read("a.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(sheet.size()).isEqualTo(2);
        assertThat(sheet.cell(0, 1)).isEqualTo("First line\nsecond line, with comma");
    }

    @Test
    void keepsHostileContentAsPlainTextAndDropsControlCharacters() {
        String csv =
                "id,title\n1,\"<script>alert(1)</script>\"\n2,\"'; DROP TABLE listing; --\"\n3,=HYPERLINK(\"x\")\u0007\n";

        Sheet sheet = SheetReader.read("a.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(sheet.cell(0, 1)).isEqualTo("<script>alert(1)</script>");
        assertThat(sheet.cell(1, 1)).isEqualTo("'; DROP TABLE listing; --");
        assertThat(sheet.cell(2, 1)).doesNotContain("\u0007");
    }

    @Test
    void padsShortRowsSkipsBlankOnesAndNamesBlankHeaders() {
        String csv = "id,,title\n1\n\n,,\n2,x,Two\n";

        Sheet sheet = SheetReader.read("a.csv", csv.getBytes(StandardCharsets.UTF_8));

        assertThat(sheet.headers()).containsExactly("id", "#2", "title");
        assertThat(sheet.size()).isEqualTo(2);
        assertThat(sheet.cell(0, 2)).isEmpty();
    }

    @Test
    void readsTheFirstSheetOfAnXlsxWithNumbersAsTyped() throws IOException {
        byte[] xlsx = xlsx(
                List.of(List.of("编号", "标题", "价格"), List.of("X-1", "元宇宙展馆搭建", 12.5), List.of("X-2", "NFT 发行", 3000.0)));

        Sheet sheet = SheetReader.read("catalogue.xlsx", xlsx);

        assertThat(sheet.headers()).containsExactly("编号", "标题", "价格");
        assertThat(sheet.cell(0, 1)).isEqualTo("元宇宙展馆搭建");
        assertThat(sheet.cell(0, 2)).isEqualTo("12.5");
        assertThat(sheet.cell(1, 2)).isEqualTo("3000");
        assertThat(sheet.encoding()).isNull();
    }

    @Test
    void refusesCorruptFilesClearly() {
        assertRefused("a.xlsx", new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5}, "import.file.corrupt");
        assertRefused("a.xlsx", "not a workbook".getBytes(StandardCharsets.UTF_8), "import.file.corrupt");
        assertRefused("a.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}, "import.file.old-excel");
        assertRefused("a.csv", new byte[] {1, 0, 2, 0, 3, 0, 0, 0, 9, 9, 0, 0, 7, 1, 0, 0}, "import.file.not-text");
        assertRefused("a.csv", "id,title\n1,\"never closed\n".getBytes(StandardCharsets.UTF_8), "import.file.bad-csv");
        assertRefused("a.csv", new byte[0], "import.file.empty");
        assertRefused("a.csv", "id,title\n".getBytes(StandardCharsets.UTF_8), "import.file.no-rows");
    }

    @Test
    void refusesFilesOverTheLimits() {
        assertRefused("a.csv", new byte[SheetReader.MAX_BYTES + 1], "import.file.too-large");
        StringBuilder many = new StringBuilder("id,title\n");
        for (int i = 0; i <= SheetReader.MAX_ROWS; i++) {
            many.append(i).append(",t\n");
        }
        assertRefused("a.csv", many.toString().getBytes(StandardCharsets.UTF_8), "import.file.too-many-rows");
        String longCell = "id,title\n1," + "x".repeat(SheetReader.MAX_CELL_CHARS + 1) + "\n";
        assertRefused("a.csv", longCell.getBytes(StandardCharsets.UTF_8), "import.file.cell-too-long");
    }

    private static void assertRefused(String name, byte[] bytes, String key) {
        assertThatThrownBy(() -> SheetReader.read(name, bytes))
                .isInstanceOf(ImportFileException.class)
                .extracting(e -> ((ImportFileException) e).key())
                .isEqualTo(key);
    }

    static byte[] xlsx(List<List<Object>> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Catalogue");
            for (int r = 0; r < rows.size(); r++) {
                XSSFRow row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    Object value = rows.get(r).get(c);
                    if (value instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(String.valueOf(value));
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
