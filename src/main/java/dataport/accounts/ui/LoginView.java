package dataport.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dataport.accounts.AccountService;
import dataport.accounts.EmailNotVerifiedException;
import dataport.accounts.SignInProblems;
import dataport.shared.ui.MainLayout;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.WebAttributes;

/**
 * Sign-in at {@code /login}. The form posts to Spring Security (a full page load, so the session id changes);
 * a failure comes back as {@code /login?error} with the reason in the session, shown here translated.
 */
@Route(value = "login", layout = MainLayout.class)
@AnonymousAllowed
public class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;
    private final AuthenticationContext authentication;
    private final LoginForm form = new LoginForm();
    private final Div resend = new Div();

    LoginView(AccountService accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
        addClassName("dp-page");
        addClassName("dp-account-page");

        form.setId("login-form");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(e -> getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        form.setI18n(i18n("accounts.login.error.credentials"));

        resend.setId("login-resend");
        resend.setVisible(false);

        Paragraph signUp = new Paragraph(getTranslation("accounts.login.no-account") + " ");
        RouterLink signUpLink = new RouterLink(getTranslation("accounts.login.sign-up"), SignUpView.class);
        signUpLink.setId("login-sign-up");
        signUp.add(signUpLink);
        signUp.addClassName("dp-account-alt");

        Div card = new Div(new H1(getTranslation("accounts.login.title")), form, resend, signUp);
        card.addClassName("dp-account-card");
        add(card);
    }

    private LoginI18n i18n(String errorKey) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.Form texts = i18n.getForm();
        texts.setTitle(getTranslation("accounts.login.title"));
        texts.setUsername(getTranslation("accounts.field.email"));
        texts.setPassword(getTranslation("accounts.field.password"));
        texts.setSubmit(getTranslation("accounts.login.submit"));
        texts.setForgotPassword(getTranslation("accounts.login.forgot"));
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        error.setTitle(getTranslation(errorKey + ".title"));
        error.setMessage(getTranslation(errorKey + ".message"));
        error.setUsername(getTranslation("accounts.login.error.username-required"));
        error.setPassword(getTranslation("accounts.login.error.password-required"));
        i18n.setAdditionalInformation(null);
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        if (!event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            return;
        }
        AuthenticationException failure = lastFailure();
        form.setI18n(i18n(failure == null ? "accounts.login.error.credentials" : SignInProblems.messageKey(failure)));
        form.setError(true);
        if (failure instanceof EmailNotVerifiedException unverified) {
            offerResend(unverified.email());
        }
    }

    private static AuthenticationException lastFailure() {
        VaadinSession session = VaadinSession.getCurrent();
        WrappedSession http = session == null ? null : session.getSession();
        if (http == null) {
            return null;
        }
        Object failure = http.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        // Shown once: a later visit to /login?error must not repeat an old reason.
        http.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return failure instanceof AuthenticationException e ? e : null;
    }

    private void offerResend(String email) {
        Button again = new Button(getTranslation("accounts.login.resend"));
        again.setId("login-resend-button");
        again.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        again.addClickListener(e -> {
            accounts.resendVerification(email);
            resend.removeAll();
            Paragraph sent = new Paragraph(getTranslation("accounts.login.resent"));
            sent.setId("login-resent");
            sent.getElement().setAttribute("role", "status");
            resend.add(sent);
        });
        resend.removeAll();
        resend.add(again);
        resend.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.login.title") + " · " + getTranslation("app.name");
    }
}
