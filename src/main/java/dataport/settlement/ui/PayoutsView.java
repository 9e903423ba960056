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
 * A merchant's payout settings at {@code /workspace/payouts}. The page composes one section per payout rail: mainland
 * merchants (country CN) register the CNY bank account their bank-file payouts go to ({@link BankAccountSection});
 * the Stripe Connect section for foreign merchants is added next to it.
 */
@Route(value = PayoutsView.ROUTE, layout = MainLayout.class)
@RolesAllowed("MERCHANT")
public class PayoutsView extends Div implements HasDynamicTitle {

    public static final String ROUTE = "workspace/payouts";

    PayoutsView(BankPayouts bankPayouts) {
        setId("payouts-page");
        addClassName("dp-page");
        add(new H1(getTranslation("settlement-bank.payouts.title")));
        Paragraph intro = new Paragraph(getTranslation("settlement-bank.payouts.intro"));
        intro.addClassName("dp-muted");
        add(intro);
        if (bankPayouts.myMerchantIsPaidByBankFile()) {
            add(new BankAccountSection(bankPayouts));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settlement-bank.payouts.title") + " · " + getTranslation("app.name");
    }
}
