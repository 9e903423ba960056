package dataport.onboarding;

/** Compliance staff approved an application, which created (or joined) the merchant {@code merchantId}. */
public record MerchantApplicationApproved(long applicationId, long merchantId, String approvedBy) {}
