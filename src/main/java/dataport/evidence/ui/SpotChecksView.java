package dataport.evidence.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import dataport.evidence.SpotCheckCampaignView;
import dataport.evidence.SpotChecks;
import dataport.shared.ui.MainLayout;
import dataport.shared.ui.Times;
import jakarta.annotation.security.RolesAllowed;

/** {@code /compliance/spot-checks}: the campaigns so far and a form to start one (事后抽查). */
@Route(value = SpotChecksView.ROUTE, layout = MainLayout.class)
@RolesAllowed("COMPLIANCE")
public class SpotChecksView extends Div implements HasDynamicTitle {

    public static final String ROUTE = "compliance/spot-checks";

    final Grid<SpotCheckCampaignView> grid = new Grid<>();
    private final SpotChecks spotChecks;

    SpotChecksView(SpotChecks spotChecks) {
        this.spotChecks = spotChecks;
        addClassName("dp-page");
        addClassName("dp-staff");
        Paragraph lead = new Paragraph(getTranslation("evidence.spot.lead"));
        lead.addClassName("dp-muted");
        grid.setId("campaigns");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAllRowsVisible(true);
        grid.addColumn(new ComponentRenderer<>(c -> {
                    Anchor link = new Anchor(ROUTE + "/" + c.id(), c.title());
                    link.addClassName("dp-campaign-link");
                    return link;
                }))
                .setHeader(getTranslation("evidence.spot.col.title"))
                .setFlexGrow(2);
        grid.addColumn(c -> Times.date(getLocale(), c.periodFrom()) + " – " + Times.date(getLocale(), c.periodTo()))
                .setHeader(getTranslation("evidence.spot.col.period"));
        grid.addColumn(c -> getTranslation("evidence.spot.col.cases-value", c.cases(), c.population()))
                .setHeader(getTranslation("evidence.spot.col.cases"));
        grid.addColumn(SpotCheckCampaignView::open).setHeader(getTranslation("evidence.spot.col.open"));
        grid.addColumn(SpotCheckCampaignView::overdue).setHeader(getTranslation("evidence.spot.col.overdue"));
        grid.addColumn(c -> Times.format(getLocale(), c.startedAt()))
                .setHeader(getTranslation("evidence.spot.col.started"));
        add(
                new H1(getTranslation("evidence.spot.title")),
                lead,
                new StartCampaignForm(this::start),
                new H2(getTranslation("evidence.spot.campaigns")),
                grid);
        grid.setItems(spotChecks.campaigns());
    }

    private void start(SpotChecks.NewCampaign request) {
        SpotCheckCampaignView started = spotChecks.start(request);
        getUI().ifPresent(ui -> ui.navigate(ROUTE + "/" + started.id()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("evidence.spot.title") + " · " + getTranslation("app.name");
    }
}
