package dataport.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Byte tests for recognising a file's type from its content, not its name (uploads of documents, images, samples),
 * and the name's extension to hold that type against.
 */
public final class FileSignatures {

    private FileSignatures() {}

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
