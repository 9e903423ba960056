package dataport.orders;

/** Stripe reports that the buyer's bank disputes the order's charge (published in the webhook's transaction). */
public record ChargeDisputed(long orderId, String stripeDisputeId, String reason) {}
