package dataport.orders;

/** Published in the transaction that marks the order paid: delivery reacts to it after commit. */
public record OrderPaid(long orderId) {}
