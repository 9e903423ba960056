package dataport.merchants;

/**
 * What buyers see of a merchant may differ now: its status changed (suspended, reinstated) or a whitelist entry of it
 * was granted or revoked. Published in the change's transaction.
 */
public record MerchantChanged(long merchantId) {}
