package dataport.quotes.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import dataport.quotes.PrivateOffer;
import dataport.quotes.QuoteStatus;
import dataport.shared.ui.Times;
import java.util.Locale;

/** The current private offer as its buyer reads it, with "Accept and pay" and "Decline" while it awaits them. */
class OfferPanel extends Div {

    final Button accept = new Button();
    final Button decline = new Button();
    final Paragraph problem = new Paragraph();

    OfferPanel(PrivateOffer offer, String planName, QuoteStatus status, Runnable onAccept, Runnable onDecline) {
        Locale locale = getLocale();
        addClassNames("dp-panel", "dp-quote-offer-panel");
        setId("quote-offer");
        add(new H2(getTranslation("quotes.offer.title")));
        Paragraph price = new Paragraph(offer.price().format(locale));
        price.setId("quote-offer-price");
        price.addClassName("dp-plan-price");
        add(price, new Paragraph(getTranslation("quotes.offer.plan", planName)));
        Paragraph valid = new Paragraph(getTranslation("quotes.offer.valid", Times.date(locale, offer.validUntil())));
        valid.setId("quote-offer-valid");
        add(valid);
        if (offer.terms() != null) {
            Paragraph terms = new Paragraph(getTranslation("quotes.offer.terms-line", offer.terms()));
            terms.setId("quote-offer-terms");
            add(terms);
        }
        problem.setId("quote-offer-problem");
        problem.addClassName("dp-error");
        problem.setVisible(false);
        add(problem);
        if (status != QuoteStatus.OFFERED) {
            Paragraph closed = new Paragraph(getTranslation("quotes.offer.closed." + status));
            closed.setId("quote-offer-closed");
            closed.addClassName("dp-muted");
            add(closed);
            return;
        }
        accept.setText(getTranslation("quotes.offer.accept"));
        accept.setId("quote-accept");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.setDisableOnClick(true);
        accept.addClickListener(e -> onAccept.run());
        decline.setText(getTranslation("quotes.offer.decline"));
        decline.setId("quote-decline");
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        decline.addClickListener(e -> onDecline.run());
        add(new Div(accept, decline));
    }

    void tell(String message) {
        problem.setText(message);
        problem.setVisible(true);
        accept.setEnabled(true);
    }
}
