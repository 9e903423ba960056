package dataport.exhibits;

import java.time.Instant;
import java.util.List;

/**
 * A change to an exhibit as the curator's history shows it.
 *
 * @param action created, saved, published, archived, back-to-draft or banner
 * @param fields the fields a save changed (slug, title, subtitle, intro, accent, schedule, priority, items)
 */
public record ExhibitHistoryEntry(Instant changedAt, String actor, String action, List<String> fields) {}
