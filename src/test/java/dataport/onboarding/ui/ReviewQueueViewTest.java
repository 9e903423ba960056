package dataport.onboarding.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import dataport.IntegrationTest;
import dataport.accounts.AccountService;
import dataport.merchants.Origin;
import dataport.onboarding.Applicants;
import dataport.onboarding.ApplicationDetails;
import dataport.onboarding.ApplicationState;
import dataport.onboarding.ApplicationSummary;
import dataport.onboarding.OnboardingService;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;

@IntegrationTest
class ReviewQueueViewTest extends SpringBrowserlessTest {

    @Autowired
    OnboardingService onboarding;

    @Autowired
    AccountService accounts;

    @Autowired
    AuthenticationProvider signIn;

    Applicants applicants;
    ApplicationDetails domestic;
    ApplicationDetails foreign;

    @BeforeEach
    void twoSubmittedApplicationsOneInReview() {
        applicants = new Applicants(accounts, signIn);
        applicants.signIn(applicants.newUser().email());
        domestic = Applicants.submitComplete(onboarding, Applicants.domestic("Queue Domestic " + System.nanoTime()));
        applicants.signIn(applicants.newUser().email());
        foreign = Applicants.submitComplete(onboarding, Applicants.foreign("Queue Foreign " + System.nanoTime(), "NO"));
        applicants.signIn(Applicants.COMPLIANCE);
        foreign = onboarding.startReview(foreign.id(), foreign.version());
    }

    @AfterEach
    void signOut() {
        Applicants.signOut();
    }

    @Test
    @SuppressWarnings("unchecked")
    void filtersByStateOriginAndCountry() {
        navigate(ReviewQueueView.class);
        Grid<ApplicationSummary> grid = $(Grid.class).id("applications");
        assertThat(ids(grid)).contains(domestic.id(), foreign.id());

        Select<ApplicationState> state = $(Select.class).id("filter-state");
        assertThat(state.getListDataView().getItems()).doesNotContain(ApplicationState.DRAFT);
        test(state).selectItem("In review");
        assertThat(ids(grid)).contains(foreign.id()).doesNotContain(domestic.id());
        assertThat(rows(grid)).extracting(ApplicationSummary::state).containsOnly(ApplicationState.IN_REVIEW);

        state.clear();
        test((Select<Origin>) $(Select.class).id("filter-origin")).selectItem("Mainland China (domestic)");
        assertThat(ids(grid)).contains(domestic.id()).doesNotContain(foreign.id());
        assertThat(rows(grid)).extracting(ApplicationSummary::origin).containsOnly(Origin.DOMESTIC);

        $(Select.class).id("filter-origin").clear();
        ((ComboBox<String>) $(ComboBox.class).id("filter-country")).setValue("NO");
        assertThat(ids(grid)).contains(foreign.id()).doesNotContain(domestic.id());
        assertThat(rows(grid)).extracting(ApplicationSummary::countryCode).containsOnly("NO");
        int norwegian = rows(grid).size();
        assertThat($(Span.class).id("applications-count").getText())
                .isEqualTo(norwegian == 1 ? "One application" : norwegian + " applications");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRowOpensTheApplication() {
        navigate(ReviewQueueView.class);
        ((ComboBox<String>) $(ComboBox.class).id("filter-country")).setValue("NO");
        Grid<ApplicationSummary> grid = $(Grid.class).id("applications");
        int row = ids(grid).indexOf(foreign.id());
        assertThat(row).isNotNegative();

        test(grid).clickRow(row);

        assertThat(getCurrentView()).isInstanceOf(ApplicationReviewView.class);
        assertThat($(Span.class).id("review-state").getText()).isEqualTo("In review");
    }

    private List<ApplicationSummary> rows(Grid<ApplicationSummary> grid) {
        var tester = test(grid);
        return IntStream.range(0, tester.size()).mapToObj(tester::getRow).toList();
    }

    private List<Long> ids(Grid<ApplicationSummary> grid) {
        return rows(grid).stream().map(ApplicationSummary::id).toList();
    }
}
