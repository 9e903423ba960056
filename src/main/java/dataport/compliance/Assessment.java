package dataport.compliance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A buyer's pre-transfer assessment of one order routed to review, and compliance staff's decision on it. Only the
 * methods below move it along; each refuses a step its state does not allow.
 */
@Entity
@Table(name = "compliance_assessment")
class Assessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "order_id", nullable = false, updatable = false)
    private long orderId;

    @Column(name = "buyer_user_id", nullable = false, updatable = false)
    private long buyerUserId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssessmentStatus status;

    @Column(columnDefinition = "TEXT")
    private String recipient;

    @Column(columnDefinition = "TEXT")
    private String purpose;

    @Column(columnDefinition = "TEXT")
    private String categories;

    @Column(name = "access_mode", columnDefinition = "TEXT")
    private String accessMode;

    @Column(columnDefinition = "TEXT")
    private String storage;

    @Column(name = "onward_transfers", columnDefinition = "TEXT")
    private String onwardTransfers;

    @Column(name = "security_measures", columnDefinition = "TEXT")
    private String securityMeasures;

    @Column(name = "recipient_law", columnDefinition = "TEXT")
    private String recipientLaw;

    @Column(columnDefinition = "TEXT")
    private String incidents;

    @Column(columnDefinition = "TEXT")
    private String contract;

    @Column(name = "document_name")
    private String documentName;

    @Column(name = "document_sha256")
    private String documentSha256;

    @Column(columnDefinition = "MEDIUMBLOB")
    private byte[] document;

    @Column(name = "more_fields")
    private String moreFields;

    @Column(name = "staff_note", columnDefinition = "TEXT")
    private String staffNote;

    @Column(columnDefinition = "TEXT")
    private String conditions;

    @Column(name = "conditions_accepted_at")
    private Instant conditionsAcceptedAt;

    @Column(name = "filed_at")
    private Instant filedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "expires_at")
    private Instant expiresAt;

    protected Assessment() {}

    Assessment(long orderId, long buyerUserId) {
        this.orderId = orderId;
        this.buyerUserId = buyerUserId;
    }

    /** New → FILED, or MORE_REQUESTED → FILED with the answers completed. */
    void file(AssessmentAnswers a, UploadedDocument doc, Instant now) {
        if (status != null && status != AssessmentStatus.MORE_REQUESTED) {
            throw new IllegalAssessmentStep(id, status, "file");
        }
        if (!a.problems().isEmpty()) {
            throw new IllegalArgumentException("Incomplete assessment: " + a.problems());
        }
        this.recipient = a.recipient().strip();
        this.purpose = a.purpose().strip();
        this.categories = a.categories().strip();
        this.accessMode = a.accessMode().strip();
        this.storage = a.storage().strip();
        this.onwardTransfers = a.onwardTransfers().strip();
        this.securityMeasures = a.securityMeasures().strip();
        this.recipientLaw = a.recipientLaw().strip();
        this.incidents = a.incidents().strip();
        this.contract = a.contract().strip();
        if (doc != null) {
            this.documentName = doc.name();
            this.documentSha256 = doc.sha256();
            this.document = doc.content();
        }
        this.status = AssessmentStatus.FILED;
        this.filedAt = now;
        this.moreFields = null;
    }

    /** FILED → APPROVED for {@code validity}; conditions (may be blank) must be accepted by the buyer before paying. */
    void approve(String conditions, String staff, Instant now, Duration validity) {
        decide(AssessmentStatus.APPROVED, staff, now, "approve");
        this.conditions = conditions == null || conditions.isBlank() ? null : conditions.strip();
        this.staffNote = null;
        this.expiresAt = now.plus(validity);
    }

    /** FILED → MORE_REQUESTED on the named fields, with a note saying what is missing. */
    void requestMore(Set<String> fields, String note, String staff, Instant now) {
        if (fields.isEmpty() || !AssessmentAnswers.FIELDS.containsAll(fields)) {
            throw new IllegalArgumentException("Ask for more on known fields: " + fields);
        }
        decide(AssessmentStatus.MORE_REQUESTED, staff, now, "ask for more");
        this.moreFields = String.join(
                ",", AssessmentAnswers.FIELDS.stream().filter(fields::contains).toList());
        this.staffNote = requireText(note);
    }

    /** FILED → REFUSED with the reasons. */
    void refuse(String reasons, String staff, Instant now) {
        decide(AssessmentStatus.REFUSED, staff, now, "refuse");
        this.staffNote = requireText(reasons);
    }

    /** The buyer accepts the approval's conditions (only an unexpired approval that has some). */
    void acceptConditions(Instant now) {
        if (status != AssessmentStatus.APPROVED || conditions == null || expired(now)) {
            throw new IllegalAssessmentStep(id, status, "accept conditions");
        }
        if (conditionsAcceptedAt == null) {
            this.conditionsAcceptedAt = now;
        }
    }

    /** Why payment still waits (a compliance.hold.* key suffix), or null when the order may be paid. */
    String holdReason(Instant now) {
        return switch (status) {
            case FILED -> "filed";
            case MORE_REQUESTED -> "more-requested";
            case REFUSED -> "refused";
            case APPROVED -> {
                if (expired(now)) {
                    yield "expired";
                }
                yield conditions != null && conditionsAcceptedAt == null ? "conditions" : null;
            }
        };
    }

    boolean expired(Instant now) {
        return expiresAt != null && !now.isBefore(expiresAt);
    }

    private void decide(AssessmentStatus to, String staff, Instant now, String what) {
        if (status != AssessmentStatus.FILED) {
            throw new IllegalAssessmentStep(id, status, what);
        }
        this.status = to;
        this.decidedAt = now;
        this.decidedBy = Objects.requireNonNull(staff);
    }

    private static String requireText(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("A reason is required");
        }
        return text.strip();
    }

    AssessmentAnswers answers() {
        return new AssessmentAnswers(
                recipient,
                purpose,
                categories,
                accessMode,
                storage,
                onwardTransfers,
                securityMeasures,
                recipientLaw,
                incidents,
                contract);
    }

    List<String> moreFields() {
        return moreFields == null ? List.of() : Arrays.asList(moreFields.split(","));
    }

    Long getId() {
        return id;
    }

    long getOrderId() {
        return orderId;
    }

    long getBuyerUserId() {
        return buyerUserId;
    }

    AssessmentStatus getStatus() {
        return status;
    }

    String getStaffNote() {
        return staffNote;
    }

    String getConditions() {
        return conditions;
    }

    Instant getConditionsAcceptedAt() {
        return conditionsAcceptedAt;
    }

    Instant getFiledAt() {
        return filedAt;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    String getDecidedBy() {
        return decidedBy;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    String getDocumentName() {
        return documentName;
    }

    String getDocumentSha256() {
        return documentSha256;
    }

    byte[] getDocument() {
        return document;
    }
}
