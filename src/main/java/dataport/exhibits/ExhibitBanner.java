package dataport.exhibits;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A banner image as served: our own JPEG, re-encoded from the checked upload. */
@Entity
@Table(name = "exhibit_banner")
class ExhibitBanner {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "exhibit_id", nullable = false)
    private Long exhibitId;

    @Column(nullable = false)
    private int width;

    @Column(nullable = false)
    private int height;

    @Column(nullable = false, columnDefinition = "MEDIUMBLOB")
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected ExhibitBanner() {}

    ExhibitBanner(long exhibitId, int width, int height, byte[] content, Instant uploadedAt) {
        this.exhibitId = exhibitId;
        this.width = width;
        this.height = height;
        this.content = content;
        this.uploadedAt = uploadedAt;
    }

    Long getId() {
        return id;
    }

    Long getExhibitId() {
        return exhibitId;
    }

    int getWidth() {
        return width;
    }

    int getHeight() {
        return height;
    }

    byte[] getContent() {
        return content;
    }
}
