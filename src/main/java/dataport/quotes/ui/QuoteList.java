package dataport.quotes.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dataport.quotes.QuoteSummary;
import java.time.Instant;
import java.util.List;
import java.util.function.LongFunction;

/** Requests as cards, or a notice when there are none. */
class QuoteList extends Div {

    QuoteList(String id, List<QuoteSummary> quotes, LongFunction<String> href, boolean forMerchant, String emptyKey) {
        setId(id);
        addClassName("dp-quote-list");
        if (quotes.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation(emptyKey));
            empty.setId(id + "-empty");
            add(empty);
            return;
        }
        Instant now = Instant.now();
        quotes.forEach(q -> add(new QuoteCard(q, href.apply(q.id()), forMerchant, now)));
    }
}
