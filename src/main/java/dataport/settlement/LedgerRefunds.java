package dataport.settlement;

import dataport.orders.RefundRecords;
import dataport.shared.Money;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The ledger's refunds of an order, for the buyer's receipt (orders asks through {@link RefundRecords}). */
@Component
class LedgerRefunds implements RefundRecords {

    private final FinanceQueries queries;

    LedgerRefunds(FinanceQueries queries) {
        this.queries = queries;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Refund> ofOrder(long orderId) {
        return queries.refundsOfOrder(orderId).stream()
                .map(r -> new Refund(r.reference(), Money.ofMinor(r.amountMinor(), r.currency()), r.at()))
                .toList();
    }
}
