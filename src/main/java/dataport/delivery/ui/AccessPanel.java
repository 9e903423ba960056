package dataport.delivery.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import dataport.catalog.DeliveryMode;

/** For SaaS, lines, on-premise and services: what the buyer gets and that the merchant sets it up. */
class AccessPanel extends Div {

    AccessPanel(DeliveryMode mode) {
        addClassName("dp-section");
        setId("access-panel");
        add(
                new H2(getTranslation("delivery.access.title")),
                new Paragraph(getTranslation("delivery.access.buyer." + mode)));
    }
}
