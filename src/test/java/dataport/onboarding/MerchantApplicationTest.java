package dataport.onboarding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MerchantApplicationTest {

    enum Action {
        SUBMIT(MerchantApplication::submit, ApplicationState.SUBMITTED),
        START_REVIEW(a -> a.startReview(7L), ApplicationState.IN_REVIEW),
        REQUEST_CHANGES(a -> a.requestChanges(Map.of(Fields.WEBSITE, "Use https")), ApplicationState.CHANGES_REQUESTED),
        APPROVE(a -> a.approve(99L), ApplicationState.APPROVED),
        REJECT(a -> a.reject("Not a data business"), ApplicationState.REJECTED);

        final Consumer<MerchantApplication> run;
        final ApplicationState target;

        Action(Consumer<MerchantApplication> run, ApplicationState target) {
            this.run = run;
            this.target = target;
        }
    }

    /** The only transitions the review process allows; everything else must be refused. */
    static final Map<ApplicationState, Set<Action>> ALLOWED = Map.of(
            ApplicationState.DRAFT, EnumSet.of(Action.SUBMIT),
            ApplicationState.SUBMITTED, EnumSet.of(Action.START_REVIEW),
            ApplicationState.IN_REVIEW, EnumSet.of(Action.REQUEST_CHANGES, Action.APPROVE, Action.REJECT),
            ApplicationState.CHANGES_REQUESTED, EnumSet.of(Action.SUBMIT),
            ApplicationState.APPROVED, EnumSet.noneOf(Action.class),
            ApplicationState.REJECTED, EnumSet.noneOf(Action.class));

    static Stream<Arguments> illegalTransitions() {
        return Stream.of(ApplicationState.values())
                .flatMap(state -> EnumSet.complementOf(EnumSet.copyOf(withNone(ALLOWED.get(state)))).stream()
                        .map(action -> Arguments.of(state, action)));
    }

    static Stream<Arguments> legalTransitions() {
        return ALLOWED.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(action -> Arguments.of(e.getKey(), action)));
    }

    @ParameterizedTest(name = "{1} is refused in state {0}")
    @MethodSource("illegalTransitions")
    void everyIllegalTransitionIsRefusedAndChangesNothing(ApplicationState state, Action action) {
        MerchantApplication application = in(state);

        assertThatThrownBy(() -> action.run.accept(application)).isInstanceOf(ApplicationStateException.class);
        assertThat(application.getState()).isEqualTo(state);
    }

    @ParameterizedTest(name = "{1} is allowed in state {0}")
    @MethodSource("legalTransitions")
    void theAllowedTransitionsWork(ApplicationState state, Action action) {
        MerchantApplication application = in(state);

        action.run.accept(application);

        assertThat(application.getState()).isEqualTo(action.target);
    }

    @Test
    void everyStateAndActionIsCoveredByTheTransitionTable() {
        assertThat(ALLOWED).containsOnlyKeys(ApplicationState.values());
        assertThat(legalTransitions().count() + illegalTransitions().count())
                .isEqualTo((long) ApplicationState.values().length * Action.values().length);
    }

    @Test
    void anApprovalRemembersTheMerchantAndADecisionItsTime() {
        MerchantApplication application = in(ApplicationState.IN_REVIEW);

        application.approve(99L);

        assertThat(application.decidedAt()).isNotNull();
        assertThat(application.getStep()).isEqualTo(WizardStep.REVIEW);
    }

    @Test
    void changesMayOnlyBeRequestedOnKnownFieldsWithCommentsThatFitTheColumn() {
        MerchantApplication application = in(ApplicationState.IN_REVIEW);

        assertThatThrownBy(() -> application.requestChanges(Map.of("favouriteColour", "Blue, please")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> application.requestChanges(
                        Map.of(Fields.WEBSITE, "x".repeat(MerchantApplication.MAX_COMMENT + 1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(application.getState()).isEqualTo(ApplicationState.IN_REVIEW);

        application.requestChanges(Map.of(Fields.WEBSITE, "x".repeat(MerchantApplication.MAX_COMMENT), "terms", " "));
        assertThat(application.fieldComments()).containsOnlyKeys(Fields.WEBSITE);
    }

    @Test
    void aRejectionReasonMustFitTheColumnAndIsStoredStripped() {
        MerchantApplication tooLong = in(ApplicationState.IN_REVIEW);
        assertThatThrownBy(() -> tooLong.reject("x".repeat(MerchantApplication.MAX_REASON + 1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(tooLong.getState()).isEqualTo(ApplicationState.IN_REVIEW);

        MerchantApplication rejected = in(ApplicationState.IN_REVIEW);
        rejected.reject("  Not a data business \n");
        assertThat(rejected.decisionReason()).isEqualTo("Not a data business");
    }

    @Test
    void theWizardRemembersOnlyTheFurthestStepReachedWhileEditable() {
        MerchantApplication draft = in(ApplicationState.DRAFT);
        draft.reach(WizardStep.ASSESSMENT);
        draft.reach(WizardStep.DOCUMENTS);
        assertThat(draft.getStep()).isEqualTo(WizardStep.ASSESSMENT);

        MerchantApplication submitted = in(ApplicationState.SUBMITTED);
        submitted.reach(WizardStep.ORGANISATION);
        assertThat(submitted.getStep()).isEqualTo(WizardStep.REVIEW);
    }

    @Test
    void aResubmissionClearsTheReviewersComments() {
        MerchantApplication application = in(ApplicationState.CHANGES_REQUESTED);
        assertThat(application.fieldComments()).containsEntry(Fields.WEBSITE, "Use https");

        application.submit();

        assertThat(application.getState()).isEqualTo(ApplicationState.SUBMITTED);
        assertThat(application.fieldComments()).isEmpty();
    }

    @Test
    void requestingChangesNeedsAtLeastOneComment() {
        MerchantApplication application = in(ApplicationState.IN_REVIEW);

        assertThatThrownBy(() -> application.requestChanges(Map.of(Fields.WEBSITE, "  ")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(application.getState()).isEqualTo(ApplicationState.IN_REVIEW);
    }

    @Test
    void aRejectionNeedsAReason() {
        MerchantApplication application = in(ApplicationState.IN_REVIEW);

        assertThatThrownBy(() -> application.reject(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(application.getState()).isEqualTo(ApplicationState.IN_REVIEW);
    }

    @Test
    void theApplicantCannotChangeAnApplicationUnderReview() {
        for (ApplicationState state : EnumSet.of(
                ApplicationState.SUBMITTED,
                ApplicationState.IN_REVIEW,
                ApplicationState.APPROVED,
                ApplicationState.REJECTED)) {
            MerchantApplication application = in(state);
            assertThatThrownBy(() -> application.describe(Organisation.empty()))
                    .isInstanceOf(ApplicationStateException.class);
            assertThatThrownBy(() -> application.assess(SelfAssessment.empty()))
                    .isInstanceOf(ApplicationStateException.class);
            assertThatThrownBy(() -> application.acceptTerms(true)).isInstanceOf(ApplicationStateException.class);
        }
    }

    @Test
    void aDomesticOrganisationIsAlwaysInChina() {
        MerchantApplication application = in(ApplicationState.DRAFT);

        application.describe(
                new Organisation(dataport.merchants.Origin.DOMESTIC, "US", "数据公司", null, null, null, null, null, null));

        assertThat(application.organisation().countryCode()).isEqualTo("CN");
    }

    private static Set<Action> withNone(Set<Action> allowed) {
        return allowed.isEmpty() ? EnumSet.noneOf(Action.class) : allowed;
    }

    /** An application brought into {@code state} through the legal transitions. */
    static MerchantApplication in(ApplicationState state) {
        MerchantApplication a = new MerchantApplication(1L, "applicant@example.com", Locale.ENGLISH);
        switch (state) {
            case DRAFT -> {}
            case SUBMITTED -> a.submit();
            case IN_REVIEW -> {
                a.submit();
                a.startReview(7L);
            }
            case CHANGES_REQUESTED -> {
                a.submit();
                a.startReview(7L);
                a.requestChanges(Map.of(Fields.WEBSITE, "Use https"));
            }
            case APPROVED -> {
                a.submit();
                a.startReview(7L);
                a.approve(99L);
            }
            case REJECTED -> {
                a.submit();
                a.startReview(7L);
                a.reject("Not a data business");
            }
        }
        return a;
    }
}
