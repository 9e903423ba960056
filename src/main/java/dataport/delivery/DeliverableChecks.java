package dataport.delivery;

import static dataport.shared.FileSignatures.extension;
import static dataport.shared.FileSignatures.startsWith;
import static dataport.shared.FileSignatures.tailContains;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * What a deliverable may be, judged by its bytes and not by what the browser claims: the type comes from the
 * content's signature and the name's extension must agree with it (a "data.zip" that is text is refused as
 * mislabelled); a cut-off ZIP, PDF or Parquet file lacks its end marker and is refused. Text types must be UTF-8
 * without control characters, checked on the first megabyte (a file of hundreds of MB is never held in memory).
 */
final class DeliverableChecks {

    static final long MAX_BYTES = 200L * 1024 * 1024;
    static final int MAX_MEGABYTES = 200;
    /** Bytes kept from the end of the stream for the end-marker checks (a ZIP comment may be up to 64 KB). */
    static final int TAIL_BYTES = 65_600;

    private static final Map<String, String> BY_EXTENSION = Map.ofEntries(
            Map.entry("pdf", "application/pdf"),
            Map.entry("zip", "application/zip"),
            Map.entry("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            Map.entry("gz", "application/gzip"),
            Map.entry("tgz", "application/gzip"),
            Map.entry("parquet", "application/vnd.apache.parquet"),
            Map.entry("csv", "text/csv"),
            Map.entry("json", "application/json"),
            Map.entry("jsonl", "application/x-ndjson"),
            Map.entry("txt", "text/plain"));

    private static final byte[] PARQUET = {'P', 'A', 'R', '1'};

    private DeliverableChecks() {}

    /** The content type of an acceptable deliverable, from its name and first bytes; refused otherwise. */
    static String typeOf(String fileName, byte[] head) {
        if (head.length == 0) {
            throw new InvalidDeliverable("delivery.upload.empty");
        }
        String claimed = extension(fileName).map(BY_EXTENSION::get).orElse(null);
        if (claimed == null) {
            throw new InvalidDeliverable("delivery.upload.unsupported");
        }
        Optional<String> family = sniff(head);
        boolean claimsText = claimed.startsWith("text/") || claimed.contains("json");
        if (family.isEmpty()) {
            if (!claimsText) {
                throw new InvalidDeliverable(
                        isText(head) ? "delivery.upload.mislabelled" : "delivery.upload.unsupported");
            }
            if (!isText(head)) {
                throw new InvalidDeliverable("delivery.upload.not-text");
            }
            return claimed;
        }
        if (family.get().equals("binary")) {
            throw new InvalidDeliverable(claimsText ? "delivery.upload.not-text" : "delivery.upload.unsupported");
        }
        boolean agrees = switch (family.get()) {
            case "zip" -> claimed.equals(BY_EXTENSION.get("zip")) || claimed.equals(BY_EXTENSION.get("xlsx"));
            case "pdf" -> claimed.equals(BY_EXTENSION.get("pdf"));
            case "gzip" -> claimed.equals(BY_EXTENSION.get("gz"));
            case "parquet" -> claimed.equals(BY_EXTENSION.get("parquet"));
            default -> false;
        };
        if (!agrees) {
            throw new InvalidDeliverable("delivery.upload.mislabelled");
        }
        return claimed;
    }

    /** Refuses a file whose end marker is missing (an upload cut off on the way). */
    static void checkComplete(String contentType, byte[] tail) {
        boolean complete = switch (contentType) {
            case "application/pdf" -> tailContains(tail, "%%EOF".getBytes(StandardCharsets.US_ASCII), 1024);
            case "application/zip", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" ->
                tailContains(tail, new byte[] {'P', 'K', 5, 6}, TAIL_BYTES);
            case "application/vnd.apache.parquet" -> tailContains(tail, PARQUET, 0);
            default -> true;
        };
        if (!complete) {
            throw new InvalidDeliverable("delivery.upload.corrupt");
        }
    }

    private static Optional<String> sniff(byte[] c) {
        if (startsWith(c, new byte[] {'%', 'P', 'D', 'F', '-'})) {
            return Optional.of("pdf");
        }
        if (startsWith(c, new byte[] {'P', 'K', 3, 4}) || startsWith(c, new byte[] {'P', 'K', 5, 6})) {
            return Optional.of("zip");
        }
        if (c.length >= 2 && (c[0] & 0xFF) == 0x1F && (c[1] & 0xFF) == 0x8B) {
            return Optional.of("gzip");
        }
        if (startsWith(c, PARQUET)) {
            return Optional.of("parquet");
        }
        if (!isText(c)) {
            return Optional.of("binary");
        }
        return Optional.empty();
    }

    /**
     * UTF-8 (with or without BOM) and no control characters but tab, CR, LF and form feed. The head may end inside a
     * multi-byte character: up to three trailing bytes of an unfinished sequence are not held against it.
     */
    static boolean isText(byte[] c) {
        for (int cut = 0; cut <= Math.min(3, c.length); cut++) {
            try {
                String text = StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(c, 0, c.length - cut))
                        .toString();
                return text.chars().noneMatch(ch -> ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r' && ch != '\f');
            } catch (CharacterCodingException e) {
                // try again without the last byte: it may be the start of a character cut at the chunk boundary
            }
        }
        return false;
    }
}
