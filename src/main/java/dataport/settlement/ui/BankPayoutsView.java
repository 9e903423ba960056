package dataport.settlement.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dataport.settlement.BankPayouts;
import dataport.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/**
 * Staff's bank payouts at {@code /admin/payouts}: mainland merchants' registered accounts to verify, the button that
 * runs a payout batch (one pain.001 file to download and send to the bank), the upload of the bank's pain.002 status
 * report, and the batches with their totals and each payout's status.
 */
@Route(value = BankPayoutsView.ROUTE, layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class BankPayoutsView extends Div implements HasDynamicTitle {

    public static final String ROUTE = "admin/payouts";

    private final BankAccountsPanel accounts;
    private final PayoutBatchesPanel batches;

    BankPayoutsView(BankPayouts bankPayouts) {
        setId("bank-payouts-page");
        addClassNames("dp-page", "dp-admin");
        Paragraph lead = new Paragraph(getTranslation("settlement-bank.admin.intro"));
        lead.addClassName("dp-muted");
        accounts = new BankAccountsPanel(bankPayouts);
        batches = new PayoutBatchesPanel(bankPayouts, this::refresh);
        StatusReportUpload upload = new StatusReportUpload(bankPayouts, this::refresh);
        add(new H1(getTranslation("settlement-bank.admin.title")), lead, batches, upload, accounts);
    }

    void refresh() {
        accounts.refresh();
        batches.refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settlement-bank.admin.title") + " · " + getTranslation("app.name");
    }
}
