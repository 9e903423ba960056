package dataport.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What the merchant (or, for automatic delivery, the system) wrote when delivering; the buyer reads it. */
@Entity
@Table(name = "delivery_fulfilment_note")
class FulfilmentNote {

    static final int MAX_LENGTH = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id", nullable = false)
    private long orderId;

    /** Null for notes the system wrote. */
    @Column(name = "author_user_id")
    private Long authorUserId;

    @Column(nullable = false, length = MAX_LENGTH)
    private String note;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected FulfilmentNote() {}

    FulfilmentNote(long orderId, Long authorUserId, String note, Instant createdAt) {
        this.orderId = orderId;
        this.authorUserId = authorUserId;
        this.note = note;
        this.createdAt = createdAt;
    }

    NoteView toView() {
        return new NoteView(note, authorUserId == null, createdAt);
    }
}
