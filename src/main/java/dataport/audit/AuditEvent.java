package dataport.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.Immutable;

/** One staff decision. Immutable: Hibernate never updates it, and the table's triggers refuse UPDATE and DELETE. */
@Entity
@Immutable
@Table(name = "audit_event")
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(nullable = false, updatable = false, length = 200)
    private String actor;

    @Column(nullable = false, updatable = false, length = 100)
    private String action;

    @Column(name = "subject_type", nullable = false, updatable = false, length = 60)
    private String subjectType;

    @Column(name = "subject_id", nullable = false, updatable = false, length = 100)
    private String subjectId;

    @Column(name = "before_state", updatable = false, columnDefinition = "TEXT")
    private String before;

    @Column(name = "after_state", updatable = false, columnDefinition = "TEXT")
    private String after;

    protected AuditEvent() {}

    AuditEvent(
            Instant occurredAt,
            String actor,
            String action,
            String subjectType,
            String subjectId,
            String before,
            String after) {
        this.occurredAt = Objects.requireNonNull(occurredAt);
        this.actor = Objects.requireNonNull(actor);
        this.action = Objects.requireNonNull(action);
        this.subjectType = Objects.requireNonNull(subjectType);
        this.subjectId = Objects.requireNonNull(subjectId);
        this.before = before;
        this.after = after;
    }

    AuditEntry toEntry() {
        return new AuditEntry(id, occurredAt, actor, action, subjectType, subjectId, before, after);
    }
}
