package dataport.compliance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import dataport.IntegrationTest;
import dataport.catalog.DemoSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;

/** The public rules page, and compliance staff's editor with its dry run. */
@IntegrationTest
class RulesViewTest extends SpringBrowserlessTest {

    @Autowired
    AuthenticationProvider signIn;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anyoneReadsTheRulesInOrderButOnlyComplianceMayEditThem() {
        DemoSignIn.as(signIn, DemoSignIn.BUYER);
        navigate(RulesView.ROUTE, RulesView.class);

        assertThat($(RuleCard.class).all()).hasSizeGreaterThanOrEqualTo(16);
        assertThat($(RuleCard.class).all().getFirst().getId()).contains("rule-CORE_DATA");
        assertThat($(Button.class).all()).noneMatch(b -> b.getId().orElse("").startsWith("edit-"));
    }

    @Test
    void complianceSeesADryRunAndABlankReasonIsRefusedWithoutLosingTheRest() {
        DemoSignIn.as(signIn, DemoSignIn.COMPLIANCE);
        navigate(RulesView.ROUTE, RulesView.class);

        test($(Button.class).id("edit-PERSONAL_SMALL")).click();
        RuleEditor editor = $(RuleEditor.class).single();
        editor.maxPersonal.setValue(50_000);
        test(editor.dryRun).click();
        assertThat(editor.dryRunResult.getChildren().findFirst().map(c -> ((Paragraph) c).getText()))
                .get()
                .asString()
                .contains("past orders");

        editor.reasonEn.setValue("");
        test(editor.save).click();
        assertThat(editor.reasonEn.isInvalid()).isTrue();
        assertThat(editor.isOpened()).isTrue();
        assertThat(editor.maxPersonal.getValue()).isEqualTo(50_000);
    }
}
