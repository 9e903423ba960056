package dataport.catalog;

import static dataport.shared.FileSignatures.extension;
import static dataport.shared.FileSignatures.startsWith;
import static dataport.shared.FileSignatures.tailContains;

import dataport.shared.FileSignatures;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Checks listing uploads by their bytes, never by what the browser claims: type from the content, the name's
 * extension must agree (a "sample.pdf" that is text is refused as mislabelled), cut-off files are refused, and images
 * must decode. Images are re-encoded as a thumbnail, so what buyers' browsers load is always our own JPEG.
 */
public final class UploadChecks {

    public static final int IMAGE_MAX_BYTES = 5 * 1024 * 1024;
    public static final int SAMPLE_MAX_BYTES = 10 * 1024 * 1024;
    /** Larger images would take hundreds of MB to decode (a "decompression bomb"). */
    static final int IMAGE_MAX_PIXELS_PER_SIDE = 6000;

    static final int THUMBNAIL_WIDTH = 480;

    static final String PDF = FileSignatures.PDF;
    static final String PNG = FileSignatures.PNG;
    static final String JPEG = FileSignatures.JPEG;
    static final String ZIP = "application/zip";
    static final String GZIP = "application/gzip";
    static final String CSV = "text/csv";
    static final String JSON = "application/json";
    static final String TEXT = "text/plain";

    private static final Map<String, String> BY_EXTENSION = Map.of(
            "pdf", PDF,
            "png", PNG,
            "jpg", JPEG,
            "jpeg", JPEG,
            "zip", ZIP,
            "gz", GZIP,
            "csv", CSV,
            "json", JSON,
            "txt", TEXT);

    private UploadChecks() {}

    /** A checked image: its type and size as uploaded, and a JPEG of it scaled down to the requested width. */
    public record CheckedImage(String contentType, int width, int height, byte[] thumbnail) {}

    static CheckedImage image(String fileName, byte[] bytes) {
        return image(fileName, bytes, IMAGE_MAX_BYTES, THUMBNAIL_WIDTH);
    }

    /**
     * The same checks for other modules' images (an exhibit's banner): JPEG or PNG by content, at most
     * {@code maxBytes}, decodable and not a decompression bomb; the result is re-encoded at most {@code width} wide.
     */
    public static CheckedImage image(String fileName, byte[] bytes, int maxBytes, int width) {
        int limit = maxBytes / (1024 * 1024);
        String type = typeOf(fileName, bytes, maxBytes);
        if (!type.equals(PNG) && !type.equals(JPEG)) {
            throw new InvalidUpload("workspace.upload.not-an-image", limit);
        }
        BufferedImage image = decode(bytes, limit);
        return new CheckedImage(type, image.getWidth(), image.getHeight(), scaled(image, width));
    }

    /** The content type of an acceptable sample. */
    static String sample(String fileName, byte[] bytes) {
        return typeOf(fileName, bytes, SAMPLE_MAX_BYTES);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String typeOf(String fileName, byte[] c, int maxBytes) {
        int limit = maxBytes / (1024 * 1024);
        if (c == null || c.length == 0) {
            throw new InvalidUpload("workspace.upload.empty", limit);
        }
        if (c.length > maxBytes) {
            throw new InvalidUpload("workspace.upload.too-large", limit);
        }
        String claimed = extension(fileName).map(BY_EXTENSION::get).orElse(null);
        Optional<String> sniffed = sniffBinary(c);
        if (sniffed.isEmpty() && !isText(c)) {
            throw new InvalidUpload("workspace.upload.unsupported", limit);
        }
        if (claimed == null) {
            throw new InvalidUpload("workspace.upload.unsupported", limit);
        }
        boolean claimsText = claimed.equals(CSV) || claimed.equals(JSON) || claimed.equals(TEXT);
        if (sniffed.isPresent() ? !sniffed.get().equals(claimed) : !claimsText) {
            throw new InvalidUpload("workspace.upload.mislabelled", limit);
        }
        if (!complete(claimed, c)) {
            throw new InvalidUpload("workspace.upload.corrupt", limit);
        }
        return claimed;
    }

    private static Optional<String> sniffBinary(byte[] c) {
        Optional<String> documentOrImage = FileSignatures.documentOrImage(c);
        if (documentOrImage.isPresent()) {
            return documentOrImage;
        }
        if (startsWith(c, new byte[] {'P', 'K', 3, 4}) || startsWith(c, new byte[] {'P', 'K', 5, 6})) {
            return Optional.of(ZIP);
        }
        if (c.length >= 2 && (c[0] & 0xFF) == 0x1F && (c[1] & 0xFF) == 0x8B) {
            return Optional.of(GZIP);
        }
        return Optional.empty();
    }

    /** UTF-8 (with or without BOM) and no control characters but tab, CR, LF and form feed. */
    private static boolean isText(byte[] c) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(c))
                    .toString();
            return text.chars().noneMatch(ch -> ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' && ch != '\f');
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** A truncated upload lacks the format's end marker. */
    private static boolean complete(String type, byte[] c) {
        return switch (type) {
            // The end-of-central-directory record sits in the last 22 bytes plus an optional comment (< 64 KB).
            case ZIP -> tailContains(c, new byte[] {'P', 'K', 5, 6}, 65_600);
            default -> FileSignatures.endsComplete(type, c);
        };
    }

    private static BufferedImage decode(byte[] bytes, int limit) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new InvalidUpload("workspace.upload.corrupt", limit);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > IMAGE_MAX_PIXELS_PER_SIDE || height > IMAGE_MAX_PIXELS_PER_SIDE) {
                    throw new InvalidUpload("workspace.upload.image-dimensions", IMAGE_MAX_PIXELS_PER_SIDE);
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidUpload invalid) {
                throw invalid;
            }
            throw new InvalidUpload("workspace.upload.corrupt", limit);
        }
    }

    /** A JPEG at most {@code width} pixels wide, transparent areas on white. */
    private static byte[] scaled(BufferedImage image, int width) {
        double scale = Math.min(1.0, (double) width / image.getWidth());
        int w = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int h = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage thumb = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = thumb.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.drawImage(image, 0, 0, w, h, null);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(thumb, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
