package dataport.orders;

import dataport.accounts.CurrentUser;
import dataport.accounts.UserRef;
import dataport.shared.PdfDocuments;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The buyer's PDF receipt of a paid order, in English and Chinese on the same page (a receipt is shown to tax offices
 * and colleagues who may read either). Only the order's buyer gets it; an unpaid order has no receipt.
 */
@Service
public class Receipts {

    private final Orders orders;
    private final CurrentUser currentUser;
    private final PdfDocuments pdf;
    private final ReceiptPdf layout;
    private final ObjectProvider<RefundRecords> refunds;
    private final Clock clock;

    Receipts(
            Orders orders,
            CurrentUser currentUser,
            PdfDocuments pdf,
            ReceiptPdf layout,
            ObjectProvider<RefundRecords> refunds,
            Clock clock) {
        this.orders = orders;
        this.currentUser = currentUser;
        this.pdf = pdf;
        this.layout = layout;
        this.refunds = refunds;
        this.clock = clock;
    }

    /** Whether receipts can be made here (a font with Chinese glyphs is installed). */
    public boolean available() {
        return pdf.available();
    }

    /**
     * The signed-in buyer's receipt of their paid order, with times in {@code zone} (the reader's, which the PDF names
     * since it has no browser to ask); empty for someone else's order, an unknown id or an unpaid order.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<ReceiptFile> buyerReceipt(long orderId, ZoneId zone) {
        UserRef buyer = currentUser.require();
        return orders.findById(orderId)
                .filter(o -> o.getBuyerUserId() == buyer.id())
                .filter(o -> o.toSummary().paidAt() != null)
                .map(o -> new ReceiptFile(
                        "receipt-" + o.getNumber() + ".pdf",
                        "application/pdf",
                        layout.render(o, buyer, refundsOf(o.getId()), zone, clock.instant())));
    }

    private List<RefundRecords.Refund> refundsOf(long orderId) {
        RefundRecords records = refunds.getIfAvailable();
        return records == null ? List.of() : records.ofOrder(orderId);
    }
}
