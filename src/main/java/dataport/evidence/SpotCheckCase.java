package dataport.evidence;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One sampled trade under check: OPEN → EVIDENCE_REQUESTED → EVIDENCE_SUBMITTED → CLOSED with a finding. Staff may
 * ask again after a submission, and may close at any step (a finding can come from the evidence chain alone); a
 * closed case stays closed.
 */
@Entity
@Table(name = "spot_check_case")
public class SpotCheckCase {

    public enum Status {
        OPEN,
        EVIDENCE_REQUESTED,
        EVIDENCE_SUBMITTED,
        CLOSED
    }

    public enum Finding {
        COMPLIANT,
        ISSUE_FOUND,
        ESCALATED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private long campaignId;

    @Column(name = "certificate_id", nullable = false, updatable = false)
    private String certificateId;

    @Column(name = "order_id", nullable = false, updatable = false)
    private long orderId;

    @Column(name = "merchant_id", nullable = false, updatable = false)
    private long merchantId;

    @Column(nullable = false, updatable = false)
    private String classification;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status;

    @Column(name = "request_note")
    private String requestNote;

    @Column(name = "requested_at")
    private Instant requestedAt;

    @Column(name = "due_at")
    private Instant dueAt;

    @Column(name = "evidence_file_name")
    private String evidenceFileName;

    @Column(name = "evidence_content_type")
    private String evidenceContentType;

    @Column(name = "evidence_sha256")
    private String evidenceSha256;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "evidence_bytes", columnDefinition = "MEDIUMBLOB")
    private byte[] evidenceBytes;

    @Column(name = "evidence_uploaded_at")
    private Instant evidenceUploadedAt;

    @Enumerated(EnumType.STRING)
    private Finding finding;

    @Column(name = "finding_note")
    private String findingNote;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    protected SpotCheckCase() {}

    SpotCheckCase(long campaignId, StratifiedSample.Candidate trade) {
        this.campaignId = campaignId;
        this.certificateId = trade.certificateId();
        this.orderId = trade.orderId();
        this.merchantId = trade.merchantId();
        this.classification = StratifiedSample.stratum(trade);
        this.status = Status.OPEN;
    }

    void requestEvidence(String note, Instant now, Instant due) {
        if (status != Status.OPEN && status != Status.EVIDENCE_SUBMITTED) {
            throw new SpotCheckRefused("evidence.spot.refused.request");
        }
        this.status = Status.EVIDENCE_REQUESTED;
        this.requestNote = note;
        this.requestedAt = now;
        this.dueAt = due;
    }

    void submitEvidence(String fileName, String contentType, byte[] bytes, String sha256, Instant now) {
        if (status != Status.EVIDENCE_REQUESTED) {
            throw new SpotCheckRefused("evidence.spot.refused.submit");
        }
        this.evidenceFileName = fileName;
        this.evidenceContentType = contentType;
        this.evidenceBytes = bytes;
        this.evidenceSha256 = sha256;
        this.evidenceUploadedAt = now;
        this.status = Status.EVIDENCE_SUBMITTED;
    }

    void close(Finding finding, String note, String by, Instant now) {
        if (status == Status.CLOSED) {
            throw new SpotCheckRefused("evidence.spot.refused.closed");
        }
        if (finding == null) {
            throw new SpotCheckRefused("evidence.spot.refused.finding");
        }
        this.finding = finding;
        this.findingNote = note;
        this.closedBy = by;
        this.closedAt = now;
        this.status = Status.CLOSED;
    }

    /** Evidence was asked for and the merchant let the due time pass without sending it. */
    boolean isOverdueAt(Instant now) {
        return status == Status.EVIDENCE_REQUESTED && dueAt != null && now.isAfter(dueAt);
    }

    Long getId() {
        return id;
    }

    long getMerchantId() {
        return merchantId;
    }

    Status getStatus() {
        return status;
    }

    byte[] getEvidenceBytes() {
        return evidenceBytes;
    }

    String getEvidenceFileName() {
        return evidenceFileName;
    }

    String getEvidenceContentType() {
        return evidenceContentType;
    }

    SpotCheckCaseView toView(Instant now) {
        return new SpotCheckCaseView(
                id,
                campaignId,
                certificateId,
                orderId,
                merchantId,
                classification,
                status,
                requestNote,
                requestedAt,
                dueAt,
                evidenceFileName,
                evidenceSha256,
                evidenceUploadedAt,
                finding,
                findingNote,
                closedAt,
                isOverdueAt(now));
    }
}
