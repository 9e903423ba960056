package dataport.compliance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dataport.IntegrationTest;
import dataport.catalog.DataClassification;
import dataport.catalog.DemoSignIn;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who may download the PDF a buyer filed with a pre-transfer assessment. */
@IntegrationTest
class AssessmentDocumentAccessTest {

    private static final byte[] PDF =
            "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    ApplicationContext context;

    @Autowired
    AssessmentService assessments;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void complianceStaffAdminsAndTheBuyerDownloadTheDocumentAndNobodyElseLearnsItExists() {
        CrossBorderFixtures f = new CrossBorderFixtures(context);
        long order = f.order(f.listing(DataClassification.IMPORTANT, l -> true), "DE");
        UploadedDocument document = UploadedDocument.check("contract.pdf", PDF).document();
        long assessment = assessments.file(order, CrossBorderFixtures.completeAnswers(), document);

        for (String allowed : new String[] {DemoSignIn.BUYER, DemoSignIn.COMPLIANCE, DemoSignIn.ADMIN}) {
            DemoSignIn.as(f.signIn, allowed);
            assertThat(assessments.document(assessment)).as(allowed).get().satisfies(d -> {
                assertThat(d.name()).isEqualTo("contract.pdf");
                assertThat(d.content()).isEqualTo(PDF);
                assertThat(d.sha256()).isEqualTo(document.sha256());
            });
        }
        for (String refused : new String[] {DemoSignIn.MERCHANT, "curator@dataport.example"}) {
            DemoSignIn.as(f.signIn, refused);
            assertThat(assessments.document(assessment)).as(refused).isEmpty();
        }
        SecurityContextHolder.clearContext();
        assertThatThrownBy(() -> assessments.document(assessment))
                .as("anonymous")
                .isNotNull();
    }
}
