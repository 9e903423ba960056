package dataport.catalog;

import dataport.shared.Bilingual;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.springframework.data.domain.AbstractAggregateRoot;

/** One service a merchant offers. Its status changes only through the lifecycle methods below. */
@Entity
@Table(name = "listing")
class Listing extends AbstractAggregateRoot<Listing> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "merchant_id", nullable = false)
    private Long merchantId;

    @Column(name = "category_id", nullable = false)
    private Long categoryId;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "title_en"))
    @AttributeOverride(name = "zh", column = @Column(name = "title_zh"))
    private Bilingual title;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "summary_en"))
    @AttributeOverride(name = "zh", column = @Column(name = "summary_zh"))
    private Bilingual summary;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "description_en"))
    @AttributeOverride(name = "zh", column = @Column(name = "description_zh"))
    private Bilingual description;

    @Enumerated(EnumType.STRING)
    @Column(name = "delivery_mode", nullable = false, length = 32)
    private DeliveryMode deliveryMode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DataClassification classification;

    @Column(name = "personal_information", nullable = false)
    private boolean personalInformation;

    @Column(name = "cross_border", nullable = false)
    private boolean crossBorder;

    @Enumerated(EnumType.STRING)
    @Column(name = "update_frequency", length = 16)
    private UpdateFrequency updateFrequency;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "sla_en"))
    @AttributeOverride(name = "zh", column = @Column(name = "sla_zh"))
    private Bilingual sla;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "licence_en"))
    @AttributeOverride(name = "zh", column = @Column(name = "licence_zh"))
    private Bilingual licence;

    @ElementCollection
    @CollectionTable(name = "listing_tag", joinColumns = @JoinColumn(name = "listing_id"))
    @Column(name = "tag", nullable = false, length = 64)
    private Set<String> tags = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "listing_region", joinColumns = @JoinColumn(name = "listing_id"))
    @Column(name = "country_code", nullable = false, length = 2)
    private Set<String> regions = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "listing_language", joinColumns = @JoinColumn(name = "listing_id"))
    @Column(name = "language", nullable = false, length = 16)
    private Set<String> languages = new LinkedHashSet<>();

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "listing_id", nullable = false)
    @OrderBy("position")
    private List<PricingPlan> plans = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ListingStatus status = ListingStatus.DRAFT;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    /** The listing's id in the spreadsheet it was imported from; unique per merchant. */
    @Column(name = "external_id", length = 100)
    private String externalId;

    /** The listing's page on the exchange it was imported from. */
    @Column(name = "source_url", length = 500)
    private String sourceUrl;

    @Version
    private long version;

    protected Listing() {}

    Listing(Long merchantId, Long categoryId, Bilingual title, Bilingual summary, Instant now) {
        this.merchantId = Objects.requireNonNull(merchantId);
        this.categoryId = Objects.requireNonNull(categoryId);
        this.title = Objects.requireNonNull(title);
        this.summary = summary;
        this.createdAt = now;
        this.updatedAt = now;
    }

    void describe(
            Bilingual description,
            DeliveryMode deliveryMode,
            DataClassification classification,
            boolean personalInformation,
            boolean crossBorder,
            UpdateFrequency updateFrequency,
            Bilingual sla,
            Bilingual licence) {
        if (crossBorder && classification == DataClassification.CORE) {
            throw new IllegalArgumentException("CORE data may not be offered across the border");
        }
        this.description = description;
        this.deliveryMode = Objects.requireNonNull(deliveryMode);
        this.classification = Objects.requireNonNull(classification);
        this.personalInformation = personalInformation;
        this.crossBorder = crossBorder;
        this.updateFrequency = updateFrequency;
        this.sla = sla;
        this.licence = licence;
    }

    void tag(Set<String> tags, Set<String> regions, Set<String> languages) {
        this.tags.clear();
        this.tags.addAll(tags);
        this.regions.clear();
        this.regions.addAll(regions);
        this.languages.clear();
        this.languages.addAll(languages);
    }

    void addPlan(PricingPlan plan) {
        plans.add(plan);
    }

    void submitForReview() {
        requireStatus(ListingStatus.DRAFT);
        status = ListingStatus.IN_REVIEW;
    }

    void approve(Instant now) {
        requireStatus(ListingStatus.IN_REVIEW);
        if (plans.isEmpty()) {
            throw new IllegalStateException("A listing needs at least one pricing plan to be published");
        }
        status = ListingStatus.PUBLISHED;
        publishedAt = now;
        updatedAt = now;
        registerEvent(new ListingChanged(id));
    }

    private void requireStatus(ListingStatus expected) {
        if (status != expected) {
            throw new IllegalStateException("Listing " + id + " is " + status + ", not " + expected);
        }
    }

    Long getId() {
        return id;
    }

    Long getMerchantId() {
        return merchantId;
    }

    Long getCategoryId() {
        return categoryId;
    }

    Bilingual getTitle() {
        return title;
    }

    Bilingual getSummary() {
        return summary;
    }

    Bilingual getDescription() {
        return description;
    }

    DeliveryMode getDeliveryMode() {
        return deliveryMode;
    }

    DataClassification getClassification() {
        return classification;
    }

    boolean isPersonalInformation() {
        return personalInformation;
    }

    boolean isCrossBorder() {
        return crossBorder;
    }

    UpdateFrequency getUpdateFrequency() {
        return updateFrequency;
    }

    Bilingual getSla() {
        return sla;
    }

    Bilingual getLicence() {
        return licence;
    }

    Set<String> getTags() {
        return tags;
    }

    Set<String> getRegions() {
        return regions;
    }

    Set<String> getLanguages() {
        return languages;
    }

    List<PricingPlan> getPlans() {
        return plans;
    }

    ListingStatus getStatus() {
        return status;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    long getVersion() {
        return version;
    }

    /** Records where an imported listing came from, so the next import of the same row updates it. */
    void importedFrom(String externalId, String sourceUrl) {
        this.externalId = externalId;
        this.sourceUrl = sourceUrl;
    }

    /**
     * Replaces what an import brings (category, title, summary, plans) of a draft; the rest goes through
     * {@link #describe} and {@link #tag}. A listing in review or published is changed through the editor only.
     */
    void reviseFromImport(Long categoryId, Bilingual title, Bilingual summary, List<PricingPlan> plans, Instant now) {
        requireStatus(ListingStatus.DRAFT);
        this.categoryId = Objects.requireNonNull(categoryId);
        this.title = Objects.requireNonNull(title);
        this.summary = summary;
        this.plans.clear();
        this.plans.addAll(plans);
        this.updatedAt = now;
    }

    String getExternalId() {
        return externalId;
    }

    String getSourceUrl() {
        return sourceUrl;
    }

    /** Backdates publication; only the demo data needs this, to spread listings over past months. */
    void backdatePublication(Instant publishedAt) {
        requireStatus(ListingStatus.PUBLISHED);
        this.publishedAt = publishedAt;
    }
}
