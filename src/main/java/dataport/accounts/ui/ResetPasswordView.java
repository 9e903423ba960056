package dataport.accounts.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dataport.accounts.AccountException;
import dataport.accounts.AccountService;
import dataport.accounts.PasswordRules;
import dataport.accounts.TokenOutcome;
import dataport.shared.ui.MainLayout;

/** The link in the reset mail: {@code /reset-password?token=…} sets a new password. */
@Route(value = "reset-password", layout = MainLayout.class)
@AnonymousAllowed
public class ResetPasswordView extends AccountPage implements BeforeEnterObserver {

    private final AccountService accounts;
    private final PasswordField password = new PasswordField();
    private final PasswordField confirmation = new PasswordField();
    private String token = "";

    ResetPasswordView(AccountService accounts) {
        super("accounts.reset.title");
        this.accounts = accounts;
        password.setId("reset-password");
        password.setLabel(getTranslation("accounts.field.new-password"));
        password.setHelperText(getTranslation("accounts.password.hint", PasswordRules.MIN_LENGTH));
        password.setWidthFull();
        confirmation.setId("reset-confirmation");
        confirmation.setLabel(getTranslation("accounts.field.confirmation"));
        confirmation.setWidthFull();
        Button save = new Button(getTranslation("accounts.reset.submit"));
        save.setId("reset-submit");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> save());
        card.add(new H1(getTranslation("accounts.reset.title")), password, confirmation, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("token")
                .orElse("");
    }

    private void save() {
        password.setInvalid(false);
        confirmation.setInvalid(false);
        var problem = PasswordRules.problem(password.getValue(), null);
        if (problem.isPresent()) {
            invalid(password, problem.get());
            return;
        }
        if (!password.getValue().equals(confirmation.getValue())) {
            invalid(confirmation, "accounts.signup.confirmation-mismatch");
            return;
        }
        TokenOutcome outcome;
        try {
            outcome = accounts.resetPassword(token, password.getValue());
        } catch (AccountException refused) {
            invalid(password, refused.messageKey());
            return;
        }
        switch (outcome) {
            case DONE ->
                showMessage(
                        "reset-result",
                        "accounts.reset.done.title",
                        "accounts.reset.done.text",
                        new RouterLink(getTranslation("accounts.signup.sign-in"), LoginView.class));
            case EXPIRED, INVALID ->
                showMessage(
                        "reset-result",
                        "accounts.reset.failed.title",
                        outcome == TokenOutcome.EXPIRED ? "accounts.reset.expired.text" : "accounts.reset.invalid.text",
                        new RouterLink(getTranslation("accounts.forgot.again"), ForgotPasswordView.class));
        }
    }

    private void invalid(PasswordField field, String key) {
        field.setErrorMessage(getTranslation(key, PasswordRules.MIN_LENGTH));
        field.setInvalid(true);
    }
}
