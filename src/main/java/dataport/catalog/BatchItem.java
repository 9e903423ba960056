package dataport.catalog;

import dataport.shared.Bilingual;
import java.util.List;

/**
 * A listing of a review batch (or a draft of a bulk submission) with the result of the automatic checks.
 *
 * @param version the version the reviewer sees: a batch decision refuses a listing changed since
 * @param problems the checks its content fails (empty: it passes)
 */
public record BatchItem(
        long id,
        long version,
        Bilingual title,
        CategoryRef category,
        boolean revision,
        List<InvalidListing.Violation> problems) {

    public BatchItem {
        problems = List.copyOf(problems);
    }

    public boolean passes() {
        return problems.isEmpty();
    }
}
