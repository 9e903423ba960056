package dataport.orders;

/** Published in the transaction that creates an order (the buyer agreed to the frozen purchase at checkout). */
public record OrderPlaced(long orderId) {}
