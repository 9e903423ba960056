package dataport.shared;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;

/**
 * An A4 document written top to bottom: headings, wrapped paragraphs, label/value fields and tables whose header
 * repeats on every page; page numbers at the foot. One embedded font (with Chinese glyphs) for everything; a character
 * the font lacks is written as "?" rather than failing the whole document. Not thread-safe: one per document.
 */
public final class PdfWriter implements AutoCloseable {

    private static final float MARGIN = 48;
    private static final float BODY = 9.5f;
    private static final float LEADING = 1.35f;
    private static final Color MUTED = new Color(0x55, 0x5e, 0x6b);
    private static final Color RULE = new Color(0xc8, 0xcd, 0xd4);

    private final PDDocument document = new PDDocument();
    private final PdfDocuments.LoadedFont loaded;
    private final PDType0Font font;
    private final CmapLookup glyphs;
    private PDPageContentStream stream;
    private float y;
    private float[] columns;
    private boolean[] rightAligned;
    private String[] header;

    PdfWriter(String title, PdfDocuments.LoadedFont loaded) throws IOException {
        this.loaded = loaded;
        this.font = PDType0Font.load(document, loaded.font(), true);
        this.glyphs = loaded.font().getUnicodeCmapLookup();
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreator("DataPort");
        newPage();
    }

    /**
     * An amount as printed on receipts and statements: ISO code, then the exact amount with every minor digit and
     * thousands separators ("CNY 1,234.50", "JPY 12,000", "USD -3.07"), the same in both languages.
     */
    public static String exact(Money money) {
        java.text.DecimalFormat format =
                new java.text.DecimalFormat("#,##0", java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
        int digits = Math.max(money.currency().getDefaultFractionDigits(), 0);
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return money.currency().getCurrencyCode() + " " + format.format(money.amount());
    }

    private static float width() {
        return PDRectangle.A4.getWidth() - 2 * MARGIN;
    }

    /** The document's title line. */
    public PdfWriter heading(String text) {
        return write(text, 16, true, Color.BLACK, 0, width(), false);
    }

    /** A section title, with a little room above it. */
    public PdfWriter subheading(String text) {
        space(8);
        return write(text, 11.5f, true, Color.BLACK, 0, width(), false);
    }

    public PdfWriter paragraph(String text) {
        return write(text, BODY, false, Color.BLACK, 0, width(), false);
    }

    /** Small grey print (time zone, rounding rules, how the document was made). */
    public PdfWriter note(String text) {
        return write(text, 7.5f, false, MUTED, 0, width(), false);
    }

    /** A label (left, grey) and its value (right, wrapped), on one line or more. */
    public PdfWriter field(String label, String value) {
        float labelWidth = width() * 0.36f;
        float height = Math.max(
                height(lines(label, 8.5f, labelWidth - 6), 8.5f),
                height(lines(value, BODY, width() - labelWidth), BODY));
        ensureRoom(height);
        float top = y;
        write(label, 8.5f, false, MUTED, 0, labelWidth - 6, false);
        y = top;
        write(value, BODY, false, Color.BLACK, labelWidth, width() - labelWidth, false);
        y = top - height - 2;
        return this;
    }

    public PdfWriter space(float points) {
        y -= points;
        return this;
    }

    /** A thin line across the page. */
    public PdfWriter rule() {
        ensureRoom(6);
        y -= 3;
        draw(() -> {
            stream.setStrokingColor(RULE);
            stream.setLineWidth(0.5f);
            stream.moveTo(MARGIN, y);
            stream.lineTo(MARGIN + width(), y);
            stream.stroke();
        });
        y -= 3;
        return this;
    }

    /**
     * Starts a table: column widths as fractions of the page width, which columns are right-aligned (amounts), and
     * the header, written now and again at the top of every further page until the next table.
     */
    public PdfWriter table(float[] fractions, boolean[] rightAligned, String... header) {
        if (fractions.length != rightAligned.length || fractions.length != header.length) {
            throw new IllegalArgumentException("A table needs a width, an alignment and a header per column");
        }
        this.columns = fractions.clone();
        this.rightAligned = rightAligned.clone();
        this.header = header.clone();
        writeHeader();
        return this;
    }

    /** A row of the current table; cells wrap within their column. */
    public PdfWriter row(String... cells) {
        return row(false, cells);
    }

    /** A row in bold: totals and balances. */
    public PdfWriter totalRow(String... cells) {
        return row(true, cells);
    }

    private PdfWriter row(boolean bold, String... cells) {
        if (columns == null || cells.length != columns.length) {
            throw new IllegalArgumentException("A row needs one cell per column of the current table");
        }
        float height = rowHeight(cells, 8.5f);
        if (y - height < MARGIN + 16) {
            newPage();
            writeHeader();
        }
        writeCells(cells, 8.5f, bold);
        return this;
    }

    private void writeHeader() {
        float height = rowHeight(header, 8);
        ensureRoom(height + 20);
        writeCells(header, 8, true);
        rule();
    }

    private float rowHeight(String[] cells, float size) {
        float height = 0;
        for (int i = 0; i < cells.length; i++) {
            height = Math.max(height, height(lines(cells[i], size, columns[i] * width() - 6), size));
        }
        return height;
    }

    private void writeCells(String[] cells, float size, boolean bold) {
        float top = y;
        float x = 0;
        float bottom = y;
        for (int i = 0; i < cells.length; i++) {
            y = top;
            float cellWidth = columns[i] * width() - 6;
            write(cells[i], size, bold, Color.BLACK, x, cellWidth, rightAligned[i]);
            bottom = Math.min(bottom, y);
            x += columns[i] * width();
        }
        y = bottom - 1.5f;
    }

    private PdfWriter write(
            String text, float size, boolean bold, Color color, float x, float maxWidth, boolean alignRight) {
        List<String> lines = lines(text, size, maxWidth);
        for (String line : lines) {
            ensureRoom(size * LEADING);
            y -= size * LEADING;
            float lineWidth = measure(line, size);
            float left = MARGIN + x + (alignRight ? maxWidth - lineWidth : 0);
            float baseline = y + size * 0.25f;
            draw(() -> {
                stream.beginText();
                stream.setFont(font, size);
                stream.setNonStrokingColor(color);
                if (bold) {
                    // The CJK font has no bold face: fill and stroke the outlines thinly instead.
                    stream.setRenderingMode(RenderingMode.FILL_STROKE);
                    stream.setStrokingColor(color);
                    stream.setLineWidth(size / 30);
                } else {
                    stream.setRenderingMode(RenderingMode.FILL);
                }
                stream.newLineAtOffset(left, baseline);
                stream.showText(line);
                stream.endText();
            });
        }
        return this;
    }

    private static float height(List<String> lines, float size) {
        return lines.size() * size * LEADING;
    }

    private void ensureRoom(float height) {
        if (y - height < MARGIN + 16) {
            newPage();
        }
    }

    /** Splits text into lines that fit: at spaces between Latin words, between any two Chinese characters. */
    List<String> lines(String text, float size, float maxWidth) {
        List<String> result = new ArrayList<>();
        for (String paragraph : printable(text == null ? "" : text).split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String token : tokens(paragraph)) {
                String candidate = line + token;
                if (line.isEmpty() || measure(candidate, size) <= maxWidth) {
                    line.append(token);
                } else {
                    result.add(line.toString().stripTrailing());
                    line = new StringBuilder(token.stripLeading());
                }
                while (measure(line.toString(), size) > maxWidth && line.length() > 1) {
                    int cut = line.length() - 1;
                    while (cut > 1 && measure(line.substring(0, cut), size) > maxWidth) {
                        cut--;
                    }
                    result.add(line.substring(0, cut));
                    line = new StringBuilder(line.substring(cut));
                }
            }
            result.add(line.toString().stripTrailing());
        }
        return result;
    }

