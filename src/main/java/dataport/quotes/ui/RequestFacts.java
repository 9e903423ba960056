package dataport.quotes.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import dataport.quotes.QuoteThread;
import dataport.shared.ui.Countries;
import dataport.shared.ui.Times;
import java.util.Locale;

/** What the buyer asked: the listing, the request's state and its answers, and (for the merchant and staff) who. */
class RequestFacts extends Div {

    RequestFacts(QuoteThread t, boolean showBuyer) {
        Locale locale = getLocale();
        addClassNames("dp-panel", "dp-quote-facts");
        setId("quote-facts");
        Anchor listing =
                new Anchor("listings/" + t.listingId(), t.listingTitle().in(locale));
        listing.setId("quote-listing-link");
        Span status = new Span(getTranslation("quotes.status." + t.status()));
        status.addClassNames("dp-badge", "dp-quote-status");
        status.setId("quote-status");
        status.getElement().setAttribute("data-status", t.status().name());
        add(new H2(listing), status);
        if (showBuyer) {
            fact("quotes.facts.buyer", t.buyerEmail());
        }
        fact("quotes.form.subject", t.subject());
        fact("quotes.form.volume", t.volume());
        fact("quotes.form.period", t.period());
        fact("quotes.form.intended-use", t.intendedUse());
        fact("quotes.form.destination", Countries.name(t.destinationCountry(), locale));
        fact("quotes.facts.asked", Times.format(locale, t.createdAt()));
    }

    private void fact(String labelKey, String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("dp-fact-label");
        Span text = new Span(value);
        text.addClassName("dp-fact-value");
        Div row = new Div(label, text);
        row.addClassName("dp-fact");
        add(row);
    }
}
