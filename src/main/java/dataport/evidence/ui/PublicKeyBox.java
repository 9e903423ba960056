package dataport.evidence.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;

/** The platform's checkpoint-signing public key, as published at {@code /verify/public-key}. */
class PublicKeyBox extends Div {

    PublicKeyBox(String pem) {
        addClassName("dp-public-key");
        Paragraph lead = new Paragraph(getTranslation("evidence.key.lead"));
        lead.addClassName("dp-muted");
        Pre key = new Pre(pem);
        key.setId("public-key");
        Anchor plain = new Anchor("verify/public-key", getTranslation("evidence.key.download"));
        plain.setRouterIgnore(true);
        add(new H2(getTranslation("evidence.key.title")), lead, key, plain);
    }
}
