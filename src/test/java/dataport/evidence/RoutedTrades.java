package dataport.evidence;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Completed cross-border trades in the evidence chain, as the routing rules and delivery would leave them (agreed,
 * routed, delivered), for spot-check tests that need a population without running checkout.
 */
public class RoutedTrades {

    private static final AtomicLong NEXT_ORDER = new AtomicLong(7_000_000_000L + System.nanoTime() % 1_000_000_000L);

    private final EvidenceChain chain;
    private final TransactionTemplate transactions;

    public RoutedTrades(ApplicationContext context) {
        this.chain = context.getBean(EvidenceChain.class);
        this.transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
    }

    /** A delivered trade of the merchant, routed ALLOWED; returns its certificate id. */
    public String delivered(long merchantId, String classification) {
        long order = NEXT_ORDER.incrementAndGet();
        TradeFacts trade = new TradeFacts(order, 1, merchantId, classification);
        return transactions.execute(tx -> {
            String certificate = chain.append(trade, EvidenceType.ORDER_AGREED, Map.of(), "t-agreed:" + order)
                    .orElseThrow()
                    .certificateId();
            chain.append(
                    trade,
                    EvidenceType.ORDER_ROUTED,
                    Map.of("outcome", "ALLOWED", "rule", "TEST"),
                    "t-routed:" + order);
            chain.noteRouting(order, "ALLOWED");
            chain.append(trade, EvidenceType.DELIVERED, Map.of("fileSha256", "0".repeat(64)), "t-delivered:" + order);
            return certificate;
        });
    }
}
