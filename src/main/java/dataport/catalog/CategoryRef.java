package dataport.catalog;

import dataport.shared.Bilingual;

/** A category as other modules see it; {@code parent} is null for a top-level track. */
public record CategoryRef(String code, Bilingual name, CategoryRef parent) {

    public CategoryRef track() {
        return parent == null ? this : parent;
    }
}
