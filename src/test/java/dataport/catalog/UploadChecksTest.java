package dataport.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class UploadChecksTest {

    static byte[] png(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, 0xFF336699);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void anImageIsResizedToAJpegThumbnail() throws IOException {
        UploadChecks.CheckedImage checked = UploadChecks.image("photo.png", png(1200, 800));

        assertThat(checked.contentType()).isEqualTo("image/png");
        assertThat(checked.width()).isEqualTo(1200);
        BufferedImage thumb = ImageIO.read(new ByteArrayInputStream(checked.thumbnail()));
        assertThat(thumb.getWidth()).isEqualTo(UploadChecks.THUMBNAIL_WIDTH);
        assertThat(thumb.getHeight()).isEqualTo(320);
        assertThat(checked.thumbnail()[0] & 0xFF).isEqualTo(0xFF); // JPEG
    }

    @Test
    void emptyOversizedMislabelledAndCorruptImagesAreRefusedWithTheirReason() throws IOException {
        byte[] png = png(10, 10);
        assertRefused(() -> UploadChecks.image("a.png", new byte[0]), "workspace.upload.empty");
        assertRefused(
                () -> UploadChecks.image("a.png", new byte[UploadChecks.IMAGE_MAX_BYTES + 1]),
                "workspace.upload.too-large");
        assertRefused(() -> UploadChecks.image("a.jpg", png), "workspace.upload.mislabelled");
        assertRefused(() -> UploadChecks.image("a.png", Arrays.copyOf(png, 30)), "workspace.upload.corrupt");
        assertRefused(
                () -> UploadChecks.image("a.png", "not an image".getBytes(StandardCharsets.UTF_8)),
                "workspace.upload.mislabelled");
        assertRefused(
                () -> UploadChecks.image("doc.pdf", "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII)),
                "workspace.upload.not-an-image");
    }

    @Test
    void aPngWithValidMarkersButGarbageInsideIsCorrupt() throws IOException {
        byte[] png = png(10, 10);
        byte[] broken = png.clone();
        for (int i = 16; i < broken.length - 12; i++) {
            broken[i] = 0x42;
        }
        assertRefused(() -> UploadChecks.image("a.png", broken), "workspace.upload.corrupt");
    }

    @Test
    void samplesAreTypedByTheirBytes() {
        assertThat(UploadChecks.sample(
                        "prices.csv", "date,price\n2026-11-30,1.5\n中文,2\n".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("text/csv");
        assertThat(UploadChecks.sample("a.json", "{\"a\":1}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("application/json");
        assertThat(UploadChecks.sample("a.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("application/pdf");
        assertRefused(
                () -> UploadChecks.sample("a.pdf", "date,price\n".getBytes(StandardCharsets.UTF_8)),
                "workspace.upload.mislabelled");
        assertRefused(
                () -> UploadChecks.sample("run.exe", new byte[] {'M', 'Z', 0, 0, 1}), "workspace.upload.unsupported");
        assertRefused(
                () -> UploadChecks.sample("a.csv", new byte[] {'M', 'Z', 0, 0, 1}), "workspace.upload.unsupported");
        assertRefused(
                () -> UploadChecks.sample("cut.pdf", "%PDF-1.4\nno end".getBytes(StandardCharsets.US_ASCII)),
                "workspace.upload.corrupt");
        assertRefused(
                () -> UploadChecks.sample("big.csv", new byte[UploadChecks.SAMPLE_MAX_BYTES + 1]),
                "workspace.upload.too-large");
    }

    @Test
    void sha256IsTheHexDigest() {
        assertThat(UploadChecks.sha256("abc".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call)
                .isInstanceOf(InvalidUpload.class)
                .extracting("messageKey")
                .isEqualTo(key);
    }
}
