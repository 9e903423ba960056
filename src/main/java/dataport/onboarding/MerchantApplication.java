package dataport.onboarding;

import dataport.merchants.Origin;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A merchant's application to sell on DataPort. It changes state only through its own methods, which refuse
 * transitions the review process does not allow: DRAFT → SUBMITTED → IN_REVIEW → CHANGES_REQUESTED | APPROVED |
 * REJECTED, and CHANGES_REQUESTED → SUBMITTED on resubmission.
 */
@Entity
@Table(name = "merchant_application")
class MerchantApplication {

    /** The columns' sizes: merchant_application_comment.comment and merchant_application.decision_reason. */
    static final int MAX_COMMENT = 1000;

    static final int MAX_REASON = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "applicant_id", nullable = false)
    private long applicantId;

    @Column(name = "applicant_email", nullable = false)
    private String applicantEmail;

    @Column(name = "applicant_locale", nullable = false)
    private String applicantLocale;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private ApplicationState state;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private WizardStep step;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Origin origin;

    @Column(name = "country_code", length = 2)
    private String countryCode;

    @Column(name = "legal_name_zh")
    private String legalNameZh;

    @Column(name = "legal_name_en")
    private String legalNameEn;

    @Column(name = "registration_number")
    private String registrationNumber;

    private String website;

    @Column(name = "contact_name")
    private String contactName;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Column(name = "data_categories")
    private String dataCategories;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Classification classification;

    @Column(name = "personal_information")
    private Boolean personalInformation;

    @Column(name = "data_subjects")
    private Long dataSubjects;

    @Column(name = "sensitive_pi")
    private Boolean sensitivePi;

    @Enumerated(EnumType.STRING)
    @Column(name = "cross_border", length = 16)
    private CrossBorderFlow crossBorder;

    @Column(name = "destination_countries")
    private String destinationCountries;

    @Column(name = "cii_operator")
    private Boolean ciiOperator;

    @Column(name = "in_free_trade_zone")
    private Boolean inFreeTradeZone;

    private String sector;

    @Column(name = "abroad_non_sensitive")
    private Long abroadNonSensitive;

    @Column(name = "abroad_sensitive")
    private Long abroadSensitive;

    /** The calendar year of the "sent abroad" counts (the year they were last declared, Asia/Shanghai). */
    @Column(name = "exporter_facts_year")
    private Integer exporterFactsYear;

    @Column(name = "data_description")
    private String dataDescription;

    @Column(name = "terms_accepted_at")
    private Instant termsAcceptedAt;

    @Column(name = "reviewer_id")
    private Long reviewerId;

    @Column(name = "decision_reason")
    private String decisionReason;

    @Column(name = "merchant_id")
    private Long merchantId;

    @Column(name = "claimed_merchant_id")
    private Long claimedMerchantId;

    @ElementCollection
    @CollectionTable(name = "merchant_application_comment", joinColumns = @JoinColumn(name = "application_id"))
    @MapKeyColumn(name = "field")
    @Column(name = "comment", nullable = false)
    private Map<String, String> fieldComments = new HashMap<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected MerchantApplication() {}

    MerchantApplication(long applicantId, String applicantEmail, Locale applicantLocale) {
        this.applicantId = applicantId;
        this.applicantEmail = Objects.requireNonNull(applicantEmail);
        this.applicantLocale = applicantLocale.toLanguageTag();
        this.state = ApplicationState.DRAFT;
        this.step = WizardStep.ORGANISATION;
        this.createdAt = Instant.now();
    }

    // --- the applicant's side

    void describe(Organisation o) {
        requireEditable("change");
        origin = o.origin();
        countryCode = o.origin() == Origin.DOMESTIC ? "CN" : o.countryCode();
        legalNameZh = o.legalNameZh();
        legalNameEn = o.legalNameEn();
        registrationNumber = o.registrationNumber();
        website = o.website();
        contactName = o.contactName();
        contactEmail = o.contactEmail();
        contactPhone = o.contactPhone();
    }

    void assess(SelfAssessment a) {
        requireEditable("change");
        dataCategories = join(a.categories().stream().map(Enum::name).collect(Collectors.toSet()));
        classification = a.classification();
        personalInformation = a.personalInformation();
        boolean pi = Boolean.TRUE.equals(a.personalInformation());
        dataSubjects = pi ? a.dataSubjects() : null;
        sensitivePi = pi ? a.sensitivePersonalInformation() : null;
        crossBorder = a.crossBorder();
        boolean flows = a.crossBorder() != null && a.crossBorder() != CrossBorderFlow.NONE;
        destinationCountries = flows ? join(a.destinationCountries()) : null;
        dataDescription = a.description();
    }

    void acceptTerms(boolean accepted) {
        requireEditable("change");
        termsAcceptedAt = accepted ? (termsAcceptedAt == null ? Instant.now() : termsAcceptedAt) : null;
    }

    /** Remembers the furthest step the applicant reached, so reopening the wizard continues there. */
    void reach(WizardStep reached) {
        if (state.editable() && reached.ordinal() > step.ordinal()) {
            step = reached;
        }
    }

    void requireEditable(String action) {
        if (!state.editable()) {
            throw new ApplicationStateException(state, action);
        }
    }

    /** Submits a draft, or resubmits after staff asked for changes; their comments are then addressed. */
    void submit() {
        if (!state.editable()) {
            throw new ApplicationStateException(state, "submit");
        }
        state = ApplicationState.SUBMITTED;
        step = WizardStep.REVIEW;
        submittedAt = Instant.now();
        fieldComments.clear();
        decisionReason = null;
    }

    // --- the reviewer's side

    void startReview(long reviewer) {
        if (state != ApplicationState.SUBMITTED) {
            throw new ApplicationStateException(state, "start reviewing");
        }
        state = ApplicationState.IN_REVIEW;
        reviewerId = reviewer;
    }

    void requestChanges(Map<String, String> comments) {
        requireInReview("request changes to");
        Map<String, String> kept = new HashMap<>();
        comments.forEach((field, comment) -> {
            if (comment != null && !comment.isBlank()) {
                if (!Fields.ALL.contains(field)) {
                    throw new IllegalArgumentException("No field " + field + " to comment on");
                }
                if (comment.strip().length() > MAX_COMMENT) {
                    throw new IllegalArgumentException("A comment has at most " + MAX_COMMENT + " characters");
                }
                kept.put(field, comment.strip());
            }
        });
        if (kept.isEmpty()) {
            throw new IllegalArgumentException("Requesting changes needs at least one comment");
        }
        state = ApplicationState.CHANGES_REQUESTED;
        fieldComments.clear();
        fieldComments.putAll(kept);
        decidedAt = Instant.now();
    }

    /**
     * The applicant accepted an invitation to claim an imported merchant: the application now claims it, and the
     * organisation step starts from the merchant's details (answers already given win).
     */
    void claim(long merchant, Organisation fromMerchant) {
        requireEditable("claim with");
        claimedMerchantId = merchant;
        Organisation mine = organisation();
        describe(new Organisation(
                mine.origin() != null ? mine.origin() : fromMerchant.origin(),
                mine.countryCode() != null ? mine.countryCode() : fromMerchant.countryCode(),
                fromMerchant.legalNameZh() != null ? fromMerchant.legalNameZh() : mine.legalNameZh(),
                fromMerchant.legalNameEn() != null ? fromMerchant.legalNameEn() : mine.legalNameEn(),
                mine.registrationNumber(),
                mine.website() != null ? mine.website() : fromMerchant.website(),
                mine.contactName(),
                mine.contactEmail() != null ? mine.contactEmail() : fromMerchant.contactEmail(),
                mine.contactPhone()));
    }

    /** The imported merchant this application claims, or null for a new merchant. */
    Long claimedMerchantId() {
        return claimedMerchantId;
    }

    void approve(long merchant) {
        requireInReview("approve");
        state = ApplicationState.APPROVED;
        merchantId = merchant;
        decidedAt = Instant.now();
    }

    void reject(String reason) {
        requireInReview("reject");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A rejection needs a reason");
        }
        if (reason.strip().length() > MAX_REASON) {
            throw new IllegalArgumentException("A reason has at most " + MAX_REASON + " characters");
        }
        state = ApplicationState.REJECTED;
        decisionReason = reason.strip();
        decidedAt = Instant.now();
    }

    void requireInReview(String action) {
        if (state != ApplicationState.IN_REVIEW) {
            throw new ApplicationStateException(state, action);
        }
    }

    // --- reading

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    long getApplicantId() {
        return applicantId;
    }

    String getApplicantEmail() {
        return applicantEmail;
    }

    Locale getApplicantLocale() {
        return Locale.forLanguageTag(applicantLocale);
    }

    ApplicationState getState() {
        return state;
    }

    WizardStep getStep() {
        return step;
    }

    boolean termsAccepted() {
        return termsAcceptedAt != null;
    }

    Organisation organisation() {
        return new Organisation(
                origin,
                countryCode,
                legalNameZh,
                legalNameEn,
                registrationNumber,
                website,
                contactName,
                contactEmail,
                contactPhone);
    }

    /** The applicant declares its cross-border facts as an exporter (optional, any state a draft may hold). */
    void declareExporterFacts(ExporterFacts f, int year) {
        requireEditable("change");
        if (!f.problems().isEmpty()) {
            throw new IllegalArgumentException("Invalid exporter facts: " + f.problems());
        }
        ciiOperator = f.ciiOperator();
        inFreeTradeZone = f.inFreeTradeZone();
        sector = f.sector();
        abroadNonSensitive = f.abroadNonSensitive();
        abroadSensitive = f.abroadSensitive();
        exporterFactsYear = year;
    }

    ExporterFacts exporterFacts() {
        return new ExporterFacts(ciiOperator, inFreeTradeZone, sector, abroadNonSensitive, abroadSensitive);
    }

    Integer exporterFactsYear() {
        return exporterFactsYear;
    }

    SelfAssessment assessment() {
        Set<DataCategory> categories = split(dataCategories).stream()
                .map(DataCategory::valueOf)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new SelfAssessment(
                categories,
                classification,
                personalInformation,
                dataSubjects,
                sensitivePi,
                crossBorder,
                split(destinationCountries),
                dataDescription);
    }

    Map<String, String> fieldComments() {
        return Map.copyOf(fieldComments);
    }

    Long merchantId() {
        return merchantId;
    }

    String decisionReason() {
        return decisionReason;
    }

    Instant submittedAt() {
        return submittedAt;
    }

    Instant decidedAt() {
        return decidedAt;
    }

    private static String join(Set<String> values) {
        return values == null || values.isEmpty() ? null : String.join(",", new TreeSet<>(values));
    }

    private static Set<String> split(String joined) {
        if (joined == null || joined.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(joined.split(",")).collect(Collectors.toCollection(TreeSet::new));
    }
}
