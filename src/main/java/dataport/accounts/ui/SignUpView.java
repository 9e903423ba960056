package dataport.accounts.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dataport.accounts.AccountException;
import dataport.accounts.AccountService;
import dataport.accounts.NewAccount;
import dataport.accounts.PasswordRules;
import dataport.shared.Languages;
import dataport.shared.RateLimit;
import dataport.shared.RateLimitedException;
import dataport.shared.RateLimits;
import dataport.shared.ui.ClientAddress;
import dataport.shared.ui.LengthLimits;
import dataport.shared.ui.MainLayout;
import dataport.shared.ui.RateLimitMessages;
import java.util.Locale;
import java.util.Map;

/**
 * Sign-up at {@code /signup}. The binder checks every field on the server and shows the reason next to it; what was
 * typed stays in the fields when something is wrong. The service checks the same rules again.
 */
@Route(value = "signup", layout = MainLayout.class)
@AnonymousAllowed
public class SignUpView extends AccountPage {

    private final AccountService accounts;
    private final RateLimits rateLimits;
    final EmailField email = new EmailField();
    final TextField displayName = new TextField();
    final PasswordField password = new PasswordField();
    final PasswordField confirmation = new PasswordField();
    final RadioButtonGroup<Locale> language = new RadioButtonGroup<>();
    final Button submit = new Button();
    private final Binder<Form> binder = new Binder<>();

    SignUpView(AccountService accounts, RateLimits rateLimits) {
        super("accounts.signup.title");
        this.accounts = accounts;
        this.rateLimits = rateLimits;

        email.setId("signup-email");
        email.setLabel(getTranslation("accounts.field.email"));
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
        // The field checks the address format itself before the binder does: give it the same words.
        email.setI18n(new EmailField.EmailFieldI18n()
                .setPatternErrorMessage(getTranslation("accounts.signup.email-invalid"))
                .setRequiredErrorMessage(getTranslation("accounts.signup.email-required")));
        displayName.setId("signup-name");
        displayName.setLabel(getTranslation("accounts.field.name"));
        password.setId("signup-password");
        password.setLabel(getTranslation("accounts.field.password"));
        password.setHelperText(getTranslation("accounts.password.hint", PasswordRules.MIN_LENGTH));
        password.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        confirmation.setId("signup-confirmation");
        confirmation.setLabel(getTranslation("accounts.field.confirmation"));
        confirmation.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NEW_PASSWORD);
        language.setId("signup-language");
        language.setLabel(getTranslation("accounts.field.language"));
        language.setItems(Languages.ENGLISH, Languages.CHINESE);
        // Each language names itself, as on the header's switch.
        language.setItemLabelGenerator(l -> Languages.isChinese(l) ? "简体中文" : "English");
        // Not getLocale(): before the view is attached that is the provider's default, not the visitor's language.
        language.setValue(Languages.isChinese(UI.getCurrent().getLocale()) ? Languages.CHINESE : Languages.ENGLISH);

        submit.setText(getTranslation("accounts.signup.submit"));
        submit.setId("signup-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> submit());
        submit.addClickShortcut(Key.ENTER);

        bind();

        FormLayout fields = new FormLayout(email, displayName, password, confirmation, language);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        Paragraph signIn = new Paragraph(getTranslation("accounts.signup.have-account") + " ");
        signIn.add(new RouterLink(getTranslation("accounts.signup.sign-in"), LoginView.class));
        signIn.addClassName("dp-account-alt");
        card.add(new H1(getTranslation("accounts.signup.title")), fields, submit, signIn);
    }

    private void bind() {
        binder.forField(email)
                .asRequired(getTranslation("accounts.signup.email-required"))
                // Refused, not cut: a maxlength would drop the end of a pasted address without a word.
                .withValidator(LengthLimits.validator(this, AccountService.MAX_EMAIL_LENGTH))
                .withValidator(new EmailValidator(getTranslation("accounts.signup.email-invalid")))
                .bind(Form::getEmail, Form::setEmail);
        binder.forField(displayName)
                .asRequired(getTranslation("accounts.signup.name-required"))
                .withValidator(LengthLimits.validator(this, AccountService.MAX_NAME_LENGTH))
                .bind(Form::getDisplayName, Form::setDisplayName);
        binder.forField(password)
                .asRequired(getTranslation("accounts.password.too-short", PasswordRules.MIN_LENGTH))
                .withValidator((value, context) -> PasswordRules.problem(value, email.getValue())
                        .map(key -> ValidationResult.error(getTranslation(key, PasswordRules.MIN_LENGTH)))
                        .orElse(ValidationResult.ok()))
                .bind(Form::getPassword, Form::setPassword);
        binder.forField(confirmation)
                .asRequired(getTranslation("accounts.signup.confirmation-mismatch"))
                .withValidator(
                        value -> value.equals(password.getValue()),
                        getTranslation("accounts.signup.confirmation-mismatch"))
                .bind(Form::getConfirmation, Form::setConfirmation);
        binder.forField(language).asRequired().bind(Form::getLocale, Form::setLocale);
        Form form = new Form();
        form.setLocale(language.getValue());
        binder.setBean(form);
        // A changed password or address re-checks the fields that depend on it.
        password.addValueChangeListener(e -> {
            if (!confirmation.isEmpty()) {
                binder.validate();
            }
        });
    }

    private void submit() {
        if (!binder.validate().isOk()) {
            return;
        }
        Form form = binder.getBean();
        try {
            rateLimits.check(RateLimit.SIGN_UP, ClientAddress.current());
        } catch (RateLimitedException limited) {
            showProblem(RateLimitMessages.of(this, limited));
            return;
        }
        try {
            accounts.signUp(
                    new NewAccount(form.getEmail(), form.getDisplayName(), form.getPassword(), form.getLocale()));
        } catch (AccountException refused) {
            HasValidation field = Map.<String, HasValidation>of(
                            "email", email, "displayName", displayName, "password", password)
                    .getOrDefault(refused.field(), email);
            field.setErrorMessage(getTranslation(refused.messageKey(), PasswordRules.MIN_LENGTH));
            field.setInvalid(true);
            return;
        }
        showMessage(
                "signup-done",
                "accounts.signup.done.title",
                "accounts.signup.done.text",
                new RouterLink(getTranslation("accounts.signup.sign-in"), LoginView.class));
    }

    /** What the form edits; the binder writes into it only values that passed their checks. */
    static final class Form {
        private String email = "";
        private String displayName = "";
        private String password = "";
        private String confirmation = "";
        private Locale locale = Languages.ENGLISH;

        String getEmail() {
            return email;
        }

        void setEmail(String email) {
            this.email = email;
        }

        String getDisplayName() {
            return displayName;
        }

        void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        String getPassword() {
            return password;
        }

        void setPassword(String password) {
            this.password = password;
        }

        String getConfirmation() {
            return confirmation;
        }

        void setConfirmation(String confirmation) {
            this.confirmation = confirmation;
        }

        Locale getLocale() {
            return locale;
        }

        void setLocale(Locale locale) {
            this.locale = locale;
        }
    }
}
