package dataport.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DeliverableChecksTest {

    private static final byte[] CSV = "port,teu\nShanghai,47300000\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] ZIP_START = {'P', 'K', 3, 4, 20, 0, 0, 0};
    private static final byte[] ZIP_END = {'P', 'K', 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

    @Test
    void textFilesAreAcceptedByTheirExtensionWhenTheyAreUtf8Text() {
        assertThat(DeliverableChecks.typeOf("ports.csv", CSV)).isEqualTo("text/csv");
        assertThat(DeliverableChecks.typeOf("ports.json", "{\"a\":1}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("application/json");
        assertThat(DeliverableChecks.typeOf("港口.txt", "上海港".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("text/plain");
    }

    @Test
    void binaryFormatsAreRecognisedByTheirSignature() {
        assertThat(DeliverableChecks.typeOf("data.zip", ZIP_START)).isEqualTo("application/zip");
        assertThat(DeliverableChecks.typeOf("sheet.xlsx", ZIP_START)).contains("spreadsheetml");
        assertThat(DeliverableChecks.typeOf("data.csv.gz", new byte[] {0x1F, (byte) 0x8B, 8, 0}))
                .isEqualTo("application/gzip");
        assertThat(DeliverableChecks.typeOf("data.parquet", "PAR1xxxx".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("application/vnd.apache.parquet");
    }

    @Test
    void aNameThatLiesAboutTheContentIsRefused() {
        assertThatThrownBy(() -> DeliverableChecks.typeOf("data.zip", CSV))
                .isInstanceOf(InvalidDeliverable.class)
                .hasMessage("delivery.upload.mislabelled");
        assertThatThrownBy(() -> DeliverableChecks.typeOf("data.pdf", ZIP_START))
                .hasMessage("delivery.upload.mislabelled");
        assertThatThrownBy(() -> DeliverableChecks.typeOf("data.csv", ZIP_START))
                .hasMessage("delivery.upload.mislabelled");
    }

    @Test
    void unknownTypesEmptyFilesAndBinaryTextAreRefused() {
        assertThatThrownBy(() -> DeliverableChecks.typeOf("setup.exe", new byte[] {'M', 'Z', 0, 0}))
                .hasMessage("delivery.upload.unsupported");
        assertThatThrownBy(() -> DeliverableChecks.typeOf("data.csv", new byte[0]))
                .hasMessage("delivery.upload.empty");
        assertThatThrownBy(() -> DeliverableChecks.typeOf("data.csv", new byte[] {'a', 0, 1, 2}))
                .hasMessage("delivery.upload.not-text");
        assertThatThrownBy(() -> DeliverableChecks.typeOf("data.zip", new byte[] {'a', 0, 1, 2}))
                .hasMessage("delivery.upload.unsupported");
    }

    @Test
    void aChunkCutInsideAChineseCharacterIsStillText() {
        byte[] text = "上海港".getBytes(StandardCharsets.UTF_8);
        byte[] cut = java.util.Arrays.copyOf(text, text.length - 1);

        assertThat(DeliverableChecks.isText(cut)).isTrue();
    }

    @Test
    void aZipWithoutItsEndIsRefusedAsIncomplete() {
        DeliverableChecks.checkComplete("application/zip", concat(ZIP_START, ZIP_END));

        assertThatThrownBy(() -> DeliverableChecks.checkComplete("application/zip", ZIP_START))
                .hasMessage("delivery.upload.corrupt");
        assertThatThrownBy(() -> DeliverableChecks.checkComplete("application/pdf", "%PDF-1.7 ...".getBytes()))
                .hasMessage("delivery.upload.corrupt");
    }

    @Test
    void theLimitIs200Megabytes() {
        assertThat(DeliverableChecks.MAX_BYTES).isEqualTo(200L * 1024 * 1024);
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
