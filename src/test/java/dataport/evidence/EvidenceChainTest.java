package dataport.evidence;

import static dataport.delivery.PaidOrders.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dataport.IntegrationTest;
import dataport.catalog.DeliveryMode;
import dataport.catalog.DemoSignIn;
import dataport.catalog.ListingDetails;
import dataport.delivery.DeliverableInfo;
import dataport.delivery.Deliverables;
import dataport.delivery.DeliveryFixtures;
import dataport.delivery.Downloads;
import dataport.delivery.PaidOrders;
import dataport.delivery.Purchases;
import dataport.evidence.ChainReport.Kind;
import dataport.evidence.ChainReport.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The evidence chain against the real database: a real trade's steps land in it, concurrent appends never fork it,
 * and each way of tampering with rows directly in the database (edit, delete, insert, reorder, a consistent rewrite
 * of history, a forged checkpoint) is found by the verifier. Every tampering is undone afterwards.
 */
@IntegrationTest
class EvidenceChainTest {

    private static final AtomicLong NEXT_ORDER = new AtomicLong(8_000_000_000L + System.nanoTime() % 1_000_000_000L);

    @Autowired
    ApplicationContext context;

    @Autowired
    EvidenceChain chain;

    @Autowired
    EvidenceVerifier verifier;

    @Autowired
    Checkpoints checkpoints;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** A made-up trade with {@code n} records, followed by two records of another trade so none is the head. */
    private List<EvidenceRecord> trade(int n) {
        TradeFacts facts = new TradeFacts(NEXT_ORDER.incrementAndGet(), 1, 1, "GENERAL");
        List<EvidenceRecord> records = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            records.add(chain.append(facts, EvidenceType.values()[i], Map.of("step", i), facts.orderId() + ":" + i)
                    .orElseThrow());
        }
        TradeFacts after = new TradeFacts(NEXT_ORDER.incrementAndGet(), 1, 1, "PUBLIC");
        chain.append(after, EvidenceType.ORDER_AGREED, Map.of(), after.orderId() + ":a");
        chain.append(after, EvidenceType.PAYMENT_CONFIRMED, Map.of(), after.orderId() + ":b");
        return records;
    }

    /** Tampers, verifies and restores in one transaction holding the head's lock, so no append interleaves. */
    private ChainReport tampered(Runnable tamper, Runnable restore) {
        ChainTampering t = new ChainTampering(jdbc);
        ChainReport[] report = new ChainReport[1];
        t.withoutTriggers(() -> new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            jdbc.queryForMap("SELECT last_seq FROM evidence_chain_head WHERE id = 1 FOR UPDATE");
            tamper.run();
            report[0] = verifier.verify();
            restore.run();
        }));
        assertThat(verifier.verify().problems())
                .as("the chain once the tampering is undone")
                .isEmpty();
        return report[0];
    }

    private static List<Kind> kindsAt(ChainReport report, long seq) {
        return report.problems().stream()
                .filter(p -> p.sequence() == seq)
                .map(Problem::kind)
                .toList();
    }

    @Test
    void aPaidDeliveredDownloadedAndAcceptedFileOrderLeavesItsStepsInAnIntactChain() throws Exception {
        DeliveryFixtures f = new DeliveryFixtures(context);
        PaidOrders orders = new PaidOrders(context);
        ListingDetails listing = orders.listing(DeliveryMode.FILE, l -> true);
        byte[] file = DeliveryFixtures.csv(4096);
        DemoSignIn.as(f.accountsSignIn(), DemoSignIn.ADMIN);
        DeliverableInfo uploaded = context.getBean(Deliverables.class)
                .uploadForMerchant(listing.id(), "evidence.csv", new ByteArrayInputStream(file));
        long order = orders.paidOrder(listing);
        await(() -> types(order).contains(EvidenceType.DELIVERED), "the delivery is recorded");

        Purchases purchases = context.getBean(Purchases.class);
        Matcher link = Pattern.compile("/downloads/(\\d+)/(\\d+)\\?expires=(\\d+)&signature=(\\w+)")
                .matcher(purchases.purchase(order).orElseThrow().link().href());
        assertThat(link.find()).isTrue();
        Downloads downloads = context.getBean(Downloads.class);
        Downloads.Outcome outcome =
                downloads.start(order, Long.parseLong(link.group(2)), Long.parseLong(link.group(3)), link.group(4));
        downloads.send(outcome.started(), new ByteArrayOutputStream());
        purchases.accept(order);
        await(() -> types(order).containsAll(List.of(EvidenceType.DOWNLOADED, EvidenceType.ACCEPTED)), "all steps");

        String certificate = verifier.certificateOf(order).orElseThrow();
        assertThat(certificate).matches("DP-\\d{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}");
        List<EvidenceRecord> records = verifier.records(certificate);
        assertThat(records)
                .extracting(EvidenceRecord::type)
                .contains(
                        EvidenceType.ORDER_AGREED,
                        EvidenceType.PAYMENT_CONFIRMED,
                        EvidenceType.DELIVERED,
                        EvidenceType.DOWNLOADED,
                        EvidenceType.ACCEPTED);
        EvidenceRecord delivered = records.stream()
                .filter(r -> r.type() == EvidenceType.DELIVERED)
                .findFirst()
                .orElseThrow();
        assertThat(delivered.payload()).contains("\"fileSha256\":\"" + uploaded.sha256() + "\"");
        assertThat(records)
                .as("no personal data in the public payloads")
                .noneMatch(r ->
                        r.payload().contains(DemoSignIn.BUYER) || r.payload().contains("buyer"));
        CertificateReport report = verifier.certificate(certificate).orElseThrow();
        assertThat(report.verdict()).isEqualTo(CertificateReport.Verdict.VALID);
    }

    private List<EvidenceType> types(long orderId) {
        return verifier.certificateOf(orderId)
                .map(c -> verifier.records(c).stream().map(EvidenceRecord::type).toList())
                .orElse(List.of());
    }

    @Test
    void aRedeliveredEventAddsNoSecondRecord() {
        TradeFacts facts = new TradeFacts(NEXT_ORDER.incrementAndGet(), 1, 1, "GENERAL");
        assertThat(chain.append(facts, EvidenceType.ORDER_AGREED, Map.of(), "dup:" + facts.orderId()))
                .isPresent();
        assertThat(chain.append(facts, EvidenceType.ORDER_AGREED, Map.of(), "dup:" + facts.orderId()))
                .isEmpty();
    }

    @Test
    void concurrentAppendsNeverForkTheChain() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                TradeFacts facts = new TradeFacts(NEXT_ORDER.incrementAndGet(), 1, 1, "GENERAL");
                done.add(pool.submit(() ->
                        chain.append(facts, EvidenceType.ORDER_AGREED, Map.of(), "concurrent:" + facts.orderId())));
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
        assertThat(verifier.verify().problems()).isEmpty();
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteARecord() {
        long seq = trade(1).getFirst().sequence();
        assertThatThrownBy(() -> jdbc.update("UPDATE evidence_record SET payload = '{}' WHERE seq = ?", seq))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM evidence_record WHERE seq = ?", seq))
                .hasMessageContaining("append-only");
    }

    @Test
    void anEditedPayloadNoLongerMatchesItsHash() {
        EvidenceRecord r = trade(3).get(1);
        ChainTampering t = new ChainTampering(jdbc);
        ChainReport report = tampered(
                () -> t.update(r.sequence(), "payload", r.payload().replace("\"step\":1", "\"step\":9")),
                () -> t.update(r.sequence(), "payload", r.payload()));

        assertThat(kindsAt(report, r.sequence())).containsExactly(Kind.HASH_MISMATCH);
        String certificate = r.certificateId();
        assertThat(report.valid()).isFalse();
        assertThat(certificate).isNotBlank();
    }

    @Test
    void anEditedRecordWithItsHashRecomputedBreaksTheNextLink() {
        EvidenceRecord r = trade(3).get(1);
        String forged = r.payload().replace("\"step\":1", "\"step\":9");
        ChainTampering t = new ChainTampering(jdbc);
        ChainReport report = tampered(
                () -> {
                    t.update(r.sequence(), "payload", forged);
                    t.update(r.sequence(), "hash", Hashes.link(r.previousHash(), forged));
                },
                () -> {
                    t.update(r.sequence(), "payload", r.payload());
                    t.update(r.sequence(), "hash", r.hash());
                });

        assertThat(kindsAt(report, r.sequence())).isEmpty();
        assertThat(kindsAt(report, r.sequence() + 1)).containsExactly(Kind.PREVIOUS_HASH_MISMATCH);
    }

    @Test
    void aChangedColumnOutsideThePayloadIsFound() {
        EvidenceRecord r = trade(2).get(1);
        ChainTampering t = new ChainTampering(jdbc);
        ChainReport report = tampered(
                () -> t.update(r.sequence(), "record_type", "REFUNDED"),
                () -> t.update(r.sequence(), "record_type", r.type().name()));

        assertThat(kindsAt(report, r.sequence())).containsExactly(Kind.COLUMN_MISMATCH);
    }

    @Test
    void aDeletedRecordLeavesAGapAndABrokenLink() {
        EvidenceRecord r = trade(3).get(1);
        ChainTampering t = new ChainTampering(jdbc);
        Map<String, Object> row = t.row(r.sequence());
        ChainReport report = tampered(() -> t.delete(r.sequence()), () -> t.insert(row));

        assertThat(kindsAt(report, r.sequence() + 1))
                .containsExactlyInAnyOrder(Kind.SEQUENCE_GAP, Kind.PREVIOUS_HASH_MISMATCH);
    }

    @Test
    void anInsertedRecordBreaksTheLinkOfTheOneAfterIt() {
        List<EvidenceRecord> trade = trade(3);
        EvidenceRecord before = trade.get(0);
        long at = before.sequence() + 1;
        ChainTampering t = new ChainTampering(jdbc);
        Supplier<List<Map<String, Object>>> later = () -> t.rowsFrom(at);
        List<Map<String, Object>> moved = later.get();
        ChainReport report = tampered(
                () -> {
                    // Make room, then insert a well-formed record that links to its predecessor.
                    for (Map<String, Object> row : moved.reversed()) {
                        long seq = ((Number) row.get("seq")).longValue();
                        t.move(seq, seq + 1);
                    }
                    String payload = "{\"certificate\":\"" + before.certificateId() + "\",\"recordedAt\":\""
                            + before.recordedAt() + "\",\"seq\":" + at + ",\"type\":\"REFUNDED\"}";
                    Map<String, Object> forged = new java.util.HashMap<>(t.row(before.sequence()));
                    forged.put("seq", at);
                    forged.put("record_type", "REFUNDED");
                    forged.put("payload", payload);
                    forged.put("prev_hash", before.hash());
                    forged.put("hash", Hashes.link(before.hash(), payload));
                    forged.put("dedup_key", "forged:" + at);
                    t.insert(forged);
                },
                () -> {
                    t.delete(at);
                    for (Map<String, Object> row : moved) {
                        long seq = ((Number) row.get("seq")).longValue();
                        t.move(seq + 1, seq);
                    }
                });

        assertThat(kindsAt(report, at))
                .as("the forged record itself is well-formed")
                .isEmpty();
        assertThat(kindsAt(report, at + 1)).contains(Kind.PREVIOUS_HASH_MISMATCH);
        assertThat(report.problems()).extracting(Problem::kind).contains(Kind.HEAD_MISMATCH);
    }

    @Test
    void swappedRecordsAreFoundOutOfOrder() {
        List<EvidenceRecord> trade = trade(3);
        long a = trade.get(1).sequence();
        long b = trade.get(2).sequence();
        ChainTampering t = new ChainTampering(jdbc);
        Runnable swap = () -> {
            t.move(a, -1);
            t.move(b, a);
            t.move(-1, b);
        };
        ChainReport report = tampered(swap, swap);

        assertThat(kindsAt(report, a)).contains(Kind.PREVIOUS_HASH_MISMATCH, Kind.COLUMN_MISMATCH);
        assertThat(kindsAt(report, b)).contains(Kind.PREVIOUS_HASH_MISMATCH, Kind.COLUMN_MISMATCH);
    }

    @Test
    void historyRewrittenConsistentlyIsCaughtByTheSignedCheckpoint() {
        EvidenceRecord r = trade(3).get(1);
        Checkpoint signed = checkpoints.signHead().orElseThrow();
        assertThat(signed.sequence()).isGreaterThan(r.sequence());
        ChainTampering t = new ChainTampering(jdbc);
        List<Map<String, Object>> original = t.rowsFrom(r.sequence());
        Map<String, Object> head = jdbc.queryForMap("SELECT last_seq, last_hash FROM evidence_chain_head WHERE id = 1");
        ChainReport report = tampered(
                () -> {
                    // The attacker edits one record and recomputes every hash after it, and the head: every link holds.
                    String previous = r.previousHash();
                    for (Map<String, Object> row : original) {
                        long seq = ((Number) row.get("seq")).longValue();
                        String payload = (String) row.get("payload");
                        if (seq == r.sequence()) {
                            payload = payload.replace("\"step\":1", "\"step\":9");
                            t.update(seq, "payload", payload);
                        }
                        String hash = Hashes.link(previous, payload);
                        t.update(seq, "prev_hash", previous);
                        t.update(seq, "hash", hash);
                        previous = hash;
                    }
                    jdbc.update("UPDATE evidence_chain_head SET last_hash = ? WHERE id = 1", previous);
                },
                () -> {
                    for (Map<String, Object> row : original) {
                        long seq = ((Number) row.get("seq")).longValue();
                        t.update(seq, "payload", row.get("payload"));
                        t.update(seq, "prev_hash", row.get("prev_hash"));
                        t.update(seq, "hash", row.get("hash"));
                    }
                    jdbc.update("UPDATE evidence_chain_head SET last_hash = ? WHERE id = 1", head.get("last_hash"));
                });

        assertThat(report.problems()).extracting(Problem::kind).containsOnly(Kind.CHECKPOINT_MISMATCH);
    }

    @Test
    void aCheckpointWithAForgedSignatureIsFound() {
        trade(1);
        Checkpoint signed = checkpoints.signHead().orElseThrow();
        String forged = java.util.Base64.getEncoder().encodeToString(new byte[64]);
        ChainReport report = tampered(
                () -> jdbc.update("UPDATE evidence_checkpoint SET signature = ? WHERE id = ?", forged, signed.id()),
                () -> jdbc.update(
                        "UPDATE evidence_checkpoint SET signature = ? WHERE id = ?", signed.signature(), signed.id()));

        assertThat(report.problems()).extracting(Problem::kind).containsExactly(Kind.CHECKPOINT_SIGNATURE_INVALID);
    }
}
