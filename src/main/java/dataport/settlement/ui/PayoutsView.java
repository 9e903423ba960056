package dataport.settlement.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dataport.settlement.ConnectOnboarding;
import dataport.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/**
 * {@code /workspace/payouts}: how the merchant is paid. The page composes one section per payout rail: Stripe Connect
 * for merchants outside mainland China ({@link ConnectPayoutSection}); the bank account section for mainland
 * merchants is added beside it. Stripe's onboarding returns here with {@code ?connect=return} (or
 * {@code ?connect=refresh} when its link expired).
 */
@StyleSheet("themes/dataport/payouts.css")
@Route(value = ConnectOnboarding.PAYOUTS_ROUTE, layout = MainLayout.class)
@RolesAllowed("MERCHANT")
public class PayoutsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ConnectOnboarding connect;

    PayoutsView(ConnectOnboarding connect) {
        this.connect = connect;
        addClassNames("dp-page", "dp-payouts");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String from =
                event.getLocation().getQueryParameters().getParameters().getOrDefault("connect", List.of()).stream()
                        .findFirst()
                        .orElse("");
        removeAll();
        H1 heading = new H1(getTranslation("settlement.payouts.title"));
        Paragraph lead = new Paragraph(getTranslation("settlement.payouts.lead"));
        lead.addClassName("dp-lead");
        add(heading, lead);
        add(new ConnectPayoutSection(connect, from));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settlement.payouts.title") + " · " + getTranslation("app.name");
    }
}
