package dataport.settlement;

import java.time.Instant;
import java.util.List;

/**
 * A merchant's Stripe connected account as pages show it.
 *
 * @param requirementsDue Stripe's {@code requirements.currently_due} codes (e.g. {@code external_account})
 * @param disabledReason Stripe's {@code requirements.disabled_reason}, or null
 */
public record ConnectStatus(
        String stripeAccountId,
        boolean chargesEnabled,
        boolean payoutsEnabled,
        boolean detailsSubmitted,
        List<String> requirementsDue,
        String disabledReason,
        Instant updatedAt) {}
