package dataport.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dataport.e2e.NewAccounts.COMPLIANCE;
import static dataport.e2e.NewAccounts.DEMO_PASSWORD;

import com.microsoft.playwright.Page;
import dataport.e2e.pages.ApplicationReviewPage;
import dataport.e2e.pages.LoginPage;
import dataport.e2e.pages.MyListingsPage;
import dataport.e2e.pages.NewListingPage;
import dataport.e2e.pages.OnboardingPage;
import dataport.e2e.pages.ReviewQueuePage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Issue 3's whole story in the browser: a foreign organisation signs up, applies, is asked to change one answer,
 * corrects it, is approved by a compliance officer and then creates its first listing.
 */
class OnboardingFlowTest extends E2eTest {

    @Test
    void aForeignMerchantAppliesCorrectsWhatTheOfficerAskedIsApprovedAndCreatesAListing() {
        long run = System.currentTimeMillis();
        String email = NewAccounts.uniqueEmail("amelia.tan");
        String password = "harbour lights over the strait";
        String organisation = "Starsea Data Pte. Ltd. " + run;
        Page admin = anotherPerson();
        NewAccounts.signUpVerifyAndSignIn(page, admin, email, "Amelia Tan", password);

        // Step 1: the organisation.
        OnboardingPage wizard = new OnboardingPage(page).open();
        assertThat(wizard.status()).hasAttribute("data-state", "DRAFT");
        assertThat(wizard.step()).hasAttribute("data-step", "ORGANISATION");
        wizard.origin("Outside mainland China (foreign)")
                .country("Singapore")
                .type("legal-name-zh", "星海数据私人有限公司")
                .type("legal-name-en", organisation)
                .type("registration-number", "202612345K")
                .type("website", "https://starsea-group.example")
                .type("contact-name", "Amelia Tan")
                .type("contact-email", "amelia.tan@starsea.example")
                .type("contact-phone", "+65 6123 4567")
                .next();
        assertThat(wizard.step()).hasAttribute("data-step", "DOCUMENTS");

        // Step 2: a text file that only calls itself .pdf is refused with a message; nothing chosen or typed is lost.
        wizard.documentKind("Other document");
        wizard.upload(
                "certificate-of-incorporation.pdf",
                "application/pdf",
                "Certificate of incorporation (typed, not scanned)".getBytes(StandardCharsets.UTF_8));
        assertThat(wizard.documentsError()).isVisible();
        assertThat(wizard.documentsError()).hasText("Only PDF, JPEG and PNG files are accepted.");
        assertThat(wizard.documents()).hasCount(0);
        assertThat(wizard.documentKind()).containsText("Other document");
        wizard.back();
        assertThat(wizard.step()).hasAttribute("data-step", "ORGANISATION");
        assertThat(wizard.field("legal-name-en")).hasValue(organisation);
        assertThat(wizard.field("legal-name-zh")).hasValue("星海数据私人有限公司");
        assertThat(wizard.field("country")).hasValue("Singapore");
        assertThat(wizard.field("contact-phone")).hasValue("+65 6123 4567");
        wizard.next();

        // A real PDF is accepted and listed (coming back, the step offers the required kind again).
        assertThat(wizard.documentKind()).containsText("Certificate of incorporation");
        byte[] certificate = TestFiles.pdf(organisation);
        wizard.upload("certificate-of-incorporation.pdf", "application/pdf", certificate);
        assertThat(wizard.documents()).hasCount(1);
        assertThat(wizard.documents()).containsText("certificate-of-incorporation.pdf");
        assertThat(wizard.documents()).hasAttribute("data-kind", "CERTIFICATE_OF_INCORPORATION");
        assertThat(wizard.documentsError()).isHidden();
        wizard.next();

        // Steps 3 and 4: data compliance and terms.
        assertThat(wizard.step()).hasAttribute("data-step", "ASSESSMENT");
        wizard.category("Business and company data")
                .classification("General")
                .personalInformation("No")
                .crossBorder("None")
                .description("Company registers and trade statistics of South-East Asia, licensed from the publishers.")
                .next();
        assertThat(wizard.step()).hasAttribute("data-step", "TERMS");
        wizard.acceptTerms().next();

        // Step 5: review and submit.
        assertThat(wizard.step()).hasAttribute("data-step", "REVIEW");
        assertThat(wizard.summaryValue("legalNameEn")).hasText(organisation);
        assertThat(wizard.summaryValue("website")).hasText("https://starsea-group.example");
        wizard.submit();
        assertThat(wizard.status()).hasAttribute("data-state", "SUBMITTED");

        // The officer, at another computer, asks for one change.
        Page officer = anotherPerson();
        new LoginPage(officer).open().signIn(COMPLIANCE, DEMO_PASSWORD);
        ApplicationReviewPage review = new ReviewQueuePage(officer).open().openApplication(organisation);
        assertThat(review.state()).hasAttribute("data-state", "SUBMITTED");
        assertThat(review.summaryValue("registrationNumber")).hasText("202612345K");
        assertThat(review.documents()).containsText("certificate-of-incorporation.pdf");
        assertThat(review.documents()).containsText("SHA-256 " + TestFiles.sha256(certificate)); // the very bytes
        String comment = "Please give the website of " + organisation + " itself, not of the group.";
        review.startReview().comment("Website", "website", comment).requestChanges();
        assertThat(review.state()).hasAttribute("data-state", "CHANGES_REQUESTED");

        // The merchant sees the comment, next to the field too, and corrects the field.
        wizard.open();
        assertThat(wizard.status()).hasAttribute("data-state", "CHANGES_REQUESTED");
        assertThat(wizard.reviewComment("website")).containsText(comment);
        assertThat(wizard.step()).hasAttribute("data-step", "ORGANISATION");
        assertThat(wizard.helperOf("website")).containsText(comment);
        wizard.type("website", "https://sg.starsea-data.example").nextUntil("REVIEW");
        assertThat(wizard.summaryValue("website")).hasText("https://sg.starsea-data.example");
        assertThat(wizard.submitButton()).hasText("Submit again");
        wizard.submit();
        assertThat(wizard.status()).hasAttribute("data-state", "SUBMITTED");

        // The officer sees the corrected answer and approves.
        review.reload();
        assertThat(review.state()).hasAttribute("data-state", "SUBMITTED");
        assertThat(review.summaryValue("website")).hasText("https://sg.starsea-data.example");
        review.startReview().approve();
        assertThat(review.state()).hasAttribute("data-state", "APPROVED");

        wizard.open();
        assertThat(wizard.status()).hasAttribute("data-state", "APPROVED");
        // Now a merchant, in the same session (no new sign-in): a first listing, saved as a draft and shown among the merchant's listings.
        String title = "South-East Asia company registers " + run;
        MyListingsPage listings = new NewListingPage(page)
                .open()
                .category("Cloud services / Cloud storage")
                .titles(title, "东南亚企业登记数据 " + run)
                .summaries("Registers of 10 countries, updated weekly.", "十个国家的企业登记数据，每周更新。")
                .delivery("API")
                .classification("General")
                .oneOffPlan("Annual extract", "1200", "CNY")
                .save();
        assertThat(listings.cellsWithText(title)).hasCount(1);
        assertThat(page.locator("#my-listings")).containsText("Draft");
    }
}
