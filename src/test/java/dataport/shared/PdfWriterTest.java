package dataport.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfWriterTest {

    private final PdfDocuments pdf = new PdfDocuments("");

    @Test
    void chineseAndEnglishTextComesBackOutOfThePdf() throws IOException {
        byte[] content;
        try (PdfWriter doc = pdf.create("test")) {
            content = doc.heading("Statement · 对账单")
                    .field("Merchant\n商家", "上海临港数据科技有限公司")
                    .table(new float[] {0.7f, 0.3f}, new boolean[] {false, true}, "Entry 条目", "Amount 金额")
                    .row("Merchant share 商家分成", "CNY 1,234.50")
                    .finish();
        }
        String text = text(content);
        assertThat(text).contains("Statement · 对账单").contains("上海临港数据科技有限公司").contains("CNY 1,234.50");
    }

    @Test
    void longTablesRepeatTheirHeaderOnEveryPage() throws IOException {
        byte[] content;
        try (PdfWriter doc = pdf.create("test")) {
            doc.table(new float[] {0.5f, 0.5f}, new boolean[] {false, true}, "Header 表头", "Amount");
            for (int i = 0; i < 200; i++) {
                doc.row("line " + i + " 行", Integer.toString(i));
            }
            content = doc.finish();
        }
        try (PDDocument document = Loader.loadPDF(content)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text.split("Header 表头", -1)).hasSize(document.getNumberOfPages() + 1);
            assertThat(text).contains("line 199 行").contains("1 / " + document.getNumberOfPages());
        }
    }

    @Test
    void longChineseTextWrapsBetweenCharactersAndEnglishBetweenWords() throws IOException {
        try (PdfWriter doc = pdf.create("test")) {
            var chinese = doc.lines("数".repeat(200), 10, 200);
            assertThat(chinese)
                    .hasSizeGreaterThan(5)
                    .allSatisfy(l -> assertThat(l).matches("数+"));
            var english = doc.lines("word ".repeat(100), 10, 200);
            assertThat(english)
                    .hasSizeGreaterThan(5)
                    .allSatisfy(l -> assertThat(l).doesNotEndWith("wor"));
            assertThat(String.join(" ", english).split(" +")).hasSize(100);
        }
    }

    @Test
    void charactersTheFontLacksBecomeQuestionMarksInsteadOfFailingTheDocument() {
        try (PdfWriter doc = pdf.create("test")) {
            assertThat(doc.printable("a\u0001b\uD83D\uDE00c")).isEqualTo("ab?c");
        }
    }

    @Test
    void amountsAreExactWithTheCurrencysOwnDigits() {
        assertThat(PdfWriter.exact(Money.ofMinor(123450, "CNY"))).isEqualTo("CNY 1,234.50");
        assertThat(PdfWriter.exact(Money.ofMinor(12000, "JPY"))).isEqualTo("JPY 12,000");
        assertThat(PdfWriter.exact(Money.ofMinor(-307, "USD"))).isEqualTo("USD -3.07");
    }

    @Test
    void aMissingFontIsAClearError() {
        PdfDocuments missing = new PdfDocuments("/nonexistent/font.ttc");
        assertThat(missing.available()).isFalse();
        assertThatThrownBy(() -> missing.create("x"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/nonexistent/font.ttc");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
