package dataport.quotes;

import dataport.shared.FileSignatures;
import java.util.Map;
import java.util.Optional;

/**
 * What a thread accepts as an attachment: a PDF, PNG or JPEG of at most {@link #MAX_BYTES}, recognised from its
 * content (never from the name a browser sends), whose name says the same type and whose content is complete.
 */
final class AttachmentChecks {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final Map<String, String> BY_EXTENSION = Map.of(
            "pdf", FileSignatures.PDF,
            "png", FileSignatures.PNG,
            "jpg", FileSignatures.JPEG,
            "jpeg", FileSignatures.JPEG);

    private AttachmentChecks() {}

    static CheckedFile check(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new QuoteRefused(QuoteRefused.Reason.ATTACHMENT_UNSUPPORTED, "attachment");
        }
        if (content.length > MAX_BYTES) {
            throw new QuoteRefused(QuoteRefused.Reason.ATTACHMENT_TOO_LARGE, "attachment", MAX_BYTES / (1024 * 1024));
        }
        Optional<String> sniffed = FileSignatures.documentOrImage(content);
        if (sniffed.isEmpty()) {
            throw new QuoteRefused(QuoteRefused.Reason.ATTACHMENT_UNSUPPORTED, "attachment");
        }
        String claimed =
                FileSignatures.extension(fileName).map(BY_EXTENSION::get).orElse(null);
        if (!sniffed.get().equals(claimed)) {
            throw new QuoteRefused(QuoteRefused.Reason.ATTACHMENT_MISLABELLED, "attachment");
        }
        if (!FileSignatures.endsComplete(sniffed.get(), content)) {
            throw new QuoteRefused(QuoteRefused.Reason.ATTACHMENT_CORRUPT, "attachment");
        }
        String name = fileName.length() > 255 ? fileName.substring(fileName.length() - 255) : fileName;
        return new CheckedFile(name, sniffed.get(), content);
    }
}
