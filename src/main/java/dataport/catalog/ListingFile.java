package dataport.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Metadata of an image or sample uploaded for a listing; the bytes are in {@link ListingFileContent}. */
@Entity
@Table(name = "listing_file")
class ListingFile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "listing_id", nullable = false)
    private long listingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FileKind kind;

    @Column(name = "file_name", nullable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 60)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    private Integer width;

    private Integer height;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected ListingFile() {}

    ListingFile(
            long listingId,
            FileKind kind,
            String fileName,
            String contentType,
            long size,
            String sha256,
            Integer width,
            Integer height,
            Instant uploadedAt) {
        this.listingId = listingId;
        this.kind = kind;
        this.fileName = fileName;
        this.contentType = contentType;
        this.size = size;
        this.sha256 = sha256;
        this.width = width;
        this.height = height;
        this.uploadedAt = uploadedAt;
    }

    Long getId() {
        return id;
    }

    long getListingId() {
        return listingId;
    }

    FileKind getKind() {
        return kind;
    }

    ListingFileInfo toInfo() {
        return new ListingFileInfo(id, kind, fileName, contentType, size, sha256, width, height);
    }
}
