package dataport.quotes.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import dataport.quotes.QuoteService;
import dataport.shared.ui.MainLayout;
import jakarta.annotation.security.PermitAll;

/** {@code /quotes}: the signed-in buyer's requests for quotes, most recently active first, each linking its thread. */
@StyleSheet("themes/dataport/quotes.css")
@Route(value = MyQuotesView.ROUTE, layout = MainLayout.class)
@PermitAll
public class MyQuotesView extends QuotePage {

    public static final String ROUTE = "quotes";

    MyQuotesView(QuoteService quotes) {
        super("quotes.mine.title");
        Paragraph lead = new Paragraph(getTranslation("quotes.mine.lead"));
        lead.addClassName("dp-muted");
        add(new H1(getTranslation("quotes.mine.title")), lead);
        add(new QuoteList("my-quotes", quotes.myRequests(), id -> ROUTE + "/" + id, false, "quotes.mine.empty"));
    }
}
