package dataport.settlement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The settlement module's read API: a merchant's balances per currency, from the ledger's accounts. */
@Service
public class SettlementService {

    private static final List<AccountKind> MERCHANT_KINDS = List.of(
            AccountKind.MERCHANT_PENDING,
            AccountKind.MERCHANT_HELD,
            AccountKind.MERCHANT_AVAILABLE,
            AccountKind.MERCHANT_IN_TRANSIT,
            AccountKind.MERCHANT_PAID_OUT);

    private final LedgerAccounts accounts;
    private final Ledger ledger;

    SettlementService(LedgerAccounts accounts, Ledger ledger) {
        this.accounts = accounts;
        this.ledger = ledger;
    }

    /** The merchant's balances, one row per currency it has ever had money in, by currency code. */
    @Transactional(readOnly = true)
    public List<Balances> balances(long merchantId) {
        Map<String, long[]> byCurrency = new TreeMap<>();
        for (LedgerAccount account : accounts.findOfParty(merchantId, MERCHANT_KINDS)) {
            long[] row = byCurrency.computeIfAbsent(account.getCurrency(), c -> new long[MERCHANT_KINDS.size()]);
            row[MERCHANT_KINDS.indexOf(account.getKind())] = account.shownBalance();
        }
        List<Balances> result = new ArrayList<>();
        byCurrency.forEach(
                (currency, row) -> result.add(new Balances(currency, row[0], row[1], row[2], row[3], row[4])));
        return result;
    }

    /** What the merchant could be paid out now in the currency (may be negative after a refund after release). */
    @Transactional(readOnly = true)
    public long available(long merchantId, String currency) {
        return ledger.shownBalance(AccountKind.MERCHANT_AVAILABLE, merchantId, currency);
    }
}
