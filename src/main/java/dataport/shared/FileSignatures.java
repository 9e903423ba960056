package dataport.shared;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Byte tests for recognising a file's type from its content, not its name (uploads of documents, images, samples),
 * and the name's extension to hold that type against.
 */
public final class FileSignatures {

    public static final String PDF = "application/pdf";
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] PNG_END = {'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};

    private FileSignatures() {}

    /** {@link #PDF}, {@link #PNG} or {@link #JPEG} when {@code content} begins as one does; empty for anything else. */
    public static Optional<String> documentOrImage(byte[] content) {
        if (startsWith(content, new byte[] {'%', 'P', 'D', 'F', '-'})) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (content.length >= 3
                && (content[0] & 0xFF) == 0xFF
                && (content[1] & 0xFF) == 0xD8
                && (content[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        return Optional.empty();
    }

    /**
     * Whether a PDF, PNG or JPEG ends with its format's end marker (PDF {@code %%EOF}, PNG's IEND chunk, JPEG's EOI),
     * which a cut-off upload lacks; true for any other type (this test knows nothing of them).
     */
    public static boolean endsComplete(String type, byte[] content) {
        return switch (type) {
            case PDF -> tailContains(content, "%%EOF".getBytes(StandardCharsets.US_ASCII), 1024);
            case PNG -> content.length > PNG_SIGNATURE.length + PNG_END.length && tailContains(content, PNG_END, 64);
            case JPEG -> tailContains(content, new byte[] {(byte) 0xFF, (byte) 0xD9}, 64);
            default -> true;
        };
    }

    /** Whether {@code content} begins with {@code prefix}. */
    public static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** Whether {@code marker} occurs within the last {@code window} bytes (plus the marker's length) of {@code content}. */
    public static boolean tailContains(byte[] content, byte[] marker, int window) {
        int from = Math.max(0, content.length - window - marker.length);
        for (int i = content.length - marker.length; i >= from; i--) {
            if (Arrays.equals(content, i, i + marker.length, marker, 0, marker.length)) {
                return true;
            }
        }
        return false;
    }

    /** The part of {@code fileName} after its last dot, in lower case; empty when there is no dot or no name. */
    public static Optional<String> extension(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        int dot = fileName.lastIndexOf('.');
        return dot < 0
                ? Optional.empty()
                : Optional.of(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
