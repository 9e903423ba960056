package dataport.imports;

import dataport.catalog.CatalogService;
import dataport.catalog.DataClassification;
import dataport.catalog.DeliveryMode;
import dataport.catalog.ListingImport;
import dataport.catalog.UpdateFrequency;
import dataport.shared.Bilingual;
import java.util.List;
import java.util.Set;

/**
 * A spreadsheet row converted to a listing, or the reasons it cannot be; the merchant is known only at import time
 * when an ADMIN imports for several (the provider column).
 */
public record PreparedRow(
        int line,
        String externalId,
        String sourceUrl,
        String provider,
        String providerCountry,
        String categoryCode,
        Bilingual title,
        Bilingual summary,
        Bilingual description,
        DeliveryMode deliveryMode,
        DataClassification classification,
        boolean personalInformation,
        boolean crossBorder,
        UpdateFrequency updateFrequency,
        Set<String> tags,
        Set<String> regions,
        Set<String> languages,
        List<CatalogService.NewPlan> plans,
        List<RowError> errors) {

    public boolean valid() {
        return errors.isEmpty();
    }

    PreparedRow withErrors(List<RowError> errors) {
        return new PreparedRow(
                line,
                externalId,
                sourceUrl,
                provider,
                providerCountry,
                categoryCode,
                title,
                summary,
                description,
                deliveryMode,
                classification,
                personalInformation,
                crossBorder,
                updateFrequency,
                tags,
                regions,
                languages,
                plans,
                List.copyOf(errors));
    }

    ListingImport toImport(long merchantId) {
        return new ListingImport(
                externalId,
                sourceUrl,
                new CatalogService.NewListing(
                        merchantId,
                        categoryCode,
                        title,
                        summary,
                        description,
                        deliveryMode,
                        classification,
                        personalInformation,
                        crossBorder,
                        updateFrequency,
                        null,
                        null,
                        tags,
                        regions,
                        languages,
                        plans));
    }
}
