package dataport.catalog;

import dataport.catalog.CatalogService.NewPlan;
import dataport.shared.Bilingual;
import java.util.List;

/**
 * Everything a merchant edits of a listing, as the editor fills it in and as a pending revision keeps it. The files
 * are referenced by id: {@code imageIds} in display order, {@code sampleFileId} null for none. {@code
 * personalInformation} is null while unanswered (data products must answer).
 */
public record ListingContent(
        String categoryCode,
        Bilingual title,
        Bilingual summary,
        Bilingual description,
        DeliveryMode deliveryMode,
        DataClassification classification,
        Boolean personalInformation,
        boolean crossBorder,
        UpdateFrequency updateFrequency,
        Bilingual sla,
        Bilingual licence,
        List<String> tags,
        List<String> regions,
        List<String> languages,
        List<NewPlan> plans,
        List<Long> imageIds,
        Long sampleFileId) {

    public ListingContent {
        tags = tags == null ? List.of() : List.copyOf(tags);
        regions = regions == null ? List.of() : List.copyOf(regions);
        languages = languages == null ? List.of() : List.copyOf(languages);
        plans = plans == null ? List.of() : List.copyOf(plans);
        imageIds = imageIds == null ? List.of() : List.copyOf(imageIds);
    }

    public ListingContent withFiles(List<Long> imageIds, Long sampleFileId) {
        return new ListingContent(
                categoryCode,
                title,
                summary,
                description,
                deliveryMode,
                classification,
                personalInformation,
                crossBorder,
                updateFrequency,
                sla,
                licence,
                tags,
                regions,
                languages,
                plans,
                imageIds,
                sampleFileId);
    }
}
