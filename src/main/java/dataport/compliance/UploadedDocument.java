package dataport.compliance;

import dataport.shared.FileSignatures;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A supporting document of an assessment, checked by its content (a complete PDF), never by its name or the type the
 * browser claims.
 */
public record UploadedDocument(String name, byte[] content, String sha256) {

    public static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PDF_END = "%%EOF".getBytes(StandardCharsets.US_ASCII);

    /** The checked document, or the translation key of what is wrong with it. */
    public static Checked check(String name, byte[] content) {
        if (content == null || content.length == 0) {
            return new Checked(null, "compliance.document.error.empty");
        }
        if (content.length > MAX_BYTES) {
            return new Checked(null, "compliance.document.error.large");
        }
        Optional<String> extension = FileSignatures.extension(name == null ? "" : name);
        if (!FileSignatures.startsWith(content, PDF)
                || extension.filter("pdf"::equals).isEmpty()) {
            return new Checked(null, "compliance.document.error.type");
        }
        if (!FileSignatures.tailContains(content, PDF_END, 1024)) {
            return new Checked(null, "compliance.document.error.truncated");
        }
        return new Checked(new UploadedDocument(name, content, sha256(content)), null);
    }

    public record Checked(UploadedDocument document, String errorKey) {}

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
