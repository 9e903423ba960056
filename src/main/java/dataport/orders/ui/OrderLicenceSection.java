package dataport.orders.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import dataport.catalog.ui.LicencePlainWords;
import dataport.orders.OrderLicence;
import dataport.orders.OrderService;
import dataport.shared.ui.OrderPageSection;
import java.util.Optional;

/**
 * The licence part of an order's page (the buyer's {@code /purchases/{id}} and the merchant's sale page): the policy
 * the order was bought under in plain words, with the link to its ODRL document, whatever the listing says today.
 */
@org.springframework.stereotype.Component
class OrderLicenceSection implements OrderPageSection {

    private final OrderService orders;

    OrderLicenceSection(OrderService orders) {
        this.orders = orders;
    }

    @Override
    public Optional<Component> forOrder(long orderId) {
        return orders.licenceOfMyOrder(orderId).map(OrderLicenceSection::section);
    }

    private static Component section(OrderLicence licence) {
        Div section = new Div();
        section.addClassNames("dp-panel", "dp-order-licence");
        section.setId("order-licence");
        section.add(new H2(section.getTranslation("licence.order.title")));
        if (licence.policy() == null) {
            Paragraph none = new Paragraph(section.getTranslation("licence.order.none"));
            none.addClassName("dp-muted");
            String text = licence.text() == null
                    ? ""
                    : licence.text()
                            .in(com.vaadin.flow.component.UI.getCurrent().getLocale());
            section.add(none, new Paragraph(text));
            return section;
        }
        section.add(new LicencePlainWords(
                licence.policy().terms(),
                licence.merchantName(),
                licence.policy().additions(),
                licence.policy().path()));
        return section;
    }
}
