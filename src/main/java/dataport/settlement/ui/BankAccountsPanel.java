package dataport.settlement.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import dataport.settlement.BankPayouts;
import dataport.settlement.BankPayouts.AccountForStaff;
import dataport.shared.Money;

/** Staff's list of mainland merchants' bank accounts: unverified ones first, each with a Verify button. */
class BankAccountsPanel extends Div {

    private final BankPayouts bankPayouts;
    final Grid<AccountForStaff> grid = new Grid<>();

    BankAccountsPanel(BankPayouts bankPayouts) {
        this.bankPayouts = bankPayouts;
        addClassName("dp-section");
        grid.setId("bank-accounts");
        grid.setAllRowsVisible(true);
        grid.addColumn(row -> row.merchantName().in(getLocale()))
                .setHeader(getTranslation("settlement-bank.admin.accounts.merchant"))
                .setAutoWidth(true);
        grid.addColumn(a -> a.account().details().beneficiaryName())
                .setHeader(getTranslation("settlement-bank.account.beneficiary"));
        grid.addColumn(a -> a.account().details().bankName() + " · "
                        + a.account().details().bic() + " · "
                        + a.account().details().cnaps())
                .setHeader(getTranslation("settlement-bank.account.bank"));
        grid.addColumn(a -> a.account().details().accountNumber())
                .setHeader(getTranslation("settlement-bank.account.number"));
        grid.addColumn(a ->
                        Money.ofMinor(a.availableMinor(), BankPayouts.CURRENCY).format(getLocale()))
                .setHeader(getTranslation("settlement-bank.admin.accounts.available"));
        grid.addComponentColumn(this::verification)
                .setHeader(getTranslation("settlement-bank.admin.accounts.status"))
                .setAutoWidth(true);
        add(new H2(getTranslation("settlement-bank.admin.accounts.title")), grid);
        refresh();
    }

    private com.vaadin.flow.component.Component verification(AccountForStaff row) {
        if (row.account().verified()) {
            return new Span(getTranslation("settlement-bank.admin.accounts.verified"));
        }
        Button verify = new Button(getTranslation("settlement-bank.admin.accounts.verify"), e -> {
            bankPayouts.verify(row.account().merchantId());
            refresh();
        });
        verify.setId("verify-" + row.account().merchantId());
        return verify;
    }

    void refresh() {
        grid.setItems(bankPayouts.accountsForStaff());
    }
}
