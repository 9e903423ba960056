package dataport.exhibits;

import dataport.shared.Bilingual;

/**
 * An item as the curator's editor shows it: what it points at (name), whether buyers still see it, and its note.
 *
 * @param shown false when the listing or merchant stopped being published: buyers do not see it, the curator is told
 */
public record CuratedItem(
        ItemKind kind, long targetId, Bilingual label, Bilingual detail, boolean shown, Bilingual note) {

    public ItemRef toRef() {
        return new ItemRef(kind, targetId, note);
    }
}
