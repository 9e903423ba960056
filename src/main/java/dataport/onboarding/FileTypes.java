package dataport.onboarding;

import static dataport.shared.FileSignatures.startsWith;
import static dataport.shared.FileSignatures.tailContains;

import java.util.Locale;
import java.util.Optional;

/**
 * Recognises the accepted document types from their first and last bytes, never from the name a browser sends, and
 * refuses files whose name claims another type or whose content is cut off.
 */
final class FileTypes {

    static final long MAX_SIZE = 10L * 1024 * 1024;

    static final String PDF = "application/pdf";
    static final String PNG = "image/png";
    static final String JPEG = "image/jpeg";

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] PNG_END = {'I', 'E', 'N', 'D', (byte) 0xAE, 0x42, 0x60, (byte) 0x82};

    private FileTypes() {}

    /** The content type of an acceptable file; otherwise the translation key of why it is refused. */
    sealed interface Verdict {}

    record Accepted(String contentType) implements Verdict {}

    record Refused(String messageKey) implements Verdict {}

    static Verdict check(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            return new Refused("onboarding.document.empty");
        }
        if (content.length > MAX_SIZE) {
            return new Refused("onboarding.document.too-large");
        }
        Optional<String> sniffed = sniff(content);
        if (sniffed.isEmpty()) {
            // Whatever its name says (a "contract.pdf" that is really text): its content is none of the accepted types.
            return new Refused("onboarding.document.unsupported");
        }
        String type = sniffed.get();
        Optional<String> claimed = fromName(fileName);
        if (claimed.isEmpty() || !claimed.get().equals(type)) {
            return new Refused("onboarding.document.mislabelled");
        }
        if (!complete(type, content)) {
            return new Refused("onboarding.document.corrupt");
        }
        return new Accepted(type);
    }

    static Optional<String> sniff(byte[] c) {
        if (startsWith(c, new byte[] {'%', 'P', 'D', 'F', '-'})) {
            return Optional.of(PDF);
        }
        if (startsWith(c, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        if (c.length >= 3 && (c[0] & 0xFF) == 0xFF && (c[1] & 0xFF) == 0xD8 && (c[2] & 0xFF) == 0xFF) {
            return Optional.of(JPEG);
        }
        return Optional.empty();
    }

    static Optional<String> fromName(String fileName) {
        if (fileName == null) {
            return Optional.empty();
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return Optional.of(PDF);
        }
        if (name.endsWith(".png")) {
            return Optional.of(PNG);
        }
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) {
            return Optional.of(JPEG);
        }
        return Optional.empty();
    }

    /** A truncated upload lacks the format's end marker: PDF {@code %%EOF}, PNG IEND chunk, JPEG EOI. */
    private static boolean complete(String type, byte[] c) {
        return switch (type) {
            case PDF -> tailContains(c, "%%EOF".getBytes(), 1024);
            case PNG -> c.length > PNG_SIGNATURE.length + PNG_END.length && tailContains(c, PNG_END, 64);
            case JPEG -> tailContains(c, new byte[] {(byte) 0xFF, (byte) 0xD9}, 64);
            default -> false;
        };
    }
}
