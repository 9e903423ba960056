package dataport.catalog;

import java.util.List;

/**
 * What a bulk action did.
 *
 * @param done listings submitted (or approved)
 * @param failedChecks listings left as they were because their content fails the automatic checks
 * @param skipped listings left because they were not in the expected state or changed since they were shown
 * @param doneIds the ids of the listings done
 */
public record BatchOutcome(int done, int failedChecks, int skipped, List<Long> doneIds) {

    public BatchOutcome {
        doneIds = List.copyOf(doneIds);
    }
}
