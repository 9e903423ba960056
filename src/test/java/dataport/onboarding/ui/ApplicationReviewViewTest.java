package dataport.onboarding.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import dataport.IntegrationTest;
import dataport.accounts.AccountService;
import dataport.merchants.MerchantService;
import dataport.onboarding.Applicants;
import dataport.onboarding.ApplicationDetails;
import dataport.onboarding.ApplicationState;
import dataport.onboarding.Fields;
import dataport.onboarding.OnboardingService;
import dataport.shared.Languages;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;

/** A compliance officer deciding one application: approve, request changes per field, reject; stale pages. */
@IntegrationTest
class ApplicationReviewViewTest extends SpringBrowserlessTest {

    @Autowired
    OnboardingService onboarding;

    @Autowired
    AccountService accounts;

    @Autowired
    MerchantService merchants;

    @Autowired
    AuthenticationProvider signIn;

    Applicants applicants;
    ApplicationDetails application;

    @BeforeEach
    void aSubmittedApplicationAndASignedInOfficer() {
        applicants = new Applicants(accounts, signIn);
        applicants.signIn(applicants.newUser().email());
        application = Applicants.submitComplete(onboarding, Applicants.domestic("Review Ltd " + System.nanoTime()));
        applicants.signIn(Applicants.COMPLIANCE);
    }

    @AfterEach
    void signOut() {
        Applicants.signOut();
    }

