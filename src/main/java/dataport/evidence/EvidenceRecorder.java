package dataport.evidence;

import dataport.catalog.CatalogService;
import dataport.compliance.AssessmentDecided;
import dataport.compliance.HeldOrderCancelled;
import dataport.compliance.OrderRouted;
import dataport.delivery.DeliverableInfo;
import dataport.delivery.DeliveredFiles;
import dataport.delivery.FileDownloadStarted;
import dataport.orders.OrderAccepted;
import dataport.orders.OrderDelivered;
import dataport.orders.OrderPaid;
import dataport.orders.OrderPlaced;
import dataport.orders.OrderRefunded;
import dataport.orders.OrderService;
import dataport.orders.PurchasedItem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;

/**
 * Writes each step of a trade to the evidence chain after the step committed. The event publication registry keeps an
 * event until its record is written, so a crash only delays a record; a redelivered event finds its dedup key and
 * writes nothing. Events of one trade may arrive in any order (they are handled asynchronously): the certificate is
 * made by whichever comes first, and each record's sequence number says in which order they were written.
 * Payloads name no person: listing, merchant, plan, amounts, hashes and decisions only.
 */
@Service
class EvidenceRecorder {

    private final EvidenceChain chain;
    private final OrderService orders;
    private final CatalogService catalog;
    private final DeliveredFiles deliveredFiles;

    EvidenceRecorder(EvidenceChain chain, OrderService orders, CatalogService catalog, DeliveredFiles deliveredFiles) {
        this.chain = chain;
        this.orders = orders;
        this.catalog = catalog;
        this.deliveredFiles = deliveredFiles;
    }

    @ApplicationModuleListener
    void on(OrderPlaced placed) {
        trade(placed.orderId()).ifPresent(t -> {
            PurchasedItem item = t.item();
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("listingId", item.listingId());
            fields.put("merchantId", item.merchantId());
            fields.put("classification", t.facts().classification());
            fields.put("deliveryMode", item.deliveryMode().name());
            fields.put("pricingModel", item.pricingModel().name());
            fields.put("quantity", item.quantity());
            fields.put("totalMinor", item.total().minorUnits());
            fields.put("currency", item.total().currency().getCurrencyCode());
            chain.append(t.facts(), EvidenceType.ORDER_AGREED, fields, "AGREED:" + item.orderId());
        });
    }

    @ApplicationModuleListener
    void on(OrderRouted routed) {
        trade(routed.orderId()).ifPresent(t -> {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("outcome", routed.outcome());
            fields.put("rule", routed.ruleCode());
            fields.put("mechanism", routed.mechanism());
            fields.put("legalBasis", routed.legalBasisEn());
            chain.append(
                    t.facts(),
                    EvidenceType.ORDER_ROUTED,
                    fields,
                    "ROUTED:" + routed.orderId() + ":" + routed.ruleCode() + ":" + routed.outcome());
            chain.noteRouting(routed.orderId(), routed.outcome());
        });
    }

    @ApplicationModuleListener
    void on(AssessmentDecided decided) {
        trade(decided.orderId())
                .ifPresent(t -> chain.append(
                        t.facts(),
                        EvidenceType.ASSESSMENT_DECIDED,
                        Map.of("assessmentId", decided.assessmentId(), "decision", decided.decision()),
                        "ASSESSMENT:" + decided.assessmentId() + ":" + decided.decision()));
    }

    @ApplicationModuleListener
    void on(OrderPaid paid) {
        trade(paid.orderId()).ifPresent(t -> {
            PurchasedItem item = t.item();
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("paidAt", item.paidAt() == null ? null : item.paidAt().toString());
            fields.put("totalMinor", item.total().minorUnits());
            fields.put("currency", item.total().currency().getCurrencyCode());
            chain.append(t.facts(), EvidenceType.PAYMENT_CONFIRMED, fields, "PAID:" + item.orderId());
        });
    }

    @ApplicationModuleListener
    void on(OrderDelivered delivered) {
        trade(delivered.orderId()).ifPresent(t -> {
            Optional<DeliverableInfo> file = deliveredFiles.ofOrder(delivered.orderId());
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("deliveryMode", t.item().deliveryMode().name());
            fields.put("fileSha256", file.map(DeliverableInfo::sha256).orElse(null));
            fields.put("fileSize", file.map(DeliverableInfo::size).orElse(null));
            chain.append(t.facts(), EvidenceType.DELIVERED, fields, "DELIVERED:" + delivered.orderId());
        });
    }

    @ApplicationModuleListener
    void on(FileDownloadStarted download) {
        trade(download.orderId())
                .ifPresent(t -> chain.append(
                        t.facts(),
                        EvidenceType.DOWNLOADED,
                        Map.of("downloadId", download.downloadId(), "fileSha256", download.sha256()),
                        "DOWNLOADED:" + download.downloadId()));
    }

    /** Each Stripe refund once (its id is the record's key), full or partial, with the amount in minor units. */
    @ApplicationModuleListener
    void on(OrderRefunded refunded) {
        trade(refunded.orderId()).ifPresent(t -> {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("refundId", refunded.refundId());
            fields.put("currency", refunded.currency());
            fields.put("amountMinor", refunded.amountMinor());
            fields.put("full", refunded.full());
            chain.append(t.facts(), EvidenceType.REFUNDED, fields, "REFUNDED:" + refunded.refundId());
        });
    }

    @ApplicationModuleListener
    void on(HeldOrderCancelled cancelled) {
        trade(cancelled.orderId())
                .ifPresent(t -> chain.append(
                        t.facts(),
                        EvidenceType.ORDER_CANCELLED,
                        Map.of("reason", cancelled.reason()),
                        "CANCELLED:" + cancelled.orderId()));
    }

    @ApplicationModuleListener
    void on(OrderAccepted accepted) {
        trade(accepted.orderId())
                .ifPresent(t ->
                        chain.append(t.facts(), EvidenceType.ACCEPTED, Map.of(), "ACCEPTED:" + accepted.orderId()));
    }

    private record Trade(PurchasedItem item, TradeFacts facts) {}

    private Optional<Trade> trade(long orderId) {
        return orders.purchase(orderId).map(item -> {
            String classification = catalog.details(List.of(item.listingId())).stream()
                    .findFirst()
                    .map(details -> details.content().classification())
                    .map(Enum::name)
                    .orElse(null);
            return new Trade(item, new TradeFacts(item.orderId(), item.listingId(), item.merchantId(), classification));
        });
    }
}
