package dataport.onboarding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Metadata of an uploaded document; its bytes are in {@link DocumentContent}. */
@Entity
@Table(name = "merchant_application_document")
class ApplicationDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private DocumentKind kind;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected ApplicationDocument() {}

    ApplicationDocument(
            long applicationId, DocumentKind kind, String fileName, String contentType, long size, String sha256) {
        this.applicationId = applicationId;
        this.kind = kind;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.uploadedAt = Instant.now();
    }

    Long getId() {
        return id;
    }

    long getApplicationId() {
        return applicationId;
    }

    DocumentKind getKind() {
        return kind;
    }

    DocumentInfo toInfo() {
        return new DocumentInfo(id, kind, fileName, contentType, size, sha256, uploadedAt);
    }
}
