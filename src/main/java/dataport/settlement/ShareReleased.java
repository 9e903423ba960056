package dataport.settlement;

/** The merchant's share of an order moved from pending to available (buyer accepted, or hold period over). */
public record ShareReleased(long orderId, long merchantId, String currency, long amountMinor) {}
