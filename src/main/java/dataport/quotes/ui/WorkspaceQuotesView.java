package dataport.quotes.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.Route;
import dataport.quotes.QuoteService;
import dataport.shared.ui.MainLayout;
import jakarta.annotation.security.RolesAllowed;

/**
 * {@code /workspace/quotes}: the requests for quotes to the member's merchant, most recently active first, with how
 * long each open request has waited for an offer and each offer for the buyer's answer.
 */
@StyleSheet("themes/dataport/quotes.css")
@Route(value = WorkspaceQuotesView.ROUTE, layout = MainLayout.class)
@RolesAllowed("MERCHANT")
public class WorkspaceQuotesView extends QuotePage {

    public static final String ROUTE = "workspace/quotes";

    WorkspaceQuotesView(QuoteService quotes) {
        super("quotes.workspace.title");
        Paragraph lead = new Paragraph(getTranslation("quotes.workspace.lead"));
        lead.addClassName("dp-muted");
        add(new H1(getTranslation("quotes.workspace.title")), lead);
        add(new QuoteList(
                "merchant-quotes", quotes.merchantRequests(), id -> ROUTE + "/" + id, true, "quotes.workspace.empty"));
    }
}
