package dataport.settlement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import dataport.settlement.BankAccountDetails;
import dataport.settlement.BankAccountDetails.Field;
import dataport.settlement.BankAccountSummary;
import dataport.settlement.BankPayouts;
import dataport.shared.ui.Times;
import java.util.EnumMap;
import java.util.Map;

/**
 * Payout rail 2 on the merchant's payouts page: the CNY bank account DataPort's bank files pay (beneficiary name, bank
 * name, BIC, CNAPS code, account number). Form errors are translated and shown on their field; nothing typed is
 * cleared. A saved account waits for staff verification before it is paid; changing it asks for verification again.
 */
class BankAccountSection extends Div {

    private final BankPayouts bankPayouts;
    private final Map<Field, TextField> fields = new EnumMap<>(Field.class);
    private final Paragraph state = new Paragraph();

    BankAccountSection(BankPayouts bankPayouts) {
        this.bankPayouts = bankPayouts;
        setId("bank-account");
        addClassName("dp-section");
        add(new H2(getTranslation("settlement-bank.account.title")));
        Paragraph help = new Paragraph(getTranslation("settlement-bank.account.help"));
        help.addClassName("dp-muted");
        state.setId("bank-account-state");
        add(help, state);

        field(Field.BENEFICIARY_NAME, "bank-beneficiary", "settlement-bank.account.beneficiary", null);
        field(Field.BANK_NAME, "bank-name", "settlement-bank.account.bank", null);
        field(Field.BIC, "bank-bic", "settlement-bank.account.bic", "settlement-bank.account.bic.help");
        field(Field.CNAPS, "bank-cnaps", "settlement-bank.account.cnaps", "settlement-bank.account.cnaps.help");
        field(Field.ACCOUNT_NUMBER, "bank-account-number", "settlement-bank.account.number", null);

        Button save = new Button(getTranslation("settlement-bank.account.save"), e -> save());
        save.setId("bank-account-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(save);

        bankPayouts
                .myAccount()
                .ifPresentOrElse(this::show, () -> state.setText(getTranslation("settlement-bank.account.state.none")));
    }

    private void field(Field field, String id, String labelKey, String helpKey) {
        TextField text = new TextField(getTranslation(labelKey));
        text.setId(id);
        text.setWidthFull();
        if (helpKey != null) {
            text.setHelperText(getTranslation(helpKey));
        }
        fields.put(field, text);
        add(text);
    }

    void save() {
        BankAccountDetails details = new BankAccountDetails(
                value(Field.BENEFICIARY_NAME),
                value(Field.BANK_NAME),
                value(Field.BIC),
                value(Field.CNAPS),
                value(Field.ACCOUNT_NUMBER));
        Map<Field, String> problems = bankPayouts.saveMyAccount(details);
        fields.forEach((field, text) -> {
            String key = problems.get(field);
            text.setInvalid(key != null);
            text.setErrorMessage(key == null ? null : getTranslation(key, BankAccountDetails.MAX_NAME));
        });
        if (problems.isEmpty()) {
            bankPayouts.myAccount().ifPresent(this::show);
            Notification.show(
                    getTranslation("settlement-bank.account.saved"), 4000, Notification.Position.BOTTOM_CENTER);
        }
    }

    private void show(BankAccountSummary account) {
        BankAccountDetails d = account.details();
        fields.get(Field.BENEFICIARY_NAME).setValue(d.beneficiaryName());
        fields.get(Field.BANK_NAME).setValue(d.bankName());
        fields.get(Field.BIC).setValue(d.bic());
        fields.get(Field.CNAPS).setValue(d.cnaps());
        fields.get(Field.ACCOUNT_NUMBER).setValue(d.accountNumber());
        state.setText(
                account.verified()
                        ? getTranslation(
                                "settlement-bank.account.state.verified",
                                Times.format(getLocale(), account.verifiedAt()))
                        : getTranslation("settlement-bank.account.state.unverified"));
        state.getElement().setAttribute("data-verified", Boolean.toString(account.verified()));
    }

    private String value(Field field) {
        return fields.get(field).getValue();
    }

    TextField fieldOf(Field field) {
        return fields.get(field);
    }
}
