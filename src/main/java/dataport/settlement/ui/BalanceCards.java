package dataport.settlement.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dataport.settlement.Balances;
import java.util.List;

/** One card per currency: pending, held, available, in transit and paid out. */
class BalanceCards extends Div {

    BalanceCards(List<Balances> balances) {
        addClassName("dp-section");
        setId("balances");
        add(new H2(getTranslation("finance.balances.title")));
        if (balances.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("finance.balances.empty"));
            empty.addClassName("dp-muted");
            empty.setId("balances-empty");
            add(empty);
            return;
        }
        Div cards = new Div();
        cards.addClassName("dp-finance-cards");
        for (Balances b : balances) {
            Div card = new Div(new H3(b.currency()));
            card.addClassName("dp-finance-card");
            card.setId("balance-" + b.currency());
            card.add(
                    amount("pending", b.pending(), b.currency()),
                    amount("held", b.held(), b.currency()),
                    amount("available", b.available(), b.currency()),
                    amount("in-transit", b.inTransit(), b.currency()),
                    amount("paid-out", b.paidOut(), b.currency()));
            cards.add(card);
        }
        add(cards);
    }

    private Div amount(String which, long minor, String currency) {
        Span label = new Span(getTranslation("finance.balance." + which));
        label.addClassName("dp-finance-label");
        Span value = new Span(Amounts.of(minor, currency, getLocale()));
        value.addClassName("dp-finance-amount");
        value.getElement().setAttribute("data-minor", Long.toString(minor));
        Div row = new Div(label, value);
        row.addClassName("dp-finance-row");
        row.getElement().setAttribute("data-balance", which);
        return row;
    }
}
