package dataport.evidence.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dataport.evidence.SpotCheckCaseView;
import dataport.evidence.SpotChecks;
import dataport.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;

/** {@code /workspace/spot-checks}: the merchant's trades picked for a spot check, and the evidence staff asked for. */
@Route(value = "workspace/spot-checks", layout = MainLayout.class)
@RolesAllowed("MERCHANT")
public class MerchantSpotChecksView extends Div implements HasDynamicTitle {

    private final SpotChecks spotChecks;
    private final Div cases = new Div();

    MerchantSpotChecksView(SpotChecks spotChecks) {
        this.spotChecks = spotChecks;
        addClassName("dp-page");
        addClassName("dp-merchant-spot-checks");
        Paragraph lead = new Paragraph(getTranslation("evidence.spot.merchant.lead"));
        lead.addClassName("dp-muted");
        cases.setId("my-cases");
        add(new H1(getTranslation("evidence.spot.merchant.title")), lead, cases);
        show();
    }

    private void show() {
        cases.removeAll();
        List<SpotCheckCaseView> mine = spotChecks.myCases();
        if (mine.isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("evidence.spot.merchant.none"));
            none.addClassName("dp-empty");
            cases.add(none);
        }
        mine.forEach(c -> cases.add(new EvidenceUploadCard(c, spotChecks, this::show)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("evidence.spot.merchant.title") + " · " + getTranslation("app.name");
    }
}
