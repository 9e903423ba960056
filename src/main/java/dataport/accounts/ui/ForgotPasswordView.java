package dataport.accounts.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dataport.accounts.AccountService;
import dataport.shared.RateLimit;
import dataport.shared.RateLimitedException;
import dataport.shared.RateLimits;
import dataport.shared.ui.ClientAddress;
import dataport.shared.ui.LengthLimits;
import dataport.shared.ui.MainLayout;
import dataport.shared.ui.RateLimitMessages;
import java.util.Locale;

/** {@code /forgot-password}: mails a reset link. The answer is the same whether the address has an account or not. */
@Route(value = "forgot-password", layout = MainLayout.class)
@AnonymousAllowed
public class ForgotPasswordView extends AccountPage {

    ForgotPasswordView(AccountService accounts, RateLimits rateLimits) {
        super("accounts.forgot.title");
        EmailField email = new EmailField(getTranslation("accounts.field.email"));
        email.setId("forgot-email");
        email.setWidthFull();
        email.setRequiredIndicatorVisible(true);
        email.setI18n(new EmailField.EmailFieldI18n()
                .setPatternErrorMessage(getTranslation("accounts.signup.email-invalid"))
                .setRequiredErrorMessage(getTranslation("accounts.signup.email-required")));
        Button send = new Button(getTranslation("accounts.forgot.submit"));
        send.setId("forgot-submit");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.addClickListener(e -> {
            if (!LengthLimits.check(email, this, AccountService.MAX_EMAIL_LENGTH)) {
                return;
            }
            if (email.isEmpty() || email.isInvalid()) {
                email.setInvalid(true);
                return;
            }
            try {
                // Per network and per address, so nobody can flood one mailbox from many networks either.
                rateLimits.check(RateLimit.PASSWORD_RESET, ClientAddress.current());
                rateLimits.check(
                        RateLimit.PASSWORD_RESET,
                        "account:" + email.getValue().trim().toLowerCase(Locale.ROOT));
            } catch (RateLimitedException limited) {
                showProblem(RateLimitMessages.of(this, limited));
                return;
            }
            accounts.requestPasswordReset(email.getValue());
            showMessage(
                    "forgot-done",
                    "accounts.forgot.done.title",
                    "accounts.forgot.done.text",
                    new RouterLink(getTranslation("accounts.signup.sign-in"), LoginView.class));
        });
        card.add(
                new H1(getTranslation("accounts.forgot.title")),
                new Paragraph(getTranslation("accounts.forgot.text")),
                email,
                send);
    }
}
