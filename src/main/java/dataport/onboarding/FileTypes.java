package dataport.onboarding;

import dataport.shared.FileSignatures;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises the accepted document types from their first and last bytes, never from the name a browser sends, and
 * refuses files whose name claims another type or whose content is cut off.
 */
final class FileTypes {

    static final long MAX_SIZE = 10L * 1024 * 1024;

    static final String PDF = FileSignatures.PDF;
    static final String PNG = FileSignatures.PNG;
    static final String JPEG = FileSignatures.JPEG;

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
        Optional<String> sniffed = FileSignatures.documentOrImage(content);
        if (sniffed.isEmpty()) {
            // Whatever its name says (a "contract.pdf" that is really text): its content is none of the accepted types.
            return new Refused("onboarding.document.unsupported");
        }
        String type = sniffed.get();
        Optional<String> claimed = fromName(fileName);
        if (claimed.isEmpty() || !claimed.get().equals(type)) {
            return new Refused("onboarding.document.mislabelled");
        }
        if (!FileSignatures.endsComplete(type, content)) {
            return new Refused("onboarding.document.corrupt");
        }
        return new Accepted(type);
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
}
