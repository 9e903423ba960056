package dataport.shared;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Makes the bilingual PDFs (receipts, statements). Chinese needs a font with CJK glyphs and TrueType outlines, which
 * PDFBox can embed as a subset (CFF-based OpenType fonts such as Noto Sans CJK it cannot subset): the file named by
 * {@code dataport.pdf.font}, else the first of {@link #CANDIDATES} that exists. {@code ./dataport run} and
 * {@code test} install Debian's {@code fonts-wqy-zenhei} when none is there.
 */
@Component
public class PdfDocuments {

    /** Debian's CJK fonts with TrueType outlines, best first. */
    public static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/arphic/uming.ttc",
            "/usr/share/fonts/truetype/arphic/ukai.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf");

    private final String configured;

    PdfDocuments(@Value("${dataport.pdf.font:}") String configured) {
        this.configured = configured == null ? "" : configured.strip();
    }

    /** The font file PDFs are written with, if there is one. */
    public Optional<Path> fontFile() {
        if (!configured.isEmpty()) {
            Path path = Path.of(configured);
            return Files.isReadable(path) ? Optional.of(path) : Optional.empty();
        }
        return CANDIDATES.stream().map(Path::of).filter(Files::isReadable).findFirst();
    }

    /** Whether PDFs can be made on this machine (pages hide or explain their PDF buttons when not). */
    public boolean available() {
        return fontFile().isPresent();
    }

    /**
     * A new A4 document. Throws {@link IllegalStateException} naming the missing font (and how to install it) when
     * there is none: a PDF with boxes instead of Chinese would be worse than none.
     */
    public PdfWriter create(String title) {
        Path file = fontFile().orElseThrow(() -> new IllegalStateException(missingFontMessage()));
        try {
            return new PdfWriter(title, load(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the PDF font " + file, e);
        }
    }

    String missingFontMessage() {
        return configured.isEmpty()
                ? "No font with Chinese glyphs for PDFs: install the Debian package fonts-wqy-zenhei "
                        + "(./dataport run and ./dataport test install it) or set dataport.pdf.font "
                        + "(DATAPORT_PDF_FONT) to a TrueType .ttf/.ttc file; looked for " + CANDIDATES
                : "The PDF font dataport.pdf.font=" + configured + " is missing or unreadable";
    }

    /** The font and what to close once the document is saved (a collection's file stays open until then). */
    record LoadedFont(TrueTypeFont font, AutoCloseable source) {}

    private static LoadedFont load(Path file) throws IOException {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (!name.endsWith(".ttc")) {
            TrueTypeFont font = new org.apache.fontbox.ttf.TTFParser()
                    .parse(new org.apache.pdfbox.io.RandomAccessReadBufferedFile(file.toFile()));
            return new LoadedFont(font, font);
        }
        TrueTypeCollection collection = new TrueTypeCollection(new File(file.toString()));
        AtomicReference<TrueTypeFont> first = new AtomicReference<>();
        // The first face is the proportional one (WenQuanYi Zen Hei, AR PL UMing CN); later ones are mono variants.
        collection.processAllFonts(font -> first.compareAndSet(null, font));
        if (first.get() == null) {
            collection.close();
            throw new IOException("No font in " + file);
        }
        return new LoadedFont(first.get(), collection);
    }
}
