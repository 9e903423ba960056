package dataport.onboarding.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dataport.IntegrationTest;
import dataport.accounts.AccountService;
import dataport.accounts.Role;
import dataport.merchants.Origin;
import dataport.onboarding.Applicants;
import dataport.onboarding.ApplicationDetails;
import dataport.onboarding.ApplicationState;
import dataport.onboarding.Classification;
import dataport.onboarding.CrossBorderFlow;
import dataport.onboarding.DataCategory;
import dataport.onboarding.DocumentKind;
import dataport.onboarding.Fields;
import dataport.onboarding.OnboardingService;
import dataport.onboarding.WizardStep;
import dataport.search.ui.SearchView;
import dataport.shared.Languages;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The wizard, step by step: each step's server-side validation, messages next to the fields, nothing lost. */
@IntegrationTest
class OnboardingViewTest extends SpringBrowserlessTest {

    @Autowired
    OnboardingService onboarding;

    @Autowired
    AccountService accounts;

    @Autowired
    dataport.merchants.MerchantService merchants;

    @Autowired
    AuthenticationProvider signIn;

    Applicants applicants;

    @BeforeEach
    void signInANewApplicant() {
        applicants = new Applicants(accounts, signIn);
        applicants.signIn(applicants.newUser().email());
    }

    @AfterEach
    void signOut() {
        Applicants.signOut();
    }

    // --- step (a): organisation

    @Test
    void anEmptyOrganisationStepMarksEachRequiredFieldAndSavesNothing() {
        navigate(OnboardingView.class);

        next();

        assertThat(step()).isEqualTo(WizardStep.ORGANISATION);
        assertThat($(Span.class).id("form-error").isVisible()).isTrue();
        assertInvalid(radio("origin"), "Please fill in this field.");
        assertInvalid($(TextField.class).id("contact-name"), "Please fill in this field.");
        assertInvalid($(EmailField.class).id("contact-email"), "Please fill in this field.");
        assertInvalid($(TextField.class).id("contact-phone"), "Please fill in this field.");
        assertInvalid(country(), "Please fill in this field.");
        assertInvalid($(TextField.class).id("registration-number"), "Please fill in this field.");
        assertThat(onboarding.mine()).isEmpty();
    }

    @Test
    void everyRequiredFieldOfTheOrganisationStepShowsTheRequiredIndicator() {
        navigate(OnboardingView.class);
        radio("origin").setValue(Origin.FOREIGN);

        for (String id : new String[] {"legal-name-en", "registration-number", "contact-name", "contact-phone"}) {
            assertThat($(TextField.class).id(id).isRequiredIndicatorVisible())
                    .as(id)
                    .isTrue();
        }
        assertThat(radio("origin").isRequiredIndicatorVisible()).isTrue();
        assertThat(country().isRequiredIndicatorVisible()).isTrue();
        assertThat($(EmailField.class).id("contact-email").isRequiredIndicatorVisible())
                .isTrue();
        assertThat($(TextField.class).id("website").isRequiredIndicatorVisible())
                .isFalse();
        radio("origin").setValue(Origin.DOMESTIC);
        assertThat($(TextField.class).id("legal-name-zh").isRequiredIndicatorVisible())
                .isTrue();
    }

    @Test
    void answersAreKeptAsTheyAreGivenAndFoundAgainAfterLeavingMidStep() {
        navigate(OnboardingView.class);
        radio("origin").setValue(Origin.FOREIGN);
        country().setValue("JP");
        $(TextField.class).id("legal-name-en").setValue("Half Way KK");
        $(EmailField.class).id("contact-email").setValue("not yet an address");

        navigate(SearchView.class); // no "Save", no "Next": the applicant just leaves
        navigate(OnboardingView.class);

        assertThat(step()).isEqualTo(WizardStep.ORGANISATION);
        assertThat(radio("origin").getValue()).isEqualTo(Origin.FOREIGN);
        assertThat(country().getValue()).isEqualTo("JP");
        assertThat($(TextField.class).id("legal-name-en").getValue()).isEqualTo("Half Way KK");
        assertThat($(EmailField.class).id("contact-email").getValue()).isEqualTo("not yet an address");
    }

