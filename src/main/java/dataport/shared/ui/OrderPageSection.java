package dataport.shared.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A section another module adds to an order's page (the buyer's {@code /purchases/{id}} and the merchant's
 * {@code /workspace/orders/{id}}), as a Spring bean, so the page needs to know no module that depends on it. The page
 * asks only after it checked that the reader may see the order.
 */
public interface OrderPageSection {

    /** A new component for the order, or empty when there is nothing to show yet. */
    Optional<Component> forOrder(long orderId);
}
