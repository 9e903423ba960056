package dataport.orders.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import java.util.List;

/** A page listing one party's orders as cards, newest first: a buyer's purchases or a merchant's sales. */
abstract class OrdersPage extends Div implements HasDynamicTitle {

    /** The newest orders shown; older ones follow when paging is needed (no one has that many yet). */
    static final int LIMIT = 200;

    final Div list = new Div();
    private final String titleKey;

    OrdersPage(String titleKey) {
        this.titleKey = titleKey;
        addClassNames("dp-page", "dp-orders");
    }

    /**
     * The notice shown when there are no orders, the list of cards (its id is {@code listId}, the notice's
     * {@code listId-empty}) and the notice that only the newest {@link #LIMIT} of {@code count} are shown.
     */
    final Component[] listing(String listId, String emptyKey, long count, List<OrderCard> cards) {
        Paragraph empty = new Paragraph(getTranslation(emptyKey));
        empty.setId(listId + "-empty");
        empty.setVisible(count == 0);

        list.setId(listId);
        list.addClassName("dp-order-list");
        cards.forEach(list::add);
        list.setVisible(count > 0);
        Paragraph more = new Paragraph(getTranslation("orders.list.more", LIMIT, count));
        more.addClassName("dp-muted");
        more.setVisible(count > LIMIT);
        return new Component[] {empty, list, more};
    }

    @Override
    public String getPageTitle() {
        return getTranslation(titleKey) + " · " + getTranslation("app.name");
    }
}
