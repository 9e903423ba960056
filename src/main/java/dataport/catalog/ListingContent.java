package dataport.catalog;

import dataport.catalog.CatalogService.NewPlan;
import dataport.shared.Bilingual;
import java.util.Collection;
import java.util.List;

/**
 * Everything a merchant says about a listing, and the one shape of it: the editor fills it in, a pending revision
 * keeps it (as JSON), the import and the demo generator produce it, tests build it with {@link #builder()}. Who owns
 * the listing, its id, status and version are not content: see {@link ListingEdit} and {@link ListingDetails}.
 *
 * <p>The files are referenced by id: {@code imageIds} in display order, {@code sampleFileId} null for none. {@code
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
        LicenceTerms licenceTerms,
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
        licenceTerms = licenceTerms == null ? LicenceTerms.defaults() : licenceTerms;
    }

    /** An empty content to fill in: every text null, every list empty, not cross-border. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this content, to change a few fields. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    public ListingContent withFiles(List<Long> imageIds, Long sampleFileId) {
        return toBuilder().imageIds(imageIds).sampleFileId(sampleFileId).build();
    }

    public ListingContent withCategory(String categoryCode) {
        return toBuilder().categoryCode(categoryCode).build();
    }

    public ListingContent withTitle(Bilingual title) {
        return toBuilder().title(title).build();
    }

    public ListingContent withClassification(DataClassification classification, boolean crossBorder) {
        return toBuilder()
                .classification(classification)
                .crossBorder(crossBorder)
                .build();
    }

    public ListingContent withPlans(List<NewPlan> plans) {
        return toBuilder().plans(plans).build();
    }

    /** Fills a {@link ListingContent} field by field; unset lists are empty. Not thread-safe. */
    public static final class Builder {
        private String categoryCode;
        private Bilingual title;
        private Bilingual summary;
        private Bilingual description;
        private DeliveryMode deliveryMode;
        private DataClassification classification;
        private Boolean personalInformation;
        private boolean crossBorder;
        private UpdateFrequency updateFrequency;
        private Bilingual sla;
        private Bilingual licence;
        private LicenceTerms licenceTerms;
        private List<String> tags = List.of();
        private List<String> regions = List.of();
        private List<String> languages = List.of();
        private List<NewPlan> plans = List.of();
        private List<Long> imageIds = List.of();
        private Long sampleFileId;

        private Builder() {}

        private Builder(ListingContent c) {
            categoryCode = c.categoryCode;
            title = c.title;
            summary = c.summary;
            description = c.description;
            deliveryMode = c.deliveryMode;
            classification = c.classification;
            personalInformation = c.personalInformation;
            crossBorder = c.crossBorder;
            updateFrequency = c.updateFrequency;
            sla = c.sla;
            licence = c.licence;
            licenceTerms = c.licenceTerms;
            tags = c.tags;
            regions = c.regions;
            languages = c.languages;
            plans = c.plans;
            imageIds = c.imageIds;
            sampleFileId = c.sampleFileId;
        }

        public Builder categoryCode(String categoryCode) {
            this.categoryCode = categoryCode;
            return this;
        }

        public Builder title(Bilingual title) {
            this.title = title;
            return this;
        }

        public Builder summary(Bilingual summary) {
            this.summary = summary;
            return this;
        }

        public Builder description(Bilingual description) {
            this.description = description;
            return this;
        }

        public Builder deliveryMode(DeliveryMode deliveryMode) {
            this.deliveryMode = deliveryMode;
            return this;
        }

        public Builder classification(DataClassification classification) {
            this.classification = classification;
            return this;
        }

        public Builder personalInformation(Boolean personalInformation) {
            this.personalInformation = personalInformation;
            return this;
        }

        public Builder crossBorder(boolean crossBorder) {
            this.crossBorder = crossBorder;
            return this;
        }

        public Builder updateFrequency(UpdateFrequency updateFrequency) {
            this.updateFrequency = updateFrequency;
            return this;
        }

        public Builder sla(Bilingual sla) {
            this.sla = sla;
            return this;
        }

        public Builder licence(Bilingual licence) {
            this.licence = licence;
            return this;
        }

        /** The structured licence terms; unset (null) means {@link LicenceTerms#defaults()}. */
        public Builder licenceTerms(LicenceTerms licenceTerms) {
            this.licenceTerms = licenceTerms;
            return this;
        }

        /** Tags in the order given; a repeated tag counts once when the listing is saved. */
        public Builder tags(Collection<String> tags) {
            this.tags = tags == null ? List.of() : List.copyOf(tags);
            return this;
        }

        public Builder regions(Collection<String> regions) {
            this.regions = regions == null ? List.of() : List.copyOf(regions);
            return this;
        }

        public Builder languages(Collection<String> languages) {
            this.languages = languages == null ? List.of() : List.copyOf(languages);
            return this;
        }

        public Builder plans(List<NewPlan> plans) {
            this.plans = plans;
            return this;
        }

        public Builder plan(NewPlan plan) {
            return plans(List.of(plan));
        }

        public Builder imageIds(List<Long> imageIds) {
            this.imageIds = imageIds;
            return this;
        }

        public Builder sampleFileId(Long sampleFileId) {
            this.sampleFileId = sampleFileId;
            return this;
        }

        public ListingContent build() {
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
                    licenceTerms,
                    tags,
                    regions,
                    languages,
                    plans,
                    imageIds,
                    sampleFileId);
        }
    }
}