    @Test
    void aForeignOrganisationInChinaAndABadRegistrationNumberAreExplainedAndNothingTypedIsLost() {
        navigate(OnboardingView.class);
        radio("origin").setValue(Origin.FOREIGN);
        country().setValue("CN");
        $(TextField.class).id("legal-name-en").setValue("Harbour Analytics Ltd");
        $(TextField.class).id("registration-number").setValue("#!");
        $(TextField.class).id("website").setValue("http://harbour.example");
        $(TextField.class).id("contact-name").setValue("Ann Lee");
        $(EmailField.class).id("contact-email").setValue("ann@harbour.example");
        $(TextField.class).id("contact-phone").setValue("+44 20 5555 0101");

        next();

        assertThat(step()).isEqualTo(WizardStep.ORGANISATION);
        assertInvalid(
                country(),
                "A foreign organisation is registered outside mainland China: choose its country, or choose “Mainland"
                        + " China”.");
        assertInvalid(
                $(TextField.class).id("registration-number"), "Use 4–40 letters, digits, spaces, hyphens or slashes.");
        assertInvalid($(TextField.class).id("website"), "Enter a web address starting with https://");
        assertThat($(TextField.class).id("contact-name").isInvalid()).isFalse();
        assertThat($(TextField.class).id("legal-name-en").getValue()).isEqualTo("Harbour Analytics Ltd");
        assertThat($(TextField.class).id("registration-number").getValue()).isEqualTo("#!");
        assertThat($(EmailField.class).id("contact-email").getValue()).isEqualTo("ann@harbour.example");
        // Invalid answers are still kept as a draft (validation is for "Next"), so leaving loses nothing either.
        assertThat(onboarding.mine().orElseThrow().organisation().registrationNumber())
                .isEqualTo("#!");
        assertThat(onboarding.mine().orElseThrow().step()).isEqualTo(WizardStep.ORGANISATION);
    }

    @Test
    void aDomesticOrganisationNeedsAValidUnifiedSocialCreditCodeAndIsAlwaysInChina() {
        navigate(OnboardingView.class);
        fillOrganisation(Applicants.domestic("Lingang Data"));
        $(TextField.class).id("registration-number").setValue("91350100M000100Y44");

        next();

        assertThat(country().getValue()).isEqualTo("CN");
        assertThat(country().isReadOnly()).isTrue();
        assertInvalid(
                $(TextField.class).id("registration-number"),
                "This is not a valid Unified Social Credit Code (18 characters, last one a check character).");

        $(TextField.class).id("registration-number").setValue(Applicants.USCC);
        next();

        assertThat(step()).isEqualTo(WizardStep.DOCUMENTS);
        assertThat(onboarding.mine().orElseThrow().organisation().registrationNumber())
                .isEqualTo(Applicants.USCC);
    }

    @Test
    void messagesAreInChineseForAChineseApplicant() {
        UI.getCurrent().setLocale(Languages.CHINESE);
        navigate(SearchView.class);
        navigate(OnboardingView.class);
        radio("origin").setValue(Origin.DOMESTIC);
        $(TextField.class).id("registration-number").setValue("123");

        next();

        assertInvalid($(TextField.class).id("registration-number"), "统一社会信用代码无效（应为 18 位，最后一位为校验码）。");
        assertInvalid($(TextField.class).id("contact-name"), "请填写此项。");
        assertThat($(TextField.class).id("registration-number").getValue()).isEqualTo("123");
    }

    @Test
    void aSavedDraftResumesAtTheStepReachedWithItsAnswers() {
        navigate(OnboardingView.class);
        fillOrganisation(Applicants.foreign("Resume GmbH", "DE"));
        next();
        assertThat(step()).isEqualTo(WizardStep.DOCUMENTS);

        navigate(SearchView.class);
        navigate(OnboardingView.class);

        assertThat(step()).isEqualTo(WizardStep.DOCUMENTS);
        test($(Button.class).id("step-ORGANISATION")).click();
        assertThat(step()).isEqualTo(WizardStep.ORGANISATION);
        assertThat($(TextField.class).id("legal-name-en").getValue()).isEqualTo("Resume GmbH");
        assertThat(country().getValue()).isEqualTo("DE");
    }

    // --- step (b): documents

