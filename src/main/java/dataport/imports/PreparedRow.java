package dataport.imports;

import dataport.catalog.ListingContent;
import dataport.catalog.ListingImport;
import java.util.List;

/**
 * A spreadsheet row converted to a listing's content, or the reasons it cannot be; the merchant is known only at
 * import time when an ADMIN imports for several (the provider column).
 */
public record PreparedRow(
        int line,
        String externalId,
        String sourceUrl,
        String provider,
        String providerCountry,
        ListingContent content,
        List<RowError> errors) {

    public boolean valid() {
        return errors.isEmpty();
    }

    PreparedRow withErrors(List<RowError> errors) {
        return new PreparedRow(line, externalId, sourceUrl, provider, providerCountry, content, List.copyOf(errors));
    }

    ListingImport toImport(long merchantId) {
        return new ListingImport(externalId, sourceUrl, merchantId, content);
    }
}