    @Test
    void showsTheApplicationWithItsDocumentsAndApprovesItAfterStartingTheReview() {
        open();
        assertThat(state()).isEqualTo(ApplicationState.SUBMITTED);
        assertThat($(Anchor.class).withText("registration.pdf").exists()).isTrue();
        assertThat($(Button.class).withId("approve").exists())
                .as("not before the review starts")
                .isFalse();

        test($(Button.class).id("start-review")).click();
        assertThat(state()).isEqualTo(ApplicationState.IN_REVIEW);
        test($(Button.class).id("approve")).click();
        confirm("confirm-approve");

        assertThat(state()).isEqualTo(ApplicationState.APPROVED);
        assertThat(message()).isEqualTo("Approved. The merchant profile has been created and the applicant informed.");
        assertThat(merchants.findForMember(application.applicantId())).isPresent();
        assertThat($(Button.class).withId("reject").exists()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void requestsChangesWithACommentOnEachFieldConcerned() {
        startReview();
        open();

        test($(Button.class).id("request-changes")).click();
        assertThat($(TextArea.class).id("comment-text").isInvalid())
                .as("no comment yet")
                .isTrue();
        assertThat($(TextArea.class).id("comment-text").getErrorMessage())
                .isEqualTo("Choose a field and write a comment.");
        assertThat(state()).isEqualTo(ApplicationState.IN_REVIEW);

        ComboBox<String> field = $(ComboBox.class).id("comment-field");
        test(field).selectItem("Website");
        $(TextArea.class).id("comment-text").setValue("Use the company’s own domain.");
        test($(Button.class).id("add-comment")).click();
        test(field).selectItem("Contact phone");
        $(TextArea.class).id("comment-text").setValue("Give a direct line.");
        test($(Button.class).id("add-comment")).click();
        assertThat($(ListItem.class)
                        .withAttribute("data-field", Fields.WEBSITE)
                        .single()
                        .getText())
                .isEqualTo("Website: Use the company’s own domain.");

        test($(Button.class).id("request-changes")).click();

        assertThat(state()).isEqualTo(ApplicationState.CHANGES_REQUESTED);
        assertThat(message()).isEqualTo("Changes requested. The applicant has been informed.");
        assertThat(onboarding.find(application.id()).orElseThrow().fieldComments())
                .containsOnly(
                        Map.entry(Fields.WEBSITE, "Use the company’s own domain."),
                        Map.entry(Fields.CONTACT_PHONE, "Give a direct line."));
    }

    @Test
    void rejectsOnlyWithAReason() {
        startReview();
        open();

        test($(Button.class).id("reject")).click();
        assertThat($(TextArea.class).id("reject-reason").getErrorMessage())
                .isEqualTo("Give a reason for the rejection.");
        assertThat(state()).isEqualTo(ApplicationState.IN_REVIEW);

        $(TextArea.class).id("reject-reason").setValue("x".repeat(2001)); // past the browser's limit, by hand
        test($(Button.class).id("reject")).click();
        assertThat($(TextArea.class).id("reject-reason").getErrorMessage())
                .isEqualTo("This is too long: use at most 2,000 characters. Nothing was cut; please shorten it.");
        assertThat($(TextArea.class).id("reject-reason").getValue()).hasSize(2001);
        assertThat(state()).isEqualTo(ApplicationState.IN_REVIEW);

        $(TextArea.class).id("reject-reason").setValue("The organisation does not trade data.");
        test($(Button.class).id("reject")).click();
        confirm("confirm-reject");

        assertThat(state()).isEqualTo(ApplicationState.REJECTED);
        assertThat($(Paragraph.class).id("review-reason").getText())
                .isEqualTo("Reason: The organisation does not trade data.");
        assertThat(onboarding.find(application.id()).orElseThrow().decisionReason())
                .isEqualTo("The organisation does not trade data.");
    }

    @Test
    void aDecisionOnAPageAnotherOfficerHasDecidedMeanwhileIsRefusedWithAMessage() {
        startReview();
        open();
        assertThat(state()).isEqualTo(ApplicationState.IN_REVIEW);

        // Another officer rejects it while this page is open.
        applicants.asAnotherOfficer(
                () -> onboarding.reject(application.id(), current().version(), "Duplicate application."));

        test($(Button.class).id("approve")).click();
        confirm("confirm-approve");

        assertThat(message())
                .isEqualTo("Someone else decided this application meanwhile. Its current state is shown below.");
        assertThat($(Span.class).id("decision-message").getElement().getAttribute("data-outcome"))
                .isEqualTo("conflict");
        assertThat(state()).isEqualTo(ApplicationState.REJECTED);
        assertThat(merchants.findForMember(application.applicantId())).isEmpty();
    }

    @Test
    void theStaleMessageIsTranslated() {
        startReview();
        com.vaadin.flow.component.UI.getCurrent().setLocale(Languages.CHINESE);
        open();
        onboarding.requestChanges(application.id(), current().version(), Map.of(Fields.WEBSITE, "请使用 https。"));

        test($(Button.class).id("approve")).click();
        confirm("confirm-approve");

        assertThat(message()).isEqualTo("其他人已同时对此申请作出决定。下方显示其当前状态。");
    }

    @Test
    void approvingAsksFirstNamingTheMerchantAndCancellingDecidesNothing() {
        startReview();
        open();

        test($(Button.class).id("approve")).click();

        ConfirmDialog dialog = $(ConfirmDialog.class).id("confirm-approve");
        assertThat(test(dialog).getHeader()).isEqualTo("Approve this application?");
        assertThat(test(dialog).getText()).contains(application.organisation().legalNameEn());
        assertThat(state()).isEqualTo(ApplicationState.IN_REVIEW);
        test(dialog).cancel();
        assertThat(current().state()).isEqualTo(ApplicationState.IN_REVIEW);
        assertThat(merchants.findForMember(application.applicantId())).isEmpty();
    }

    @Test
    void rejectingAsksFirstNamingTheMerchantInTheReadersLanguage() {
        startReview();
        com.vaadin.flow.component.UI.getCurrent().setLocale(Languages.CHINESE);
        open();
        $(TextArea.class).id("reject-reason").setValue("不从事数据业务。");

        test($(Button.class).id("reject")).click();

        ConfirmDialog dialog = $(ConfirmDialog.class).id("confirm-reject");
        assertThat(test(dialog).getHeader()).isEqualTo("驳回此申请？");
        assertThat(test(dialog).getText()).contains(application.organisation().legalNameZh());
        test(dialog).cancel();
        assertThat(current().state()).isEqualTo(ApplicationState.IN_REVIEW);

        test($(Button.class).id("reject")).click();
        confirm("confirm-reject");
        assertThat(current().state()).isEqualTo(ApplicationState.REJECTED);
    }

    @Test
    void anOverLongCommentIsRefusedWithItsLimitAndKept() {
        startReview();
        open();
        @SuppressWarnings("unchecked")
        ComboBox<String> field = $(ComboBox.class).id("comment-field");
        test(field).selectItem("Website");
        String pasted = "y".repeat(1001);
        $(TextArea.class).id("comment-text").setValue(pasted);

        test($(Button.class).id("add-comment")).click();

        assertThat($(TextArea.class).id("comment-text").isInvalid()).isTrue();
        assertThat($(TextArea.class).id("comment-text").getErrorMessage())
                .isEqualTo("This is too long: use at most 1,000 characters. Nothing was cut; please shorten it.");
        assertThat($(TextArea.class).id("comment-text").getValue()).isEqualTo(pasted);
        assertThat($(TextArea.class).id("comment-text").getMaxLength())
                .as("no browser limit that cuts a paste")
                .isZero();
        assertThat($(ListItem.class).withAttribute("data-field", Fields.WEBSITE).exists())
                .isFalse();
    }

    private void confirm(String dialogId) {
        test($(ConfirmDialog.class).id(dialogId)).confirm();
    }

    private void open() {
        navigate("staff/applications/" + application.id(), ApplicationReviewView.class);
    }

    private void startReview() {
        onboarding.startReview(application.id(), application.version());
    }

    private ApplicationDetails current() {
        return onboarding.find(application.id()).orElseThrow();
    }

    private ApplicationState state() {
        return ApplicationState.valueOf(
                $(Span.class).id("review-state").getElement().getAttribute("data-state"));
    }

    private String message() {
        return $(Span.class).id("decision-message").getText();
    }
}
