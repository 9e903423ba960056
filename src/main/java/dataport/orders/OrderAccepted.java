package dataport.orders;

/** Published in the transaction in which the buyer accepts delivery (settlement releases the merchant's share). */
public record OrderAccepted(long orderId) {}
