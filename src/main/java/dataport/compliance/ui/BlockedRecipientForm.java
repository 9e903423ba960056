package dataport.compliance.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dataport.compliance.ListingDeclaration;
import dataport.compliance.NewBlockedRecipient;
import dataport.shared.ExportGate;
import dataport.shared.ui.Countries;
import dataport.shared.ui.LengthLimits;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Adds an entry to the blocked-recipients list. A broken field is marked with its message and everything typed
 * stays; the form clears only once the entry is stored.
 */
class BlockedRecipientForm extends Div {

    final TextField name = new TextField();
    final ComboBox<String> country = new ComboBox<>();
    final TextField email = new TextField();
    final TextField emailDomain = new TextField();
    final TextField registrationNumber = new TextField();
    final TextArea reason = new TextArea();
    final TextArea legalBasis = new TextArea();
    final Button add = new Button();
    private final Consumer<NewBlockedRecipient> onAdd;

    BlockedRecipientForm(Consumer<NewBlockedRecipient> onAdd) {
        this.onAdd = onAdd;
        addClassNames("dp-panel", "dp-blocked-form");
        setId("blocked-form");
        Locale locale = getLocale();
        text(name, "name", "blocked-name", NewBlockedRecipient.NAME_MAX);
        country.setLabel(getTranslation("compliance.blocked.field.country"));
        country.setId("blocked-country");
        country.setItems(Arrays.stream(Locale.getISOCountries())
                .filter(ExportGate::isExport)
                .sorted(Comparator.comparing((String code) -> Countries.name(code, locale)))
                .toList());
        country.setItemLabelGenerator(code -> Countries.name(code, locale) + " (" + code + ")");
        country.setClearButtonVisible(true);
        text(email, "email", "blocked-email", NewBlockedRecipient.EMAIL_MAX);
        text(emailDomain, "email-domain", "blocked-domain", NewBlockedRecipient.EMAIL_MAX);
        text(registrationNumber, "registration", "blocked-registration", NewBlockedRecipient.REGISTRATION_MAX);
        reason.setLabel(getTranslation("compliance.blocked.field.reason"));
        reason.setId("blocked-reason");
        LengthLimits.guard(reason, this, NewBlockedRecipient.REASON_MAX);
        legalBasis.setLabel(getTranslation("compliance.blocked.field.legal-basis"));
        legalBasis.setId("blocked-legal-basis");
        LengthLimits.guard(legalBasis, this, NewBlockedRecipient.LEGAL_BASIS_MAX);
        add.setText(getTranslation("compliance.blocked.add"));
        add.setId("blocked-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> submit());
        FormLayout form = new FormLayout(name, country, email, emailDomain, registrationNumber, reason, legalBasis);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("600px", 2));
        Paragraph help = new Paragraph(getTranslation("compliance.blocked.matching"));
        help.addClassName("dp-muted");
        add(new H2(getTranslation("compliance.blocked.add-title")), help, form, add);
    }

    private void text(TextField field, String label, String id, int max) {
        field.setLabel(getTranslation("compliance.blocked.field." + label));
        field.setId(id);
        LengthLimits.guard(field, this, max);
    }

    private void submit() {
        NewBlockedRecipient r = new NewBlockedRecipient(
                name.getValue(),
                country.getValue(),
                email.getValue(),
                emailDomain.getValue(),
                registrationNumber.getValue(),
                reason.getValue(),
                legalBasis.getValue());
        Map<String, HasValidation> fields = Map.of(
                "name", name,
                "country", country,
                "email", email,
                "emailDomain", emailDomain,
                "registrationNumber", registrationNumber,
                "reason", reason,
                "legalBasis", legalBasis);
        fields.values().forEach(f -> f.setInvalid(false));
        boolean fits = LengthLimits.check(name, this, NewBlockedRecipient.NAME_MAX)
                & LengthLimits.check(email, this, NewBlockedRecipient.EMAIL_MAX)
                & LengthLimits.check(emailDomain, this, NewBlockedRecipient.EMAIL_MAX)
                & LengthLimits.check(registrationNumber, this, NewBlockedRecipient.REGISTRATION_MAX)
                & LengthLimits.check(reason, this, NewBlockedRecipient.REASON_MAX)
                & LengthLimits.check(legalBasis, this, NewBlockedRecipient.LEGAL_BASIS_MAX);
        List<ListingDeclaration.Problem> problems = r.problems();
        for (ListingDeclaration.Problem p : problems) {
            HasValidation field = fields.get(p.field());
            if (!field.isInvalid()) {
                field.setErrorMessage(getTranslation(p.messageKey()));
                field.setInvalid(true);
            }
        }
        if (!fits || !problems.isEmpty()) {
            return;
        }
        onAdd.accept(r);
        name.clear();
        country.clear();
        email.clear();
        emailDomain.clear();
        registrationNumber.clear();
        reason.clear();
        legalBasis.clear();
    }
}
