package dataport.evidence.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dataport.evidence.SpotCheckCampaignView;
import dataport.evidence.SpotChecks;
import dataport.shared.ui.MainLayout;
import dataport.shared.ui.RouteIds;
import dataport.shared.ui.Times;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@code /compliance/spot-checks/{id}}: a campaign's seed, period and strata, its cases, and the report as CSV. */
@Route(value = SpotChecksView.ROUTE + "/:campaignId", layout = MainLayout.class)
@RolesAllowed("COMPLIANCE")
public class CampaignView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SpotChecks spotChecks;
    private long campaignId;
    private String title = "";

    CampaignView(SpotChecks spotChecks) {
        this.spotChecks = spotChecks;
        addClassName("dp-page");
        addClassName("dp-staff");
        addClassName("dp-campaign");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Long> id = event.getRouteParameters().get("campaignId").flatMap(RouteIds::parse);
        if (id.isEmpty() || spotChecks.campaign(id.get()).isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        campaignId = id.get();
        show();
    }

    private void show() {
        removeAll();
        SpotCheckCampaignView c = spotChecks.campaign(campaignId).orElseThrow();
        title = c.title();
        Anchor back = new Anchor(SpotChecksView.ROUTE, getTranslation("evidence.spot.back"));
        Paragraph facts = new Paragraph(getTranslation(
                "evidence.spot.campaign.facts",
                Times.date(getLocale(), c.periodFrom()),
                Times.date(getLocale(), c.periodTo()),
                c.population(),
                c.cases(),
                c.sampleSize()));
        Paragraph seed = new Paragraph(getTranslation("evidence.spot.campaign.seed", String.valueOf(c.seed())));
        seed.setId("campaign-seed-shown");
        String strata = spotChecks.strata(campaignId).entrySet().stream()
                .map(e -> getTranslation("evidence.spot.class." + e.getKey()) + " " + e.getValue())
                .collect(Collectors.joining(" · "));
        Paragraph strataLine = new Paragraph(getTranslation("evidence.spot.campaign.strata", strata));
        Paragraph state = new Paragraph(getTranslation("evidence.spot.campaign.state", c.open(), c.overdue()));
        state.setId("campaign-state");
        Anchor csv = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = spotChecks.csv(campaignId).getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes),
                            "spot-check-" + campaignId + ".csv",
                            "text/csv;charset=UTF-8",
                            bytes.length);
                }),
                getTranslation("evidence.spot.campaign.csv"));
        csv.setId("campaign-csv");
        Div reports = new Div(csv);
        reports.addClassName("dp-campaign-reports");
        if (spotChecks.pdfAvailable()) {
            Anchor pdf = new Anchor(
                    DownloadHandler.fromInputStream(event -> {
                        byte[] bytes = spotChecks.pdf(campaignId);
                        return new DownloadResponse(
                                new ByteArrayInputStream(bytes),
                                "spot-check-" + campaignId + ".pdf",
                                "application/pdf",
                                bytes.length);
                    }),
                    getTranslation("evidence.spot.campaign.pdf"));
            pdf.setId("campaign-pdf");
            reports.add(new Span(" · "), pdf);
        } else {
            Span none = new Span(" " + getTranslation("evidence.spot.campaign.no-pdf"));
            none.addClassName("dp-muted");
            reports.add(none);
        }
        Div cases = new Div();
        cases.setId("campaign-cases");
        spotChecks.cases(campaignId).forEach(k -> cases.add(new CaseCard(k, spotChecks, this::show)));
        if (cases.getChildren().findAny().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("evidence.spot.campaign.empty"));
            none.addClassName("dp-empty");
            cases.add(none);
        }
        add(
                back,
                new H1(title),
                facts,
                seed,
                strataLine,
                state,
                reports,
                new H2(getTranslation("evidence.spot.cases")),
                cases);
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
