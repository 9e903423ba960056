package dataport.imports;

import java.util.List;

/**
 * What an import did.
 *
 * @param total data rows in the file
 * @param created listings created (as drafts)
 * @param updated drafts updated because an earlier import brought the same external id or URL
 * @param errors why the other rows were not imported, by line
 * @param listingIds the listings created or updated
 * @param millis how long the import took
 */
public record ImportReport(
        int total, int created, int updated, List<RowError> errors, List<Long> listingIds, long millis) {

    public ImportReport {
        errors = List.copyOf(errors);
        listingIds = List.copyOf(listingIds);
    }

    /** Rows with at least one error. */
    public long failedRows() {
        return errors.stream().mapToInt(RowError::line).distinct().count();
    }
}