    @Test
    void theDocumentsStepRefusesBadFilesWithAClearMessageAndAsksForTheOriginsDocument() {
        OnboardingView view = navigate(OnboardingView.class);
        fillOrganisation(Applicants.domestic("Documents Ltd"));
        next();
        assertThat(step()).isEqualTo(WizardStep.DOCUMENTS);
        assertThat($(com.vaadin.flow.component.html.Paragraph.class)
                        .id("documents-required")
                        .getText())
                .isEqualTo("Required: your business licence (营业执照).");

        next();
        assertThat(step()).isEqualTo(WizardStep.DOCUMENTS);
        assertThat(documentsError()).isEqualTo("Upload your business licence.");

        view.documentsStep().uploaded("licence.pdf", "only text, not a PDF".getBytes());
        assertThat(documentsError()).isEqualTo("Only PDF, JPEG and PNG files are accepted.");
        view.documentsStep().uploaded("licence.pdf", Applicants.PNG);
        assertThat(documentsError())
                .isEqualTo("The file’s content does not match its name: a file named .pdf must really be a PDF, .jpg"
                        + " or .jpeg a JPEG image and .png a PNG image.");
        view.documentsStep().uploaded("licence.pdf", Arrays.copyOf(Applicants.PDF, DocumentsStep.MAX_UPLOAD_BYTES + 1));
        assertThat(documentsError()).isEqualTo("The file is larger than 10 MB.");
        view.documentsStep().uploaded("licence.pdf", new byte[0]);
        assertThat(documentsError()).isEqualTo("The file is empty.");
        view.documentsStep().uploaded("licence.pdf", Arrays.copyOf(Applicants.PDF, 30));
        assertThat(documentsError()).isEqualTo("The file seems damaged or incomplete. Please upload it again.");
        assertThat(onboarding.mine().orElseThrow().documents()).isEmpty();

        view.documentsStep().uploaded("licence.pdf", Applicants.PDF);
        assertThat($(Span.class).withId("documents-error").exists())
                .as("error hidden")
                .isFalse();
        assertThat(onboarding.mine().orElseThrow().documents())
                .singleElement()
                .satisfies(d -> assertThat(d.kind()).isEqualTo(DocumentKind.BUSINESS_LICENCE));
        assertThat($(Anchor.class).withText("licence.pdf").exists()).isTrue();

        next();
        assertThat(step()).isEqualTo(WizardStep.ASSESSMENT);
    }

    @Test
    void aForeignApplicantIsAskedForTheCertificateOfIncorporation() {
        navigate(OnboardingView.class);
        fillOrganisation(Applicants.foreign("Foreign Papers Ltd", "SG"));
        next();

        assertThat($(com.vaadin.flow.component.html.Paragraph.class)
                        .id("documents-required")
                        .getText())
                .startsWith("Required: your certificate of incorporation.");
        assertThat($(com.vaadin.flow.component.select.Select.class)
                        .id("document-kind")
                        .getValue())
                .isEqualTo(DocumentKind.CERTIFICATE_OF_INCORPORATION);
        next();
        assertThat(documentsError()).isEqualTo("Upload your certificate of incorporation.");
    }

    @Test
    void theUploadSpeaksTheApplicantsLanguageThroughout() {
        UI.getCurrent().setLocale(Languages.CHINESE);
        navigate(SearchView.class);
        navigate(OnboardingView.class);
        fillOrganisation(Applicants.domestic("Upload Texts Ltd"));
        next();

        var i18n = $(com.vaadin.flow.component.upload.Upload.class)
                .id("document-upload")
                .getI18n();

        assertThat(i18n.getAddFiles().getOne()).isEqualTo("上传文件");
        assertThat(i18n.getDropFiles().getOne()).isEqualTo("将文件拖到此处");
        assertThat(i18n.getError().getIncorrectFileType())
                .isEqualTo(UI.getCurrent().getTranslation("onboarding.document.unsupported"));
        assertThat(i18n.getError().getFileIsTooBig()).contains("10");
        assertThat(i18n.getFile().getRemove()).isEqualTo(UI.getCurrent().getTranslation("shared.upload.remove"));
        assertThat(i18n.getUploading().getStatus().getConnecting())
                .isEqualTo(UI.getCurrent().getTranslation("shared.upload.connecting"))
                .doesNotContain("Connecting");
    }

    // --- step (c): self-assessment

