package dataport.evidence.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dataport.evidence.CertificateReport;
import dataport.evidence.ChainReport;
import dataport.evidence.EvidenceVerifier;
import dataport.shared.ui.MainLayout;
import dataport.shared.ui.Times;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * {@code /verify/{certificate}}, open to anyone: a trade's evidence records (no personal data) and, in plain words,
 * whether they and the whole chain check out. An unknown certificate shows the not-found page.
 */
@Route(value = "verify/:certificate", layout = MainLayout.class)
@AnonymousAllowed
public class CertificateView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final EvidenceVerifier verifier;
    private String title = "";

    CertificateView(EvidenceVerifier verifier) {
        this.verifier = verifier;
        addClassName("dp-page");
        addClassName("dp-certificate-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<CertificateReport> report = event.getRouteParameters()
                .get("certificate")
                .filter(id -> id.length() <= 40)
                .flatMap(verifier::certificate);
        if (report.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        show(report.get());
    }

    private void show(CertificateReport report) {
        removeAll();
        title = getTranslation("evidence.certificate.title", report.certificateId());
        Anchor back = new Anchor(VerifyTradeView.ROUTE, getTranslation("evidence.certificate.back"));
        add(back, new H1(title));
        Paragraph verdict = new Paragraph(verdictText(report));
        verdict.setId("verify-result");
        verdict.addClassName(report.verdict() == CertificateReport.Verdict.VALID ? "dp-success" : "dp-error");
        verdict.getElement().setAttribute("data-verdict", report.verdict().name());
        add(verdict);
        ChainReport chain = report.chain();
        Paragraph checkpoint = new Paragraph(
                chain.lastCheckpoint() == null
                        ? getTranslation("evidence.certificate.no-checkpoint")
                        : getTranslation(
                                "evidence.certificate.checkpoint",
                                chain.lastCheckpoint().sequence(),
                                Times.format(getLocale(), chain.lastCheckpoint().signedAt())));
        checkpoint.addClassName("dp-muted");
        add(checkpoint);
        if (!report.problems().isEmpty()) {
            Div problems = new Div();
            problems.setId("verify-problems");
            report.problems()
                    .forEach(p -> problems.add(new Paragraph(
                            getTranslation("evidence.problem." + p.kind().name(), p.sequence()))));
            add(problems);
        }
        Set<Long> flagged = new HashSet<>();
        report.problems().forEach(p -> flagged.add(p.sequence()));
        add(new H2(getTranslation("evidence.certificate.records")), new RecordsList(report.records(), flagged));
        Paragraph how = new Paragraph(getTranslation("evidence.certificate.how"));
        how.addClassName("dp-muted");
        add(how);
    }

    private String verdictText(CertificateReport report) {
        return switch (report.verdict()) {
            case VALID ->
                getTranslation(
                        "evidence.verdict.valid",
                        report.records().size(),
                        report.chain().records());
            case TRADE_TAMPERED -> getTranslation("evidence.verdict.tampered");
            case CHAIN_BROKEN_ELSEWHERE ->
                getTranslation(
                        "evidence.verdict.elsewhere", report.chain().problems().size());
        };
    }

    @Override
    public String getPageTitle() {
        return title + " · " + getTranslation("app.name");
    }
}
