package dataport.onboarding;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FileTypesTest {

    static final byte[] PDF = ("%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                    + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
            .getBytes();

    static final byte[] PNG = Applicants.PNG;

    static final byte[] JPEG = {
        (byte) 0xFF,
        (byte) 0xD8,
        (byte) 0xFF,
        (byte) 0xE0,
        0,
        0x10,
        'J',
        'F',
        'I',
        'F',
        0,
        1,
        1,
        0,
        0,
        1,
        0,
        1,
        0,
        0,
        (byte) 0xFF,
        (byte) 0xD9
    };

    @Test
    void acceptsPdfPngAndJpegNamedForWhatTheyAre() {
        assertThat(FileTypes.check("certificate.pdf", PDF)).isEqualTo(new FileTypes.Accepted("application/pdf"));
        assertThat(FileTypes.check("licence.PNG", PNG)).isEqualTo(new FileTypes.Accepted("image/png"));
        assertThat(FileTypes.check("scan.jpeg", JPEG)).isEqualTo(new FileTypes.Accepted("image/jpeg"));
        assertThat(FileTypes.check("scan.jpg", JPEG)).isEqualTo(new FileTypes.Accepted("image/jpeg"));
    }

    @Test
    void aPngRenamedToPdfIsRefusedAsMislabelled() {
        assertThat(FileTypes.check("certificate.pdf", PNG))
                .isEqualTo(new FileTypes.Refused("onboarding.document.mislabelled"));
    }

    @Test
    void aPdfWithoutAKnownExtensionIsRefusedAsMislabelled() {
        assertThat(FileTypes.check("certificate.docx", PDF))
                .isEqualTo(new FileTypes.Refused("onboarding.document.mislabelled"));
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThat(FileTypes.check("empty.pdf", new byte[0]))
                .isEqualTo(new FileTypes.Refused("onboarding.document.empty"));
        assertThat(FileTypes.check("empty.pdf", null)).isEqualTo(new FileTypes.Refused("onboarding.document.empty"));
    }

    @Test
    void tenMegabytesAreAcceptedButOneByteMoreIsRefused() {
        byte[] exactly = pdfOfSize(10 * 1024 * 1024);
        byte[] oneMore = pdfOfSize(10 * 1024 * 1024 + 1);

        assertThat(FileTypes.check("big.pdf", exactly)).isEqualTo(new FileTypes.Accepted("application/pdf"));
        assertThat(FileTypes.check("big.pdf", oneMore))
                .isEqualTo(new FileTypes.Refused("onboarding.document.too-large"));
    }

    @Test
    void randomBytesAreRefusedAsUnsupported() {
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        random[0] = 0x00; // make sure no magic number happens to appear

        assertThat(FileTypes.check("certificate.pdf", random))
                .isEqualTo(new FileTypes.Refused("onboarding.document.unsupported"));
        assertThat(FileTypes.check("certificate.bin", random))
                .isEqualTo(new FileTypes.Refused("onboarding.document.unsupported"));
    }

    @Test
    void textNamedLikeAPdfOrAnImageIsRefusedAsNotAnAcceptedType() {
        byte[] text = "This is not a PDF, only text pretending to be one.\n%%EOF\n".getBytes();

        assertThat(FileTypes.check("certificate.pdf", text))
                .isEqualTo(new FileTypes.Refused("onboarding.document.unsupported"));
        assertThat(FileTypes.check("scan.jpg", text))
                .isEqualTo(new FileTypes.Refused("onboarding.document.unsupported"));
    }

    @Test
    void aTruncatedPdfPngOrJpegIsRefusedAsCorrupt() {
        assertThat(FileTypes.check("cut.pdf", java.util.Arrays.copyOf(PDF, 40)))
                .isEqualTo(new FileTypes.Refused("onboarding.document.corrupt"));
        assertThat(FileTypes.check("cut.png", java.util.Arrays.copyOf(PNG, 30)))
                .isEqualTo(new FileTypes.Refused("onboarding.document.corrupt"));
        assertThat(FileTypes.check("cut.jpg", java.util.Arrays.copyOf(JPEG, 12)))
                .isEqualTo(new FileTypes.Refused("onboarding.document.corrupt"));
    }

    static byte[] pdfOfSize(int size) {
        byte[] bytes = new byte[size];
        java.util.Arrays.fill(bytes, (byte) ' ');
        System.arraycopy(PDF, 0, bytes, 0, 9);
        byte[] end = "\n%%EOF\n".getBytes();
        System.arraycopy(end, 0, bytes, size - end.length, end.length);
        return bytes;
    }
}
