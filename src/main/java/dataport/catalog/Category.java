package dataport.catalog;

import dataport.shared.Bilingual;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A track of plan §9 (top level) or one of its sub-tracks (with a parent). */
@Entity
@Table(name = "category")
class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String code;

    @Column(name = "parent_id")
    private Long parentId;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    @AttributeOverride(name = "zh", column = @Column(name = "name_zh"))
    private Bilingual name;

    @Column(nullable = false)
    private int position;

    protected Category() {}

    Category(String code, Long parentId, Bilingual name, int position) {
        this.code = code;
        this.parentId = parentId;
        this.name = name;
        this.position = position;
    }

    void rename(Bilingual name) {
        this.name = name;
    }

    void moveTo(int position) {
        this.position = position;
    }

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    Long getParentId() {
        return parentId;
    }

    Bilingual getName() {
        return name;
    }

    int getPosition() {
        return position;
    }
}
