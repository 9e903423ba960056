package dataport.delivery;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One download of a deliverable: who, when, how many bytes went out and whether it finished. */
@Entity
@Table(name = "delivery_download")
class DownloadRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entitlement_id", nullable = false)
    private long entitlementId;

    @Column(name = "deliverable_id", nullable = false)
    private long deliverableId;

    @Column(name = "user_id", nullable = false)
    private long userId;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "bytes_sent", nullable = false)
    private long bytesSent;

    @Column(nullable = false)
    private boolean completed;

    protected DownloadRecord() {}

    DownloadRecord(long entitlementId, long deliverableId, long userId, Instant startedAt) {
        this.entitlementId = entitlementId;
        this.deliverableId = deliverableId;
        this.userId = userId;
        this.startedAt = startedAt;
    }

    Long getId() {
        return id;
    }

    DownloadView toView() {
        return new DownloadView(userId, startedAt, bytesSent, completed);
    }
}
