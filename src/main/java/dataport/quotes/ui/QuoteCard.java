package dataport.quotes.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dataport.quotes.QuoteSummary;
import dataport.shared.ui.Times;
import java.time.Instant;
import java.util.Locale;

/** One request in a list: the listing (linking to the thread), its state, what was asked, the offer and its age. */
class QuoteCard extends Div {

    /** @param forMerchant the merchant's list: shows the buyer and how long the request or offer has waited */
    QuoteCard(QuoteSummary q, String href, boolean forMerchant, Instant now) {
        Locale locale = getLocale();
        addClassName("dp-quote-card");
        setId("quote-" + q.id());
        Anchor title = new Anchor(href, q.listingTitle().in(locale));
        title.addClassName("dp-quote-title");
        Span status = new Span(getTranslation("quotes.status." + q.status()));
        status.addClassNames("dp-badge", "dp-quote-status");
        status.getElement().setAttribute("data-status", q.status().name());
        Div head = new Div(title, status);
        head.addClassName("dp-quote-head");
        Span subject = new Span(q.subject());
        subject.addClassName("dp-quote-subject");
        add(head, subject);
        String asked = getTranslation("quotes.card.asked", Times.format(locale, q.createdAt()));
        Span meta = new Span(forMerchant ? q.buyerEmail() + " · " + asked : asked);
        meta.addClassName("dp-muted");
        add(meta);
        if (q.offer() != null) {
            Span offer = new Span(getTranslation(
                    "quotes.card.offer",
                    q.offer().price().format(locale),
                    Times.date(locale, q.offer().validUntil())));
            offer.addClassName("dp-quote-offer");
            add(offer);
        }
        if (q.status().isActive()) {
            Span age =
                    new Span(getTranslation("quotes.card.waiting." + q.status(), Ages.of(this, q.waitingSince(), now)));
            age.addClassName("dp-quote-age");
            add(age);
        }
    }
}
