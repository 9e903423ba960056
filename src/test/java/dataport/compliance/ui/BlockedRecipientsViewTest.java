package dataport.compliance.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import dataport.IntegrationTest;
import dataport.catalog.DemoSignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;

/** Compliance staff's page of blocked recipients: adding with a clear error and nothing lost, and deactivating. */
@IntegrationTest
class BlockedRecipientsViewTest extends SpringBrowserlessTest {

    @Autowired
    AuthenticationProvider signIn;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void anEntryWithoutAReasonIsRefusedKeepingWhatWasTypedThenAddedAndDeactivatedWithAReason() {
        DemoSignIn.as(signIn, DemoSignIn.COMPLIANCE);
        navigate(BlockedRecipientsView.ROUTE, BlockedRecipientsView.class);
        // The view itself is behind a method-security proxy (@RolesAllowed): read its parts from the UI tree.
        BlockedRecipientForm form = $(BlockedRecipientForm.class).single();
        String name = "Blocked view check " + System.nanoTime();

        form.name.setValue(name);
        form.emailDomain.setValue("view-check.example");
        form.legalBasis.setValue("PIPL Art. 42");
        test(form.add).click();

        assertThat(form.reason.isInvalid()).isTrue();
        assertThat(form.reason.getErrorMessage()).isEqualTo("Please fill this in.");
        assertThat(form.name.getValue()).isEqualTo(name);
        assertThat(form.emailDomain.getValue()).isEqualTo("view-check.example");

        form.reason.setValue("Listed by the regulator");
        test(form.add).click();

        assertThat(form.name.getValue()).isEmpty();
        BlockedRecipientCard card = $(BlockedRecipientCard.class).all().stream()
                .filter(c -> c.getElement().getText().contains(name)
                        || c.getChildren()
                                .anyMatch(
                                        x -> x.getElement().getTextRecursively().contains(name)))
                .findFirst()
                .orElseThrow();
        String id = card.getId().orElseThrow().substring("blocked-".length());
        test($(com.vaadin.flow.component.button.Button.class).id("blocked-deactivate-" + id))
                .click();
        DeactivateBlockedDialog dialog = $(DeactivateBlockedDialog.class).single();
        test(dialog.confirm).click();
        assertThat(dialog.reason.isInvalid()).as("a blank reason is refused").isTrue();
        dialog.reason.setValue("Listing lifted");
        test(dialog.confirm).click();

        assertThat($(com.vaadin.flow.component.html.Paragraph.class)
                        .id("blocked-deactivated-" + id)
                        .getText())
                .contains("Listing lifted");
    }
}
