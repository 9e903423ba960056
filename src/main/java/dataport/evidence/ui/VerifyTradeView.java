package dataport.evidence.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import dataport.evidence.Checkpoints;
import dataport.evidence.EvidenceVerifier;
import dataport.shared.ui.MainLayout;
import java.util.Locale;

/**
 * {@code /verify/trade}: anyone enters a trade's certificate id to see its evidence; the signing key is published here. */
@Route(value = VerifyTradeView.ROUTE, layout = MainLayout.class)
@AnonymousAllowed
public class VerifyTradeView extends Div implements HasDynamicTitle {

    /** Not {@code /verify}: that is the e-mail verification link of accounts. */
    public static final String ROUTE = "verify/trade";

    final TextField certificate = new TextField();
    final Button check = new Button();
    private final EvidenceVerifier verifier;

    VerifyTradeView(EvidenceVerifier verifier, Checkpoints checkpoints) {
        this.verifier = verifier;
        addClassName("dp-page");
        addClassName("dp-verify");
        Paragraph lead = new Paragraph(getTranslation("evidence.verify.lead"));
        lead.addClassName("dp-muted");
        certificate.setId("certificate-field");
        certificate.setLabel(getTranslation("evidence.verify.field"));
        certificate.setPlaceholder("DP-2026-XXXX-XXXX-XXXX");
        certificate.setClearButtonVisible(true);
        check.setText(getTranslation("evidence.verify.check"));
        check.setId("check-certificate");
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickShortcut(Key.ENTER);
        check.addClickListener(e -> check());
        HorizontalLayout form = new HorizontalLayout(certificate, check);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(new H1(getTranslation("evidence.verify.title")), lead, form, new PublicKeyBox(checkpoints.publicKeyPem()));
    }

    private void check() {
        String id = certificate.getValue() == null
                ? ""
                : certificate.getValue().strip().toUpperCase(Locale.ROOT);
        if (id.isEmpty()) {
            certificate.setErrorMessage(getTranslation("evidence.verify.empty"));
            certificate.setInvalid(true);
            return;
        }
        if (id.length() > 40 || !verifier.exists(id)) {
            certificate.setErrorMessage(getTranslation("evidence.verify.unknown"));
            certificate.setInvalid(true);
            return;
        }
        certificate.setInvalid(false);
        getUI().ifPresent(ui -> ui.navigate("verify/" + id));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("evidence.verify.title") + " · " + getTranslation("app.name");
    }
}
