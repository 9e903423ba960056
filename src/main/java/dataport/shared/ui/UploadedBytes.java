package dataport.shared.ui;

import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.BiConsumer;

/**
 * The one way the site's uploads read a file: at most one byte over the limit, so a forged multi-gigabyte request is
 * never buffered whole (Vaadin's {@code UploadHandler.inMemory} would), yet a file just too large is still told apart
 * and refused with the usual message by whoever checks it.
 */
public final class UploadedBytes {

    private UploadedBytes() {}

    /**
     * A handler for {@code new Upload(...)} that reads at most {@code maxBytes + 1} bytes and then passes the file's name
     * and bytes to {@code received} with the UI's session locked (so it may change components).
     */
    public static UploadHandler upTo(int maxBytes, BiConsumer<String, byte[]> received) {
        return event -> {
            byte[] bytes;
            try (InputStream in = event.getInputStream()) {
                bytes = readCapped(in, maxBytes);
            }
            String fileName = event.getFileName();
            event.getUI().access(() -> received.accept(fileName, bytes));
        };
    }

    /** At most one byte more than {@code maxBytes}: enough to tell a file is too large. */
    public static byte[] readCapped(InputStream in, int maxBytes) throws IOException {
        return in.readNBytes(maxBytes + 1);
    }
}
