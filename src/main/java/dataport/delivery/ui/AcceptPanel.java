package dataport.delivery.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import dataport.orders.OrderStatus;

/** Once the merchant delivered: the buyer confirms it (which releases the merchant's payment), or sees it is done. */
class AcceptPanel extends Div {

    final Button accept = new Button();

    AcceptPanel(OrderStatus status, Runnable onAccept) {
        addClassName("dp-section");
        setId("accept-panel");
        add(new H2(getTranslation("delivery.accept.title")));
        if (status == OrderStatus.ACCEPTED) {
            Paragraph done = new Paragraph(getTranslation("delivery.accept.done"));
            done.setId("accepted");
            add(done);
            return;
        }
        Paragraph help = new Paragraph(
                getTranslation(status == OrderStatus.DELIVERED ? "delivery.accept.help" : "delivery.accept.not-yet"));
        help.addClassName("dp-muted");
        accept.setText(getTranslation("delivery.accept.button"));
        accept.setId("accept-delivery");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        accept.setEnabled(status == OrderStatus.DELIVERED);
        accept.addClickListener(e -> {
            accept.setEnabled(false);
            onAccept.run();
        });
        add(help, accept);
    }
}
