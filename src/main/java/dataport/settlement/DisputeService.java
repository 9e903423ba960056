package dataport.settlement;

import dataport.accounts.CurrentUser;
import dataport.audit.AuditService;
import dataport.orders.OrderService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disputes: the buyer opens one with a reason from the order page; staff (ADMIN or COMPLIANCE) decide: release the
 * share to the merchant, or refund the buyer. Decisions go to the audit trail. Stripe's disputes arrive through
 * the orders module's webhook ({@code StripeDisputeReported}).
 */
@Service
public class DisputeService {

    /** Longest reason a buyer may give. */
    public static final int REASON_MAX = 2000;

    private final Disputes disputes;
    private final Settlements settlements;
    private final OrderService orders;
    private final CurrentUser currentUser;
    private final AuditService audit;

    DisputeService(
            Disputes disputes,
            Settlements settlements,
            OrderService orders,
            CurrentUser currentUser,
            AuditService audit) {
        this.disputes = disputes;
        this.settlements = settlements;
        this.orders = orders;
        this.currentUser = currentUser;
        this.audit = audit;
    }

    /**
     * The signed-in buyer disputes their order with a reason. Refused (IllegalStateException / IllegalArgumentException
     * with a settlement message key) for a blank or over-long reason, an unpaid or fully refunded order, or while a
     * dispute of the order is open.
     */
    @PermitAll
    @Transactional
    public long openAsBuyer(long orderId, String reason) {
        long buyer = currentUser.require().id();
        orders.purchaseOfBuyer(orderId, buyer).orElseThrow(() -> new AccessDeniedException("Not your order"));
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("settlement.dispute.reason-required");
        }
        if (reason.strip().length() > REASON_MAX) {
            throw new IllegalArgumentException("settlement.dispute.reason-too-long");
        }
        return settlements.openDispute(orderId, Dispute.Source.BUYER, null, reason.strip());
    }

    /** The money of the signed-in buyer's order (when the merchant's payment is released), empty if not theirs. */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<SettlementView> settlementOfMyOrder(long orderId) {
        long buyer = currentUser.require().id();
        if (orders.purchaseOfBuyer(orderId, buyer).isEmpty()) {
            return Optional.empty();
        }
        return settlements.view(orderId);
    }

    /** The disputes of the signed-in buyer's order, newest first. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<DisputeView> ofMyOrder(long orderId) {
        long buyer = currentUser.require().id();
        if (orders.purchaseOfBuyer(orderId, buyer).isEmpty()) {
            return List.of();
        }
        return disputes.findByOrderIdOrderByIdDesc(orderId).stream()
                .map(Dispute::view)
                .toList();
    }

    /** Open disputes first, then the decided ones, newest first. */
    @RolesAllowed({"ADMIN", "COMPLIANCE"})
    @Transactional(readOnly = true)
    public List<DisputeView> list(int limit) {
        return disputes.findOpenFirst(PageRequest.of(0, Math.max(1, Math.min(limit, 500)))).stream()
                .map(Dispute::view)
                .toList();
    }

    /** The order's money, for the staff page. */
    @RolesAllowed({"ADMIN", "COMPLIANCE"})
    @Transactional(readOnly = true)
    public Optional<SettlementView> settlementOf(long orderId) {
        return settlements.view(orderId);
    }

    /** Staff release the disputed share to the merchant (held → available); audited. */
    @RolesAllowed({"ADMIN", "COMPLIANCE"})
    @Transactional
    public void release(long disputeId, String note) {
        settlements.decideRelease(disputeId, currentUser.require().email(), note);
        audit.record("dispute.released", "dispute", Long.toString(disputeId), "OPEN", "RELEASED" + noteText(note));
    }

    /**
     * Staff decide for the buyer: the dispute is closed as REFUNDED (audited). The money goes back through the refund
     * flow (the refund service's staff refund), which the page calls next for what is still refundable.
     */
    @RolesAllowed({"ADMIN", "COMPLIANCE"})
    @Transactional
    public void decideForBuyer(long disputeId, String note) {
        settlements.decideRefund(disputeId, currentUser.require().email(), note);
        audit.record("dispute.refunded", "dispute", Long.toString(disputeId), "OPEN", "REFUNDED" + noteText(note));
    }

    private static String noteText(String note) {
        return note == null || note.isBlank() ? "" : ": " + note.strip();
    }
}
