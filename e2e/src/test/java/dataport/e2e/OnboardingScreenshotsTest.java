package dataport.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dataport.e2e.NewAccounts.COMPLIANCE;
import static dataport.e2e.NewAccounts.DEMO_PASSWORD;

import com.microsoft.playwright.Page;
import dataport.e2e.pages.ApplicationReviewPage;
import dataport.e2e.pages.LoginPage;
import dataport.e2e.pages.OnboardingPage;
import dataport.e2e.pages.ReviewQueuePage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Screenshots of the onboarding wizard's steps and of the staff pages that review an application, at desktop and
 * phone width, in English and Chinese (e2e/target/screenshots/onboarding-*, staff-*), with long names on purpose; on
 * the way it checks that nothing overflows sideways and, at desktop width, that axe-core finds no serious
 * accessibility violation.
 */
class OnboardingScreenshotsTest extends E2eTest {

    private static final List<String> STEPS = List.of("ORGANISATION", "DOCUMENTS", "ASSESSMENT", "TERMS", "REVIEW");
    private static final List<String> LOCALES = List.of("en-US", "zh-CN");

    @Test
    void theWizardAndTheReviewPagesAtBothWidthsInBothLanguages() {
        String email = NewAccounts.uniqueEmail("screenshots.merchant.with.a.rather.long.address");
        String password = "screenshots of every step";
        String organisation = "Pacific Rim Maritime Logistics and Data Analytics Holdings Pte. Ltd. "
                + System.currentTimeMillis();
        NewAccounts.signUpVerifyAndSignIn(page, anotherPerson(), email, "Wei Ling", password);
        OnboardingPage wizard = new OnboardingPage(page).open();
        wizard.origin("Outside mainland China (foreign)")
                .country("Singapore")
                .type("legal-name-zh", "环太平洋海事物流与数据分析控股私人有限公司")
                .type("legal-name-en", organisation)
                .type("registration-number", "201912345W")
                .type("website", "https://pacific-rim-maritime-logistics.example/about/company")
                .type("contact-name", "Wei Ling")
                .type("contact-email", "compliance.team@pacific-rim-maritime-logistics.example")
                .type("contact-phone", "+65 6123 4567")
                .next();
        wizard.upload("not-really.pdf", "application/pdf", "plain text".getBytes(StandardCharsets.UTF_8));
        assertThat(wizard.documentsError()).isVisible();
        screenshot("onboarding-documents-refused-desktop-en");
        wizard.upload("certificate-of-incorporation-2019-singapore-acra.pdf", "application/pdf", TestFiles.pdf("ACRA"));
        assertThat(wizard.documents()).hasCount(1);
        wizard.next()
                .category("Business and company data")
                .category("Transport and logistics data")
                .classification("Important")
                .personalInformation("No")
                .crossBorder("None")
                .description("Vessel movements, port calls and container volumes across the Pacific Rim.")
                .next()
                .acceptTerms()
                .next();
        assertThat(wizard.step()).hasAttribute("data-step", "REVIEW");

        for (Viewport viewport : Viewport.values()) {
            for (String locale : LOCALES) {
                useViewport(viewport, locale);
                desktopAt1280(page, viewport);
                new LoginPage(page).open().signIn(email, password);
                OnboardingPage steps = new OnboardingPage(page).open();
                for (String step : STEPS) {
                    steps.goToStep(step);
                    screenshot("onboarding-" + step.toLowerCase() + "-" + suffix(viewport, locale));
                    assertNoHorizontalScroll();
                    if (viewport == Viewport.DESKTOP) {
                        Accessibility.assertAccessible(page, "onboarding " + step + " " + locale);
                    }
                }
            }
        }
        wizard = new OnboardingPage(page).open().goToStep("REVIEW").submit();
        assertThat(wizard.status()).hasAttribute("data-state", "SUBMITTED");

        Page officer = anotherPerson();
        new LoginPage(officer).open().signIn(COMPLIANCE, DEMO_PASSWORD);
        new ReviewQueuePage(officer).open().openApplication(organisation).startReview();
        String review = officer.url();
        for (Viewport viewport : Viewport.values()) {
            for (String locale : LOCALES) {
                Page staff = anotherPerson(viewport, locale);
                desktopAt1280(staff, viewport);
                new LoginPage(staff).open().signIn(COMPLIANCE, DEMO_PASSWORD);
                new ReviewQueuePage(staff).open();
                screenshot(staff, "staff-applications-" + suffix(viewport, locale));
                assertNoHorizontalScroll(staff);
                if (viewport == Viewport.DESKTOP) {
                    Accessibility.assertAccessible(staff, "staff applications " + locale);
                }
                staff.navigate(review);
                ApplicationReviewPage reviewPage = new ApplicationReviewPage(staff);
                reviewPage.waitForVaadin();
                assertThat(reviewPage.state()).hasAttribute("data-state", "IN_REVIEW");
                screenshot(staff, "staff-application-review-" + suffix(viewport, locale));
                assertNoHorizontalScroll(staff);
                if (viewport == Viewport.DESKTOP) {
                    Accessibility.assertAccessible(staff, "staff application review " + locale);
                }
                reviewPage.askToApprove();
                String merchant = locale.startsWith("zh") ? "环太平洋海事物流与数据分析控股私人有限公司" : organisation;
                org.assertj.core.api.Assertions.assertThat(
                                reviewPage.confirmation().getAttribute("aria-description"))
                        .contains(merchant);
                screenshot(staff, "staff-application-approve-confirm-" + suffix(viewport, locale));
                reviewPage.cancelConfirmation();
                assertThat(reviewPage.state()).hasAttribute("data-state", "IN_REVIEW");
                staff.context().close();
            }
        }

        new ApplicationReviewPage(officer)
                .comment("Legal name in English", "legalNameEn", "Please write the name exactly as on the certificate.")
                .requestChanges();
        for (Viewport viewport : Viewport.values()) {
            for (String locale : LOCALES) {
                useViewport(viewport, locale);
                new LoginPage(page).open().signIn(email, password);
                OnboardingPage changes = new OnboardingPage(page).open();
                assertThat(changes.status()).hasAttribute("data-state", "CHANGES_REQUESTED");
                screenshot("onboarding-changes-requested-" + suffix(viewport, locale));
                assertNoHorizontalScroll();
                if (viewport == Viewport.DESKTOP) {
                    Accessibility.assertAccessible(page, "onboarding with changes requested " + locale);
                }
            }
        }
    }

    /** The desktop screenshots at 1280 px, a common laptop width (the suite's desktop is wider). */
    private static void desktopAt1280(Page page, Viewport viewport) {
        if (viewport == Viewport.DESKTOP) {
            page.setViewportSize(1280, 900);
        }
    }

    private static String suffix(Viewport viewport, String locale) {
        return viewport.name().toLowerCase() + "-" + locale.substring(0, 2);
    }
}
