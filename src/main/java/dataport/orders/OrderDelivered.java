package dataport.orders;

/** Published in the transaction that marks the order delivered. */
public record OrderDelivered(long orderId) {}
