package dataport.settlement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One pain.001 file of bank payouts and what the bank has said about it so far. */
@Entity
@Table(name = "bank_payout_batch")
class PayoutBatch {

    /** IN_TRANSIT until every payout in it is paid or failed; then SETTLED. */
    enum Status {
        IN_TRANSIT,
        SETTLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "message_id", nullable = false, updatable = false)
    private String messageId;

    @Column(nullable = false, updatable = false)
    private String currency;

    @Column(name = "payout_count", nullable = false)
    private int payoutCount;

    @Column(name = "total_minor", nullable = false)
    private long totalMinor;

    @Column(name = "paid_count", nullable = false)
    private int paidCount;

    @Column(name = "failed_count", nullable = false)
    private int failedCount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "file_xml", nullable = false)
    private String fileXml;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    protected PayoutBatch() {}

    PayoutBatch(String messageId, String currency, String createdBy, Instant now) {
        this.messageId = messageId;
        this.currency = currency;
        this.createdBy = createdBy;
        this.createdAt = now;
        this.status = Status.IN_TRANSIT;
        this.fileXml = "";
    }

    /** The file, once its payouts are open; written once. */
    void attachFile(String xml, int count, long totalMinor) {
        if (!fileXml.isEmpty()) {
            throw new IllegalStateException("A batch's file is written once");
        }
        this.fileXml = xml;
        this.payoutCount = count;
        this.totalMinor = totalMinor;
    }

    /** Counts what a report settled; the batch is settled when nothing is in transit any more. */
    void settled(int paid, int failed) {
        this.paidCount += paid;
        this.failedCount += failed;
        if (paidCount + failedCount >= payoutCount) {
            this.status = Status.SETTLED;
        }
    }

    PayoutBatchSummary summary() {
        return new PayoutBatchSummary(
                id,
                messageId,
                currency,
                payoutCount,
                totalMinor,
                paidCount,
                failedCount,
                status == Status.SETTLED,
                createdAt,
                createdBy);
    }

    Long getId() {
        return id;
    }

    String getMessageId() {
        return messageId;
    }

    String getFileXml() {
        return fileXml;
    }
}
