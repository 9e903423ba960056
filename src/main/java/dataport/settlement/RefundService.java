package dataport.settlement;

import dataport.accounts.CurrentUser;
import dataport.audit.AuditService;
import dataport.merchants.MerchantService;
import dataport.orders.OrderRefunds;
import jakarta.annotation.security.RolesAllowed;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Refunds, full or partial, through Stripe (orders' {@link OrderRefunds}): a member of the selling merchant before the
 * share is released, staff (ADMIN or COMPLIANCE) at any time. The ledger entry follows in the transaction that records
 * Stripe's refund. Refusals carry message keys (settlement or orders bundle).
 */
@Service
public class RefundService {

    public static final String AFTER_RELEASE = "settlement.refund.after-release";

    private final Settlements settlements;
    private final OrderRefunds refunds;
    private final MerchantService merchants;
    private final CurrentUser currentUser;
    private final AuditService audit;
    private final TransactionTemplate transactions;
    private final TransactionTemplate reads;

    RefundService(
            Settlements settlements,
            OrderRefunds refunds,
            MerchantService merchants,
            CurrentUser currentUser,
            AuditService audit,
            PlatformTransactionManager tm) {
        this.settlements = settlements;
        this.refunds = refunds;
        this.merchants = merchants;
        this.currentUser = currentUser;
        this.audit = audit;
        this.transactions = new TransactionTemplate(tm);
        this.reads = new TransactionTemplate(tm);
        this.reads.setReadOnly(true);
    }

    /** The order's money, for a member of its merchant (empty for anyone else or an unpaid order). */
    @RolesAllowed("MERCHANT")
    public Optional<SettlementView> ofMySale(long orderId) {
        long me = currentUser.require().id();
        return reads.execute(tx -> settlements.view(orderId).filter(s -> merchants.isMember(me, s.merchantId())));
    }

    /**
     * A member of the selling merchant refunds (part of) the order before its share is released. Returns Stripe's
     * refund id. {@code requestKey} identifies the request (one per form submission: a double click refunds once).
     */
    @RolesAllowed("MERCHANT")
    public String refundAsMerchant(long orderId, long amountMinor, String requestKey) {
        SettlementView s = ofMySale(orderId).orElseThrow(() -> new AccessDeniedException("Not your sale"));
        if (s.state() == SettlementState.RELEASED || s.state() == SettlementState.REFUNDED) {
            throw new IllegalStateException(AFTER_RELEASE);
        }
        return refund(s, amountMinor, requestKey, "refund.by-merchant");
    }

    /** Staff refund (part of) any paid order, before or after release; audited. */
    @RolesAllowed({"ADMIN", "COMPLIANCE"})
    public String refundAsStaff(long orderId, long amountMinor, String requestKey) {
        SettlementView s = reads.execute(tx -> settlements.view(orderId))
                .orElseThrow(() -> new IllegalStateException(OrderRefunds.NOT_PAID));
        return refund(s, amountMinor, requestKey, "refund.by-staff");
    }

    private String refund(SettlementView s, long amountMinor, String requestKey, String action) {
        if (amountMinor <= 0 || amountMinor > s.refundableMinor()) {
            throw new IllegalArgumentException(OrderRefunds.TOO_MUCH);
        }
        String refundId = refunds.refund(s.orderId(), amountMinor, "dataport-refund-" + s.orderId() + "-" + requestKey);
        transactions.executeWithoutResult(tx -> audit.record(
                action, "order", Long.toString(s.orderId()), null, amountMinor + " " + s.currency() + " " + refundId));
        return refundId;
    }
}
