package dataport.catalog;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The automatic checks of a bulk action: the same rules the editor applies before a submission
 * ({@link ListingRules#violations} with {@code forSubmission}), on the content staff would publish (a pending
 * revision, else the listing's own columns).
 */
final class AutomaticChecks {

    private final Map<Long, CategoryRef> refsById;
    private final Map<String, CategoryRef> refsByCode = new HashMap<>();

    AutomaticChecks(Map<Long, CategoryRef> refsById) {
        this.refsById = refsById;
        refsById.values().forEach(r -> refsByCode.put(r.code(), r));
    }

    /** The content a decision on the listing concerns. */
    ListingContent proposed(Listing l) {
        return l.getRevisionContent() != null && l.getRevisionState() == RevisionState.IN_REVIEW
                ? ListingContents.fromJson(l.getRevisionContent())
                : ListingContents.of(l, refsById.get(l.getCategoryId()).code());
    }

    /** The rules the content breaks (translation key and arguments), in field order; empty when it passes. */
    List<InvalidListing.Violation> problems(ListingContent content) {
        CategoryRef ref = content.categoryCode() == null ? null : refsByCode.get(content.categoryCode());
        return ListingRules.violations(content, ref, true).values().stream()
                .distinct()
                .toList();
    }

    CategoryRef category(Listing l) {
        return refsById.get(l.getCategoryId());
    }
}
