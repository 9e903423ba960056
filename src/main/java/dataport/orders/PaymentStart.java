package dataport.orders;

/**
 * Where the buyer goes to pay: the Checkout Session's hosted page, or, when the order no longer waits for payment,
 * nowhere ({@code url} null) and the page shows the order's state.
 */
public record PaymentStart(long orderId, OrderStatus status, String url) {}
