package dataport.statistics.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The dashboard's figures for one month as an .xlsx workbook: one sheet per figure, headers in bold. */
final class MonthlyWorkbook {

    private MonthlyWorkbook() {}

    static byte[] of(String title, List<ChartCard.Figure> figures) {
        try (Workbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = book.createFont();
            bold.setBold(true);
            var header = book.createCellStyle();
            header.setFont(bold);
            int n = 1;
            for (ChartCard.Figure figure : figures) {
                String name = WorkbookUtil.createSafeSheetName(n++ + " " + figure.title());
                Sheet sheet = book.createSheet(name);
                Row titleRow = sheet.createRow(0);
                titleRow.createCell(0).setCellValue(title + " · " + figure.title());
                titleRow.getCell(0).setCellStyle(header);
                Row head = sheet.createRow(2);
                for (int c = 0; c < figure.headers().size(); c++) {
                    head.createCell(c).setCellValue(figure.headers().get(c));
                    head.getCell(c).setCellStyle(header);
                }
                int r = 3;
                for (List<String> row : figure.rows()) {
                    Row line = sheet.createRow(r++);
                    for (int c = 0; c < row.size(); c++) {
                        line.createCell(c).setCellValue(row.get(c));
                    }
                }
                for (int c = 0; c < figure.headers().size(); c++) {
                    sheet.setColumnWidth(c, 24 * 256);
                }
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
