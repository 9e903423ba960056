package dataport.settlement;

/** A merchant's connected account can receive payouts now (it could not before): what waited is sent. */
public record ConnectPayoutsEnabled(long merchantId) {}
