package dataport.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import dataport.e2e.pages.OnboardingPage;
import org.junit.jupiter.api.Test;

/**
 * What the wizard promises ("your answers are saved as you go"): an applicant who leaves in the middle of a step, by
 * the menu, finds every answer again, valid or not; a question that follows from an answer appears as soon as the
 * answer is given; a pasted text longer than a field may hold is refused with its limit, not cut.
 */
class OnboardingDraftTest extends E2eTest {

    @Test
    void answersSurviveLeavingMidStepFollowUpsAppearAtOnceAndNothingIsCut() {
        String email = NewAccounts.uniqueEmail("draft.keeper");
        NewAccounts.signUpVerifyAndSignIn(page, anotherPerson(), email, "Dana Keeper", "kept as I go, every answer");
        page.setViewportSize(1280, 900);
        OnboardingPage wizard = new OnboardingPage(page).open();

        wizard.origin("Outside mainland China (foreign)")
                .country("Germany")
                .type("legal-name-en", "Halbzeit Daten GmbH")
                .type("contact-email", "not an address yet");
        String pasted = "Halbzeit ".repeat(30); // 270 characters, the field takes 200
        wizard.type("legal-name-zh", pasted);
        wizard.field("contact-name").focus(); // leaving the field sends it, as a user moving on does
        wizard.waitForVaadin();
        assertThat(wizard.errorOf("legal-name-zh")).containsText("at most 200 characters");
        assertThat(wizard.field("legal-name-zh")).hasValue(pasted);
        screenshot("onboarding-too-long-desktop-en");

        wizard.leaveByTheMenu().open();

        assertThat(wizard.step()).hasAttribute("data-step", "ORGANISATION");
        assertThat(wizard.field("country")).hasValue("Germany");
        assertThat(wizard.field("legal-name-en")).hasValue("Halbzeit Daten GmbH");
        assertThat(wizard.field("contact-email")).hasValue("not an address yet");

        wizard.type("legal-name-zh", "")
                .type("registration-number", "HRB 123456")
                .type("contact-name", "Dana Keeper")
                .type("contact-email", "dana@halbzeit.example")
                .type("contact-phone", "+49 30 5555 0101")
                .next();
        assertThat(wizard.step()).hasAttribute("data-step", "DOCUMENTS");
        wizard.upload("certificate.pdf", "application/pdf", TestFiles.pdf("Halbzeit"));
        assertThat(wizard.documents()).hasCount(1);
        wizard.next();
        assertThat(wizard.step()).hasAttribute("data-step", "ASSESSMENT");

        assertThat(page.locator("#destinations")).isHidden();
        wizard.crossBorder("Inbound");
        wizard.waitForVaadin();
        assertThat(page.locator("#destinations")).isVisible(); // at once, not after "Next"
        wizard.category("Transport and logistics data");
        screenshot("onboarding-assessment-inbound-desktop-en");

        wizard.leaveByTheMenu().open();

        assertThat(wizard.step()).hasAttribute("data-step", "ASSESSMENT");
        assertThat(page.locator("#destinations")).isVisible();
        assertThat(page.locator("#cross-border vaadin-radio-button[checked]")).containsText("Inbound");
        wizard.next();
        assertThat(wizard.errorOf("destinations")).containsText("Choose at least one country or region.");
        assertThat(wizard.errorOf("data-description")).containsText("Please fill in this field.");
    }
}
