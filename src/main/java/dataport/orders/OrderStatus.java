package dataport.orders;

/** Where an order stands. Only {@code Order}'s own methods move it, and they refuse illegal steps. */
public enum OrderStatus {
    PENDING_PAYMENT,
    PAID,
    DELIVERED,
    ACCEPTED,
    CANCELLED,
    REFUNDED,
    DISPUTED
}
