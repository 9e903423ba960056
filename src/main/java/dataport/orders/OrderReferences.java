package dataport.orders;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Names of orders for other modules' read models (statements, the finance page, reconciliation), many at once. It
 * answers for any id: callers check who may see which order (settlement asks only for a merchant's own orders).
 */
@Service
public class OrderReferences {

    private final Orders orders;

    OrderReferences(Orders orders) {
        this.orders = orders;
    }

    @Transactional(readOnly = true)
    public Map<Long, OrderReference> of(Collection<Long> orderIds) {
        Map<Long, OrderReference> result = new HashMap<>();
        if (orderIds.isEmpty()) {
            return result;
        }
        for (Order o : orders.findAllById(orderIds)) {
            result.put(
                    o.getId(),
                    new OrderReference(
                            o.getId(),
                            o.getNumber(),
                            o.getTitle(),
                            o.getMerchantId(),
                            o.getPaymentRef(),
                            o.total(),
                            o.getStatus()));
        }
        return result;
    }
}