    @Test
    @SuppressWarnings("unchecked")
    void anIncompleteSelfAssessmentIsExplainedFieldByFieldAndKept() {
        reachStep(WizardStep.ASSESSMENT);
        CheckboxGroup<DataCategory> categories = $(CheckboxGroup.class).id("data-categories");
        RadioButtonGroup<Boolean> personal = radio("personal-information");
        RadioButtonGroup<CrossBorderFlow> crossBorder = radio("cross-border");

        next();

        assertThat(step()).isEqualTo(WizardStep.ASSESSMENT);
        assertInvalid(categories, "Choose at least one kind of data.");
        assertInvalid(radio("classification"), "Please fill in this field.");
        assertInvalid(personal, "Please fill in this field.");
        assertInvalid(crossBorder, "Please fill in this field.");
        assertInvalid($(TextArea.class).id("data-description"), "Please fill in this field.");

        categories.setValue(Set.of(DataCategory.HEALTH));
        radio("classification").setValue(Classification.IMPORTANT);
        personal.setValue(Boolean.TRUE);
        crossBorder.setValue(CrossBorderFlow.OUTBOUND);
        $(TextArea.class).id("data-description").setValue("Anonymised hospital statistics.");
        next();

        assertThat(step()).isEqualTo(WizardStep.ASSESSMENT);
        assertInvalid($(IntegerField.class).id("data-subjects"), "Please fill in this field.");
        assertInvalid(radio("sensitive-pi"), "Please fill in this field.");
        assertInvalid(
                (MultiSelectComboBox<String>) $(MultiSelectComboBox.class).id("destinations"),
                "Choose at least one country or region.");
        assertThat(categories.getValue()).containsExactly(DataCategory.HEALTH);
        assertThat($(TextArea.class).id("data-description").getValue()).isEqualTo("Anonymised hospital statistics.");

        $(IntegerField.class).id("data-subjects").setValue(5000);
        radio("sensitive-pi").setValue(Boolean.TRUE);
        ((MultiSelectComboBox<String>) $(MultiSelectComboBox.class).id("destinations")).setValue(Set.of("SG"));
        next();

        assertThat(step()).isEqualTo(WizardStep.TERMS);
        assertThat(onboarding.mine().orElseThrow().assessment().destinationCountries())
                .containsExactly("SG");
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosingInboundAsksForTheCountriesAtOnceAndAHalfDoneAssessmentSurvivesLeaving() {
        reachStep(WizardStep.ASSESSMENT);
        assertThat($(MultiSelectComboBox.class).withId("destinations").exists()).isFalse();
        assertThat($(IntegerField.class).withId("data-subjects").exists()).isFalse();

        radio("cross-border").setValue(CrossBorderFlow.INBOUND);
        radio("personal-information").setValue(Boolean.TRUE);

        MultiSelectComboBox<String> destinations = $(MultiSelectComboBox.class).id("destinations");
        assertThat(destinations.isVisible()).as("shown at once, not after Next").isTrue();
        assertThat(destinations.isRequiredIndicatorVisible()).isTrue();
        assertThat($(IntegerField.class).id("data-subjects").isVisible()).isTrue();
        assertThat(radio("sensitive-pi").isVisible()).isTrue();
        destinations.setValue(Set.of("DE", "SG"));
        $(IntegerField.class).id("data-subjects").setValue(1200);
        $(TextArea.class).id("data-description").setValue("Shipping manifests from Hamburg and Singapore.");

        navigate(SearchView.class);
        navigate(OnboardingView.class);

        assertThat(step()).isEqualTo(WizardStep.ASSESSMENT);
        assertThat(radio("cross-border").getValue()).isEqualTo(CrossBorderFlow.INBOUND);
        assertThat(((MultiSelectComboBox<String>) $(MultiSelectComboBox.class).id("destinations")).getValue())
                .containsExactlyInAnyOrder("DE", "SG");
        assertThat($(MultiSelectComboBox.class).id("destinations").isVisible()).isTrue();
        assertThat($(IntegerField.class).id("data-subjects").getValue()).isEqualTo(1200);
        assertThat($(TextArea.class).id("data-description").getValue())
                .isEqualTo("Shipping manifests from Hamburg and Singapore.");
    }

    @Test
    void everyRequiredQuestionOfTheAssessmentShowsTheRequiredIndicator() {
        reachStep(WizardStep.ASSESSMENT);
        radio("personal-information").setValue(Boolean.TRUE);
        radio("cross-border").setValue(CrossBorderFlow.BOTH);
        assertThat($(MultiSelectComboBox.class).id("destinations").isRequiredIndicatorVisible())
                .isTrue();

        assertThat($(CheckboxGroup.class).id("data-categories").isRequiredIndicatorVisible())
                .isTrue();
        for (String id : new String[] {"classification", "personal-information", "sensitive-pi", "cross-border"}) {
            assertThat(radio(id).isRequiredIndicatorVisible()).as(id).isTrue();
        }
        assertThat($(IntegerField.class).id("data-subjects").isRequiredIndicatorVisible())
                .isTrue();
        assertThat($(TextArea.class).id("data-description").isRequiredIndicatorVisible())
                .isTrue();
    }

    // --- nothing typed is ever cut

    @Test
    void anOverLongValueInAnyLimitedFieldIsRefusedWithItsLimitAndKeptAsTyped() {
        navigate(OnboardingView.class);
        radio("origin").setValue(Origin.FOREIGN);
        Map<String, Integer> limits = Map.of(
                "legal-name-zh", 200,
                "legal-name-en", 200,
                "registration-number", 40,
                "website", 300,
                "contact-name", 120,
                "contact-phone", 40);
        limits.forEach((id, max) -> {
            String pasted = "9".repeat(max + 1);
            $(TextField.class).id(id).setValue(pasted);

            assertThat($(TextField.class).id(id).getMaxLength())
                    .as("no browser limit on " + id)
                    .isZero();
            assertThat($(TextField.class).id(id).getValue()).as(id).isEqualTo(pasted);
            assertInvalid($(TextField.class).id(id), tooLong(max));
        });
        String longEmail = "a".repeat(320) + "@example.com";
        $(EmailField.class).id("contact-email").setValue(longEmail);
        assertInvalid($(EmailField.class).id("contact-email"), tooLong(320));
        assertThat($(EmailField.class).id("contact-email").getValue()).isEqualTo(longEmail);

        next();

        assertThat(step()).isEqualTo(WizardStep.ORGANISATION);
        assertInvalid($(TextField.class).id("legal-name-en"), tooLong(200));
        assertThat($(TextField.class).id("legal-name-en").getValue()).hasSize(201);

        $(TextField.class).id("legal-name-en").setValue("Short Enough Ltd");
        assertThat($(TextField.class).id("legal-name-en").isInvalid()).isFalse();
        assertThat(onboarding.mine().orElseThrow().organisation().legalNameEn()).isEqualTo("Short Enough Ltd");
        assertThat(onboarding.mine().orElseThrow().organisation().website())
                .as("refused, so not kept: the draft keeps what it had")
                .isNull();
    }

    @Test
    void anOverLongDescriptionIsRefusedWithItsLimitInChineseAndKept() {
        reachStep(WizardStep.ASSESSMENT);
        UI.getCurrent().setLocale(Languages.CHINESE);
        navigate(SearchView.class);
        navigate(OnboardingView.class);
        String pasted = "数".repeat(2001);

        $(TextArea.class).id("data-description").setValue(pasted);

        assertInvalid($(TextArea.class).id("data-description"), "内容过长：最多 2,000 个字符。内容未被截断，请删减。");
        assertThat($(TextArea.class).id("data-description").getValue()).isEqualTo(pasted);
        assertThat($(TextArea.class).id("data-description").getMaxLength()).isZero();
    }

    // --- step (d): terms, then review and submit

    @Test
    void theTermsMustBeAcceptedBeforeTheApplicationCanBeSubmitted() {
        reachStep(WizardStep.TERMS);

        next();

        assertThat(step()).isEqualTo(WizardStep.TERMS);
        assertInvalid($(Checkbox.class).id("accept-terms"), "You must accept the platform terms to continue.");

        $(Checkbox.class).id("accept-terms").setValue(true);
        next();
        assertThat(step()).isEqualTo(WizardStep.REVIEW);
        assertThat($(Div.class).withId("missing-list").exists()).isFalse();

        test($(Button.class).id("submit-application")).click();

        assertThat($(Span.class).id("application-state").getText()).isEqualTo("Submitted");
        assertThat(onboarding.mine().orElseThrow().state()).isEqualTo(ApplicationState.SUBMITTED);
        assertThat($(Button.class).withId("wizard-next").exists()).isFalse();
    }

    // --- after the review

    @Test
    void requestedChangesAreShownNextToTheFieldsConcernedAndTheWizardOpensThere() {
        ApplicationDetails submitted = Applicants.submitComplete(onboarding, Applicants.domestic("Comment Ltd"));
        String applicant = submitted.applicantEmail();
        applicants.signIn(Applicants.COMPLIANCE);
        ApplicationDetails inReview = onboarding.startReview(submitted.id(), submitted.version());
        onboarding.requestChanges(
                submitted.id(),
                inReview.version(),
                Map.of(Fields.DESCRIPTION, "Say which hospitals the data comes from."));
        applicants.signIn(applicant);

        navigate(OnboardingView.class);

        assertThat($(Span.class).id("application-state").getText()).isEqualTo("Changes requested");
        assertThat(step()).isEqualTo(WizardStep.ASSESSMENT);
        assertThat($(TextArea.class).id("data-description").getHelperText())
                .isEqualTo("Reviewer: Say which hospitals the data comes from.");
        assertThat($(Button.class).withId("wizard-next").exists()).isTrue();
    }

    @Test
    void aChineseApplicantReadsTheCommentsWithChinesePunctuation() {
        ApplicationDetails submitted = Applicants.submitComplete(onboarding, Applicants.domestic("Punctuation Ltd"));
        String applicant = submitted.applicantEmail();
        applicants.signIn(Applicants.COMPLIANCE);
        ApplicationDetails inReview = onboarding.startReview(submitted.id(), submitted.version());
        onboarding.requestChanges(submitted.id(), inReview.version(), Map.of(Fields.WEBSITE, "请提供官网地址"));
        applicants.signIn(applicant);
        UI.getCurrent().setLocale(Languages.CHINESE);

        navigate(OnboardingView.class);

        assertThat($(ListItem.class)
                        .from($(UnorderedList.class).id("review-comments"))
                        .first()
                        .getText())
                .isEqualTo("网站：请提供官网地址");
    }

    @Test
    void anApprovedApplicantIsToldWhatToDoNextAndBecomesAMerchantWithoutSigningInAgain() {
        ApplicationDetails submitted = Applicants.submitComplete(onboarding, Applicants.domestic("Approved Ltd"));
        var session = SecurityContextHolder.getContext().getAuthentication();
        applicants.signIn(Applicants.COMPLIANCE);
        ApplicationDetails inReview = onboarding.startReview(submitted.id(), submitted.version());
        onboarding.approve(submitted.id(), inReview.version());
        SecurityContextHolder.getContext().setAuthentication(session); // the applicant's session from before
        assertThat(authorities()).doesNotContain(Role.MERCHANT.authority());

        navigate(OnboardingView.class);

        assertThat($(Span.class).id("application-state").getText()).isEqualTo("Approved");
        assertThat($(com.vaadin.flow.component.html.Paragraph.class)
                        .id("approved-next")
                        .getText())
                .startsWith("Next step: list your first service.");
        assertThat($(Anchor.class).id("approved-new-listing").getHref()).isEqualTo("workspace/listings/new");
        assertThat(authorities()).contains(Role.MERCHANT.authority());
        assertThat($(Anchor.class)
                        .withAttribute("data-route", "workspace/listings")
                        .exists())
                .as("the main navigation shows the workspace")
                .isTrue();
    }

    @Test
    void aSuspendedMerchantSeesTheSuspensionAndLosesTheMerchantRole() {
        ApplicationDetails submitted = Applicants.submitComplete(onboarding, Applicants.domestic("Suspended Ltd"));
        String applicant = submitted.applicantEmail();
        applicants.signIn(Applicants.COMPLIANCE);
        ApplicationDetails inReview = onboarding.startReview(submitted.id(), submitted.version());
        onboarding.approve(submitted.id(), inReview.version());
        var merchantSession = applicants.signIn(applicant);
        assertThat(authorities()).contains(Role.MERCHANT.authority());
        long merchantId =
                merchants.findForMember(submitted.applicantId()).orElseThrow().id();
        applicants.signIn(Applicants.COMPLIANCE);
        merchants.suspend(merchantId, "Unpaid fees");
        SecurityContextHolder.getContext().setAuthentication(merchantSession); // signed in before the suspension

        navigate(OnboardingView.class);

        assertThat($(Span.class).id("application-state").getText()).isEqualTo("Suspended");
        assertThat($(Anchor.class).withId("approved-new-listing").exists()).isFalse();
        assertThat(authorities()).doesNotContain(Role.MERCHANT.authority());
        assertThat($(Anchor.class)
                        .withAttribute("data-route", "workspace/listings")
                        .exists())
                .isFalse();
    }

    @Test
    void aMemberOfAMerchantHasNothingToApplyForAndIsSentToTheWorkspace() {
        applicants.signIn("merchant@dataport.example");

        navigate(OnboardingView.class);

        assertThat($(com.vaadin.flow.component.html.Paragraph.class)
                        .id("already-merchant")
                        .getText())
                .startsWith("You already belong to a merchant on DataPort");
        assertThat($(Anchor.class).id("already-merchant-listings").getHref()).isEqualTo("workspace/listings");
        assertThat($(Button.class).withId("wizard-next").exists()).isFalse();
    }

    // --- helpers

    private void reachStep(WizardStep target) {
        navigate(OnboardingView.class);
        fillOrganisation(Applicants.domestic("Steps Ltd"));
        next();
        if (target == WizardStep.DOCUMENTS) {
            return;
        }
        onboarding.addDocument(DocumentKind.BUSINESS_LICENCE, "licence.pdf", Applicants.PDF);
        next();
        if (target == WizardStep.ASSESSMENT) {
            return;
        }
        $(CheckboxGroup.class).id("data-categories").setValue(Set.of(DataCategory.BUSINESS));
        radio("classification").setValue(Classification.PUBLIC);
        radio("personal-information").setValue(Boolean.FALSE);
        radio("cross-border").setValue(CrossBorderFlow.NONE);
        $(TextArea.class).id("data-description").setValue("Company registry extracts.");
        next();
        assertThat(step()).isEqualTo(target);
    }

    private void fillOrganisation(dataport.onboarding.Organisation o) {
        radio("origin").setValue(o.origin());
        if (o.origin() == Origin.FOREIGN) {
            country().setValue(o.countryCode());
        }
        $(TextField.class).id("legal-name-zh").setValue(o.legalNameZh() == null ? "" : o.legalNameZh());
        $(TextField.class).id("legal-name-en").setValue(o.legalNameEn() == null ? "" : o.legalNameEn());
        $(TextField.class).id("registration-number").setValue(o.registrationNumber());
        $(TextField.class).id("website").setValue(o.website());
        $(TextField.class).id("contact-name").setValue(o.contactName());
        $(EmailField.class).id("contact-email").setValue(o.contactEmail());
        $(TextField.class).id("contact-phone").setValue(o.contactPhone());
    }

    private void next() {
        test($(Button.class).id("wizard-next")).click();
    }

    private WizardStep step() {
        return WizardStep.valueOf($(Div.class).id("wizard-step").getElement().getAttribute("data-step"));
    }

    private String documentsError() {
        Span error = $(Span.class).id("documents-error");
        assertThat(error.isVisible()).as("documents error shown").isTrue();
        return error.getText();
    }

    @SuppressWarnings("unchecked")
    private <T> RadioButtonGroup<T> radio(String id) {
        return $(RadioButtonGroup.class).id(id);
    }

    @SuppressWarnings("unchecked")
    private ComboBox<String> country() {
        return $(ComboBox.class).id("country");
    }

    private static String tooLong(int max) {
        return "This is too long: use at most " + String.format(java.util.Locale.ENGLISH, "%,d", max)
                + " characters. Nothing was cut; please shorten it.";
    }

    private static void assertInvalid(com.vaadin.flow.component.HasValidation field, String message) {
        assertThat(field.isInvalid()).as("invalid").isTrue();
        assertThat(field.getErrorMessage()).isEqualTo(message);
    }

    private static java.util.List<String> authorities() {
        return SecurityContextHolder.getContext().getAuthentication().getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .toList();
    }
}
