package dataport.evidence.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import dataport.evidence.EvidenceVerifier;
import dataport.shared.ui.OrderPageSection;
import java.util.Optional;

/** The trade's evidence certificate with a link to its public verification page, on the buyer's and seller's pages. */
@org.springframework.stereotype.Component
class CertificateSection implements OrderPageSection {

    private final EvidenceVerifier verifier;

    CertificateSection(EvidenceVerifier verifier) {
        this.verifier = verifier;
    }

    @Override
    public Optional<Component> forOrder(long orderId) {
        return verifier.certificateOf(orderId).map(id -> {
            Div section = new Div();
            section.addClassName("dp-certificate");
            H2 heading = new H2(section.getTranslation("evidence.section.title"));
            Paragraph lead = new Paragraph(section.getTranslation("evidence.section.lead"));
            lead.addClassName("dp-muted");
            Anchor link = new Anchor("verify/" + id, id);
            link.setId("certificate-link");
            section.add(heading, lead, link);
            return section;
        });
    }
}
