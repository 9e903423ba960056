package dataport.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** The column mapping a merchant's team (or an ADMIN) used last, as JSON, offered again at the next import. */
@Entity
@Table(name = "import_mapping")
class SavedMapping {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String owner;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String mapping;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected SavedMapping() {}

    SavedMapping(String owner, String mapping, Instant now) {
        this.owner = owner;
        this.mapping = mapping;
        this.updatedAt = now;
    }

    void replace(String mapping, Instant now) {
        this.mapping = mapping;
        this.updatedAt = now;
    }

    String getMapping() {
        return mapping;
    }
}