    /** Words with their leading space, and each Han character on its own. */
    private static List<String> tokens(String paragraph) {
        List<String> tokens = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        paragraph.codePoints().forEach(cp -> {
            boolean han = Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                    || Character.UnicodeBlock.of(cp) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                    || Character.UnicodeBlock.of(cp) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
            if (han || cp == ' ') {
                if (!word.isEmpty() && !(cp == ' ' && word.toString().isBlank())) {
                    tokens.add(word.toString());
                    word.setLength(0);
                }
            }
            word.appendCodePoint(cp);
            if (han) {
                tokens.add(word.toString());
                word.setLength(0);
            }
        });
        if (!word.isEmpty()) {
            tokens.add(word.toString());
        }
        return tokens;
    }

    /** The text with tabs as spaces and every character the font cannot draw as "?". */
    String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.replace("\r\n", "\n").replace('\t', ' ').codePoints().forEach(cp -> {
            if (cp == '\n' || (cp >= ' ' && glyphs.getGlyphId(cp) != 0)) {
                out.appendCodePoint(cp);
            } else if (!Character.isISOControl(cp)) {
                out.append(cp == 0x00A0 || cp == 0x202F ? ' ' : '?');
            }
        });
        return out.toString();
    }

    private float measure(String text, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private interface Drawing {
        void run() throws IOException;
    }

    private void draw(Drawing drawing) {
        try {
            drawing.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() {
        draw(() -> {
            if (stream != null) {
                stream.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
        });
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    /** Writes page numbers ("1 / 3") and returns the finished document. */
    public byte[] finish() {
        draw(() -> {
            stream.close();
            stream = null;
            int pages = document.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                try (PDPageContentStream foot = new PDPageContentStream(
                        document, document.getPage(i), PDPageContentStream.AppendMode.APPEND, true)) {
                    String text = (i + 1) + " / " + pages;
                    foot.beginText();
                    foot.setFont(font, 7.5f);
                    foot.setNonStrokingColor(MUTED);
                    foot.newLineAtOffset(MARGIN + width() - measure(text, 7.5f), MARGIN / 2);
                    foot.showText(text);
                    foot.endText();
                }
            }
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        draw(() -> document.save(out));
        return out.toByteArray();
    }

    @Override
    public void close() {
        try {
            if (stream != null) {
                stream.close();
            }
            document.close();
            loaded.source().close();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot close the PDF", e);
        }
    }
}
