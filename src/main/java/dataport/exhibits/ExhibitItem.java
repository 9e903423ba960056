package dataport.exhibits;

import dataport.shared.Bilingual;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One row of an exhibit's ordered items (its position is the list index). */
@Embeddable
class ExhibitItem {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ItemKind kind;

    @Column(name = "target_id", nullable = false)
    private long targetId;

    @Column(name = "note_en", length = 600)
    private String noteEn;

    @Column(name = "note_zh", length = 600)
    private String noteZh;

    protected ExhibitItem() {}

    ExhibitItem(ItemRef ref) {
        this.kind = ref.kind();
        this.targetId = ref.targetId();
        this.noteEn = ref.note().en();
        this.noteZh = ref.note().zh();
    }

    ItemRef toRef() {
        return new ItemRef(kind, targetId, Bilingual.of(noteEn, noteZh));
    }
}
