package dataport.exhibits;

import dataport.shared.Bilingual;

/** One item as a curator places it: a listing or a merchant, with an optional bilingual note. */
public record ItemRef(ItemKind kind, long targetId, Bilingual note) {

    public ItemRef {
        note = note == null ? Bilingual.of(null, null) : note;
    }
}
