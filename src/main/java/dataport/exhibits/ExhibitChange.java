package dataport.exhibits;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One line of an exhibit's history: who did what (created, saved, published ...) to which fields, when. */
@Entity
@Table(name = "exhibit_change")
class ExhibitChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "exhibit_id", nullable = false)
    private Long exhibitId;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false, length = 32)
    private String action;

    @Column(length = 500)
    private String fields;

    protected ExhibitChange() {}

    ExhibitChange(long exhibitId, Instant changedAt, String actor, String action, List<String> fields) {
        this.exhibitId = exhibitId;
        this.changedAt = changedAt;
        this.actor = actor;
        this.action = action;
        this.fields = fields.isEmpty() ? null : String.join(",", fields);
    }

    ExhibitHistoryEntry toEntry() {
        return new ExhibitHistoryEntry(
                changedAt, actor, action, fields == null ? List.of() : Arrays.asList(fields.split(",")));
    }
}
