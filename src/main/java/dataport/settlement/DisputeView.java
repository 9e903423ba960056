package dataport.settlement;

import java.time.Instant;

/** A dispute as the staff page and the buyer's order page show it. */
public record DisputeView(
        long id,
        long orderId,
        String source,
        String stripeDisputeId,
        String reason,
        String status,
        Instant openedAt,
        Instant decidedAt,
        String decidedBy,
        String decisionNote) {

    public boolean open() {
        return "OPEN".equals(status);
    }
}
