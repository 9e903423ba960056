package dataport.compliance.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dataport.compliance.CrossBorderFacts;
import dataport.compliance.MerchantDeclaration;
import dataport.compliance.MerchantFacts;
import dataport.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/** {@code /staff/cross-border}: merchants' cross-border declarations waiting for staff verification. */
@Route(value = FactsVerificationView.ROUTE, layout = MainLayout.class)
@RolesAllowed("COMPLIANCE")
public class FactsVerificationView extends Div implements HasDynamicTitle {

    public static final String ROUTE = "staff/cross-border";

    private final CrossBorderFacts facts;
    final Div list = new Div();

    FactsVerificationView(CrossBorderFacts facts) {
        this.facts = facts;
        addClassName("dp-page");
        setId("facts-verification");
        add(new H1(getTranslation("compliance.verify.title")), list);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        var waiting = facts.unverified();
        if (waiting.isEmpty()) {
            list.add(new Paragraph(getTranslation("compliance.verify.empty")));
        }
        for (MerchantFacts f : waiting) {
            MerchantDeclaration d = f.declaration();
            String name = facts.merchant(f.merchantId())
                    .map(m -> m.name().in(getLocale()))
                    .orElse("#" + f.merchantId());
            Button verify = new Button(getTranslation("compliance.verify.action"), e -> {
                facts.verifyMerchant(f.merchantId());
                refresh();
            });
            verify.setId("verify-" + f.merchantId());
            Div card = new Div(
                    new H3(name),
                    new Paragraph(getTranslation(
                            "compliance.verify.summary",
                            yesNo(d.ciiOperator()),
                            yesNo(d.inFreeTradeZone()),
                            d.sector() == null
                                    ? getTranslation("compliance.not-declared")
                                    : getTranslation("compliance.sector." + d.sector()),
                            d.outsideNonSensitive(),
                            d.outsideSensitive())),
                    verify);
            card.addClassName("dp-panel");
            list.add(card);
        }
    }

    private String yesNo(Boolean b) {
        return getTranslation(b == null ? "compliance.not-declared" : b ? "compliance.yes" : "compliance.no");
    }

    @Override
    public String getPageTitle() {
        return getTranslation("compliance.verify.title") + " · " + getTranslation("app.name");
    }
}
