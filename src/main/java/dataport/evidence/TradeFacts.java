package dataport.evidence;

/** What a certificate keeps of its trade to sample spot checks by: no buyer, no price, nothing personal. */
record TradeFacts(long orderId, long listingId, long merchantId, String classification) {}
