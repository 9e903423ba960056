package dataport.catalog;

import dataport.shared.Bilingual;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.json.JsonMapper;

/** Converts between a listing's columns, its {@link ListingContent} and the JSON a pending revision is kept in. */
final class ListingContents {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ListingContents() {}

    static ListingContent of(Listing l, String categoryCode) {
        return new ListingContent(
                categoryCode,
                l.getTitle(),
                orEmpty(l.getSummary()),
                orEmpty(l.getDescription()),
                l.getDeliveryMode(),
                l.getClassification(),
                l.getPersonalInformationAnswer(),
                l.isCrossBorder(),
                l.getUpdateFrequency(),
                orEmpty(l.getSla()),
                orEmpty(l.getLicence()),
                l.getLicenceTerms(),
                List.copyOf(l.getTags()),
                List.copyOf(l.getRegions()),
                List.copyOf(l.getLanguages()),
                l.getPlans().stream().map(PricingPlan::toContent).toList(),
                l.getImageIds(),
                l.getSampleFileId());
    }

    static String toJson(ListingContent content) {
        return JSON.writeValueAsString(content);
    }

    static ListingContent fromJson(String json) {
        return JSON.readValue(json, ListingContent.class);
    }

    /** The names of the fields that differ, for reviewers of a revision (translation keys' last part). */
    static List<String> changes(ListingContent before, ListingContent after) {
        List<String> changed = new ArrayList<>();
        diff(changed, "category", before.categoryCode(), after.categoryCode());
        diff(changed, "title", before.title(), after.title());
        diff(changed, "summary", before.summary(), after.summary());
        diff(changed, "description", before.description(), after.description());
        diff(changed, "delivery", before.deliveryMode(), after.deliveryMode());
        diff(changed, "classification", before.classification(), after.classification());
        diff(changed, "personal-information", before.personalInformation(), after.personalInformation());
        diff(changed, "cross-border", before.crossBorder(), after.crossBorder());
        diff(changed, "update-frequency", before.updateFrequency(), after.updateFrequency());
        diff(changed, "sla", before.sla(), after.sla());
        diff(changed, "licence", before.licence(), after.licence());
        diff(changed, "licence-terms", before.licenceTerms(), after.licenceTerms());
        diff(changed, "tags", before.tags(), after.tags());
        diff(changed, "regions", before.regions(), after.regions());
        diff(changed, "languages", before.languages(), after.languages());
        diff(changed, "plans", before.plans(), after.plans());
        diff(changed, "images", before.imageIds(), after.imageIds());
        diff(changed, "sample", before.sampleFileId(), after.sampleFileId());
        return changed;
    }

    private static void diff(List<String> changed, String name, Object before, Object after) {
        Object a = before instanceof Bilingual b ? Bilingual.of(b.en(), b.zh()) : before;
        Object z = after instanceof Bilingual b ? Bilingual.of(b.en(), b.zh()) : after;
        if (!Objects.equals(a, z)) {
            changed.add(name);
        }
    }

    static Bilingual orEmpty(Bilingual text) {
        return text == null ? Bilingual.of(null, null) : text;
    }
}
