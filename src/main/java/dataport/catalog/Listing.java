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

    /** Null while the merchant has not answered; data products must answer before saving. */
    @Column(name = "personal_information")
    private Boolean personalInformation;

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

    @Enumerated(EnumType.STRING)
    @Column(name = "licence_use", nullable = false, length = 16)
    private LicenceUse licenceUse = LicenceUse.INTERNAL;

    @Column(name = "licence_derivatives", nullable = false)
    private boolean licenceDerivatives = true;

    @Column(name = "licence_attribution", nullable = false)
    private boolean licenceAttribution;

    @Column(name = "licence_no_transfer", nullable = false)
    private boolean licenceNoTransfer = true;

    /** ISO 3166 codes, comma-separated; null: worldwide. */
    @Column(name = "licence_territory", length = 1000)
    private String licenceTerritory;

    /** Null: perpetual. */
    @Column(name = "licence_term_months")
    private Integer licenceTermMonths;

    /** Null: no limit. */
    @Column(name = "licence_max_users")
    private Integer licenceMaxUsers;

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

    // The plan's own insert writes its listing (the key is not null); not updatable: no second statement per plan
    // setting the key again (a plan never moves to another listing; removing one deletes it).
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "listing_id", nullable = false, updatable = false)
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

    @Enumerated(EnumType.STRING)
    @Column(name = "revision_state", length = 16)
    private RevisionState revisionState;

    /** The pending revision of a published listing: its whole {@link ListingContent} as JSON. */
    @Column(name = "revision_content", columnDefinition = "MEDIUMTEXT")
    private String revisionContent;

    @Column(name = "review_comment", length = 2000)
    private String reviewComment;

    /** Ids of the listing's images in display order, comma-separated (at most {@link ListingRules#IMAGES_MAX}). */
    @Column(name = "image_ids", length = 200)
    private String imageIds;

    @Column(name = "sample_file_id")
    private Long sampleFileId;

    @Column(name = "submitted_at")
    private Instant submittedAt;
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

    /** A new draft of the merchant holding {@code content}; refused like any edit when the content breaks a rule. */
    static Listing draft(long merchantId, long categoryId, ListingContent content, Instant now) {
        Listing listing = new Listing(merchantId, categoryId, content.title(), content.summary(), now);
        listing.apply(categoryId, content, now);
        return listing;
    }

    void describe(
            Bilingual description,
            DeliveryMode deliveryMode,
            DataClassification classification,
            Boolean personalInformation,
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

    /** The structured licence terms; null keeps the defaults. */
    void license(LicenceTerms terms) {
        LicenceTerms t = terms == null ? LicenceTerms.defaults() : terms;
        this.licenceUse = Objects.requireNonNull(t.use());
        this.licenceDerivatives = t.derivatives();
        this.licenceAttribution = t.attribution();
        this.licenceNoTransfer = t.noOnwardTransfer();
        this.licenceTerritory = t.territoryColumn();
        this.licenceTermMonths = t.termMonths();
        this.licenceMaxUsers = t.maxUsers();
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

    /** Replaces the whole content of a draft. A published listing changes only through a reviewed revision. */
    void edit(long categoryId, ListingContent c, Instant now) {
        requireStatus(ListingStatus.DRAFT);
        apply(categoryId, c, now);
    }

    /**
     * Changes which uploaded files a draft shows, and nothing else: an upload is kept with the draft at once, while
     * the rest of the form waits for the merchant's save.
     */
    void showFiles(List<Long> imageIds, Long sampleFileId, Instant now) {
        requireStatus(ListingStatus.DRAFT);
        if (imageIds.size() > ListingRules.IMAGES_MAX) {
            throw new IllegalArgumentException("At most " + ListingRules.IMAGES_MAX + " images");
        }
        this.imageIds = imageIdsColumn(imageIds);
        this.sampleFileId = sampleFileId;
        this.updatedAt = now;
    }

    private void apply(long categoryId, ListingContent c, Instant now) {
        applyExceptFiles(categoryId, c, now);
        this.imageIds = imageIdsColumn(c.imageIds());
        this.sampleFileId = c.sampleFileId();
    }

    private void applyExceptFiles(long categoryId, ListingContent c, Instant now) {
        describe(
                c.description(),
                c.deliveryMode(),
                c.classification(),
                c.personalInformation(),
                c.crossBorder(),
                c.updateFrequency(),
                c.sla(),
                c.licence());
        license(c.licenceTerms());
        this.categoryId = categoryId;
        this.title = Objects.requireNonNull(c.title());
        this.summary = c.summary();
        tag(new LinkedHashSet<>(c.tags()), new LinkedHashSet<>(c.regions()), new LinkedHashSet<>(c.languages()));
        plans.clear();
        int position = 0;
        for (CatalogService.NewPlan p : c.plans()) {
            plans.add(new PricingPlan(p.name(), p.model(), p.period(), p.unit(), p.price(), position++));
        }
        this.updatedAt = now;
    }

    /**
     * Keeps an edit of a published listing aside (as JSON) until staff approve it; buyers keep seeing the published
     * content meanwhile. Refused while an earlier revision waits for review.
     */
    void proposeRevision(String content, Instant now) {
        requireStatus(ListingStatus.PUBLISHED);
        if (revisionState == RevisionState.IN_REVIEW) {
            throw new IllegalStateException("Listing " + id + " has a revision in review");
        }
        revisionState = RevisionState.DRAFT;
        revisionContent = Objects.requireNonNull(content);
        updatedAt = now;
    }

    void submitForReview() {
        submitForReview(updatedAt);
    }

    /** A draft, or a published listing's drafted revision, goes to staff. */
    void submitForReview(Instant now) {
        if (status == ListingStatus.DRAFT) {
            status = ListingStatus.IN_REVIEW;
        } else if (status == ListingStatus.PUBLISHED && revisionState == RevisionState.DRAFT) {
            revisionState = RevisionState.IN_REVIEW;
        } else {
            throw new IllegalStateException(
                    "Listing " + id + " is " + status + " with revision " + revisionState + ": nothing to submit");
        }
        submittedAt = now;
        updatedAt = now;
    }

    /** Whether staff have something of this listing to decide: a first publication or a revision. */
    boolean isAwaitingReview() {
        return status == ListingStatus.IN_REVIEW || revisionState == RevisionState.IN_REVIEW;
    }

    void approve(Instant now) {
        requireStatus(ListingStatus.IN_REVIEW);
        if (plans.isEmpty()) {
            throw new IllegalStateException("A listing needs at least one pricing plan to be published");
        }
        status = ListingStatus.PUBLISHED;
        publishedAt = now;
        updatedAt = now;
        reviewComment = null;
        registerEvent(new ListingChanged(id));
    }

    /** Applies the reviewed revision ({@code content} is the parsed {@link #getRevisionContent()}). */
    void approveRevision(long categoryId, ListingContent content, Instant now) {
        requireStatus(ListingStatus.PUBLISHED);
        if (revisionState != RevisionState.IN_REVIEW) {
            throw new IllegalStateException("Listing " + id + " has no revision in review");
        }
        if (content.plans().isEmpty()) {
            throw new IllegalStateException("A listing needs at least one pricing plan to be published");
        }
        apply(categoryId, content, now);
        revisionState = null;
        revisionContent = null;
        reviewComment = null;
        registerEvent(new ListingChanged(id));
    }

    /** Staff send the listing (or its revision) back to the merchant with what to change. */
    void returnWithComment(String comment, Instant now) {
        if (comment == null || comment.isBlank()) {
            throw new IllegalArgumentException("A returned listing needs a comment");
        }
        if (status == ListingStatus.IN_REVIEW) {
            status = ListingStatus.DRAFT;
        } else if (status == ListingStatus.PUBLISHED && revisionState == RevisionState.IN_REVIEW) {
            revisionState = RevisionState.DRAFT;
        } else {
            throw new IllegalStateException("Listing " + id + " is not in review");
        }
        reviewComment = comment.strip();
        updatedAt = now;
    }

    void suspend(Instant now) {
        requireStatus(ListingStatus.PUBLISHED);
        status = ListingStatus.SUSPENDED;
        updatedAt = now;
        registerEvent(new ListingChanged(id));
    }

    void reinstate(Instant now) {
        requireStatus(ListingStatus.SUSPENDED);
        status = ListingStatus.PUBLISHED;
        updatedAt = now;
        registerEvent(new ListingChanged(id));
    }

    /** Withdrawn for good; a listing in review must first be decided. */
    void archive(Instant now) {
        if (status == ListingStatus.IN_REVIEW || status == ListingStatus.ARCHIVED) {
            throw new IllegalStateException("Listing " + id + " is " + status + " and cannot be archived");
        }
        boolean wasVisible = status == ListingStatus.PUBLISHED;
        status = ListingStatus.ARCHIVED;
        revisionState = null;
        revisionContent = null;
        updatedAt = now;
        if (wasVisible) {
            registerEvent(new ListingChanged(id));
        }
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
        return Boolean.TRUE.equals(personalInformation);
    }

    Boolean getPersonalInformationAnswer() {
        return personalInformation;
    }

    RevisionState getRevisionState() {
        return revisionState;
    }

    String getRevisionContent() {
        return revisionContent;
    }

    String getReviewComment() {
        return reviewComment;
    }

    List<Long> getImageIds() {
        return imageIdsOf(imageIds);
    }

    /** The {@code image_ids} column's value for these ids: comma-separated, null for none. */
    private static String imageIdsColumn(List<Long> ids) {
        return ids.isEmpty()
                ? null
                : String.join(",", ids.stream().map(String::valueOf).toList());
    }

    /** The ids in an {@code image_ids} column's value, in display order. */
    static List<Long> imageIdsOf(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(column.split(",")).map(Long::valueOf).toList();
    }

    Long getSampleFileId() {
        return sampleFileId;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
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

    LicenceTerms getLicenceTerms() {
        return new LicenceTerms(
                licenceUse,
                licenceDerivatives,
                licenceAttribution,
                licenceNoTransfer,
                LicenceTerms.territoryOf(licenceTerritory),
                licenceTermMonths,
                licenceMaxUsers);
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

    /** The events this listing will publish when saved (for tests: {@code domainEvents()} is protected). */
    java.util.Collection<Object> pendingEvents() {
        return domainEvents();
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
    /**
     * Re-imported content replaces a draft's, except its uploaded files and its structured licence terms (an import
     * carries neither).
     */
    void reviseFromImport(long categoryId, ListingContent content, Instant now) {
        requireStatus(ListingStatus.DRAFT);
        applyExceptFiles(
                categoryId, content.toBuilder().licenceTerms(getLicenceTerms()).build(), now);
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
