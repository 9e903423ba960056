package dataport.compliance;

import java.time.Instant;

/** A past order a rule change would route differently (a dry run's line). */
public record RerouteChange(
        long orderId,
        Instant routedAt,
        String country,
        Outcome oldOutcome,
        String oldRule,
        Outcome newOutcome,
        String newRule) {}
