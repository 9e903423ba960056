package dataport.quotes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a message's attachment (checked by content before they get here). */
@Entity
@Table(name = "quote_attachment")
class QuoteAttachment {

    @Id
    @Column(name = "message_id")
    private Long messageId;

    @Column(nullable = false, updatable = false, columnDefinition = "LONGBLOB")
    private byte[] content;

    protected QuoteAttachment() {}

    QuoteAttachment(long messageId, byte[] content) {
        this.messageId = messageId;
        this.content = content;
    }

    byte[] content() {
        return content;
    }
}
