package dataport.settlement.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dataport.settlement.BankPayouts;
import dataport.settlement.ConnectOnboarding;
import dataport.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * A merchant's payout settings at {@code /workspace/payouts}. The page composes one section per payout rail: mainland
 * merchants (country CN) register the CNY bank account their bank-file payouts go to ({@link BankAccountSection});
 * merchants elsewhere link a Stripe connected account ({@link ConnectPayoutSection}). Stripe's onboarding returns
 * here with {@code ?connect=return} (or {@code ?connect=refresh} when its link expired).
 */
@StyleSheet("themes/dataport/payouts.css")
@Route(value = PayoutsView.ROUTE, layout = MainLayout.class)
@RolesAllowed("MERCHANT")
public class PayoutsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = ConnectOnboarding.PAYOUTS_ROUTE;

    private final BankPayouts bankPayouts;
    private final ConnectOnboarding connect;

    PayoutsView(BankPayouts bankPayouts, ConnectOnboarding connect) {
        this.bankPayouts = bankPayouts;
        this.connect = connect;
        setId("payouts-page");
        addClassName("dp-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String connectStep =
                event.getLocation().getQueryParameters().getParameters().getOrDefault("connect", List.of()).stream()
                        .findFirst()
                        .orElse("");
        removeAll();
        add(new H1(getTranslation("settlement-bank.payouts.title")));
        Paragraph intro = new Paragraph(getTranslation("settlement-bank.payouts.intro"));
        intro.addClassName("dp-muted");
        add(intro);
        if (bankPayouts.myMerchantIsPaidByBankFile()) {
            add(new BankAccountSection(bankPayouts));
        }
        add(new ConnectPayoutSection(connect, connectStep));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settlement-bank.payouts.title") + " · " + getTranslation("app.name");
    }
}
