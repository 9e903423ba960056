package dataport.onboarding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a document, kept apart so lists of documents never load them. */
@Entity
@Table(name = "merchant_application_document_content")
class DocumentContent {

    @Id
    @Column(name = "document_id")
    private Long documentId;

    @Column(nullable = false, columnDefinition = "LONGBLOB")
    private byte[] content;

    protected DocumentContent() {}

    DocumentContent(long documentId, byte[] content) {
        this.documentId = documentId;
        this.content = content;
    }

    byte[] content() {
        return content;
    }
}
