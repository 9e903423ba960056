package dataport.orders;

import java.time.Instant;

/** A subscription's access ended (a failed renewal or a cancellation, at the period's end): delivery revokes it. */
public record AccessEnded(long orderId, Instant endedAt) {}
