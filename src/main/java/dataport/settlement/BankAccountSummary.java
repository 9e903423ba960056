package dataport.settlement;

import java.time.Instant;

/** A merchant's registered bank account as pages show it. */
public record BankAccountSummary(
        long merchantId,
        BankAccountDetails details,
        boolean verified,
        Instant verifiedAt,
        String verifiedBy,
        Instant updatedAt) {}
