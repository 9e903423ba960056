package dataport.orders;

/** Stripe closed a dispute of the order's charge: won (the merchant keeps the money) or lost (the buyer got it back). */
public record ChargeDisputeClosed(long orderId, String stripeDisputeId, long amountMinor, boolean won) {}
