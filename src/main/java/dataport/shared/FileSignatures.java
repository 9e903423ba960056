package dataport.shared;

import java.util.Arrays;

/** Byte tests for recognising a file's type from its content, not its name (uploads of documents, images, samples). */
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
}
