package dataport.merchants;

/** Whether a merchant may trade. Only compliance staff suspend and reinstate. */
public enum MerchantStatus {
    ACTIVE,
    SUSPENDED
}
