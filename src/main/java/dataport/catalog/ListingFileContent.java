package dataport.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The bytes of a listing file (and an image's thumbnail), kept apart so lists of files never load them. */
@Entity
@Table(name = "listing_file_content")
class ListingFileContent {

    @Id
    @Column(name = "file_id")
    private Long fileId;

    @Column(nullable = false, columnDefinition = "LONGBLOB")
    private byte[] content;

    @Column(columnDefinition = "MEDIUMBLOB")
    private byte[] thumbnail;

    protected ListingFileContent() {}

    ListingFileContent(long fileId, byte[] content, byte[] thumbnail) {
        this.fileId = fileId;
        this.content = content;
        this.thumbnail = thumbnail;
    }

    byte[] content() {
        return content;
    }

    byte[] thumbnail() {
        return thumbnail;
    }
}
