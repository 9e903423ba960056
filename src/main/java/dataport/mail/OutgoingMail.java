package dataport.mail;

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
import java.util.Objects;

@Entity
@Table(name = "outgoing_mail")
class OutgoingMail {

    /** A failing SMTP server is retried this often before the mail is given up as FAILED. */
    static final int MAX_ATTEMPTS = 5;

    private static final int MAX_ERROR_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 254)
    private String recipient;

    @Column(nullable = false, length = 300)
    private String subject;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error", length = MAX_ERROR_LENGTH)
    private String lastError;

    @Version
    private long version;

    protected OutgoingMail() {}

    OutgoingMail(String recipient, String subject, String body, Instant createdAt) {
        this.recipient = Objects.requireNonNull(recipient);
        this.subject = Objects.requireNonNull(subject);
        this.body = Objects.requireNonNull(body);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.status = MailStatus.PENDING;
    }

    void markSent(Instant when) {
        requirePending();
        attempts++;
        status = MailStatus.SENT;
        sentAt = when;
        lastError = null;
    }

    void keep() {
        requirePending();
        status = MailStatus.KEPT;
    }

    /** A failed attempt; after {@link #MAX_ATTEMPTS} the mail stops being retried. */
    void attemptFailed(String error) {
        requirePending();
        attempts++;
        lastError = error == null ? null : error.substring(0, Math.min(error.length(), MAX_ERROR_LENGTH));
        if (attempts >= MAX_ATTEMPTS) {
            status = MailStatus.FAILED;
        }
    }

    private void requirePending() {
        if (status != MailStatus.PENDING) {
            throw new IllegalStateException("Mail " + id + " is " + status + ", not PENDING");
        }
    }

    MailSummary toSummary() {
        return new MailSummary(id, recipient, subject, body, status, attempts, createdAt, sentAt, lastError);
    }

    Long getId() {
        return id;
    }

    String getRecipient() {
        return recipient;
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }

    MailStatus getStatus() {
        return status;
    }
}
