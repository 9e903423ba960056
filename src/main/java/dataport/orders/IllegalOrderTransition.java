package dataport.orders;

/** An order was asked for a step its state does not allow (pay twice, accept before delivery, ...). */
public class IllegalOrderTransition extends IllegalStateException {

    private final OrderStatus status;

    IllegalOrderTransition(String orderNumber, OrderStatus status, String what) {
        super("Order " + orderNumber + " is " + status + ": cannot " + what);
        this.status = status;
    }

    public OrderStatus status() {
        return status;
    }
}
