package dataport.onboarding.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.shared.ui.UploadedBytes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class UploadLimitTest {

    @Test
    void anEndlessUploadIsReadOnlyUntilItIsKnownToBeTooLarge() throws IOException {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }
        };

        assertThat(UploadedBytes.readCapped(endless, DocumentsStep.MAX_UPLOAD_BYTES))
                .hasSize(DocumentsStep.MAX_UPLOAD_BYTES + 1);
    }

    @Test
    void aFileWithinTheLimitIsReadWhole() throws IOException {
        byte[] file = new byte[1234];

        assertThat(UploadedBytes.readCapped(new ByteArrayInputStream(file), DocumentsStep.MAX_UPLOAD_BYTES))
                .hasSize(1234);
    }
}
