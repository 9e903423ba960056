package dataport.orders.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import dataport.shared.Bilingual;

/** The licence the buyer agrees to, as the merchant wrote it (frozen into the order when they pay). */
class LicenceTerms extends Div {

    LicenceTerms(Bilingual licence) {
        addClassNames("dp-panel", "dp-checkout-licence");
        setId("checkout-licence");
        String text = licence == null ? "" : licence.in(getLocale());
        Paragraph body = new Paragraph(text.isBlank() ? getTranslation("orders.checkout.licence.none") : text);
        body.getStyle().set("white-space", "pre-line");
        add(new H2(getTranslation("orders.checkout.licence")), body);
    }
}
