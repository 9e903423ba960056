package dataport.compliance;

import dataport.catalog.DataClassification;
import dataport.shared.Bilingual;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One stored row of the routing rules; changed only by {@link #revise(RuleRow)}, which compliance staff use. */
@Entity
@Table(name = "compliance_rule")
class RoutingRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false)
    private int position;

    @Column(nullable = false, updatable = false)
    private String code;

    @Column(name = "classification_in")
    private String classificationIn;

    @Column(name = "personal_info_in")
    private String personalInfoIn;

    @Column(name = "exporter_cii")
    private Boolean exporterCii;

    @Column(name = "exporter_in_zone")
    private Boolean exporterInZone;

    @Column(name = "sector_in")
    private String sectorIn;

    @Column(name = "on_negative_list")
    private Boolean onNegativeList;

    @Column(name = "collected_abroad")
    private Boolean collectedAbroad;

    @Column(name = "recipient_blocked")
    private Boolean recipientBlocked;

    @Enumerated(EnumType.STRING)
    @Column(name = "filing_required")
    private FilingType filingRequired;

    @Column(name = "min_annual_personal")
    private Long minAnnualPersonal;

    @Column(name = "max_annual_personal")
    private Long maxAnnualPersonal;

    @Column(name = "min_annual_sensitive")
    private Long minAnnualSensitive;

    @Column(name = "max_annual_sensitive")
    private Long maxAnnualSensitive;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Mechanism mechanism;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "legal_basis_en"))
    @AttributeOverride(name = "zh", column = @Column(name = "legal_basis_zh"))
    private Bilingual legalBasis;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "reason_en"))
    @AttributeOverride(name = "zh", column = @Column(name = "reason_zh"))
    private Bilingual reason;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private LocalDate effectiveTo;

    protected RoutingRule() {}

    RoutingRule(RuleRow row) {
        this.code = row.code();
        apply(row);
    }

    /** Takes the row's conditions, outcome and texts (its code stays); the row was checked by RuleEdits. */
    void revise(RuleRow row) {
        if (!code.equals(row.code())) {
            throw new IllegalArgumentException("A rule keeps its code: " + code);
        }
        apply(row);
    }

    private void apply(RuleRow row) {
        this.position = row.position();
        this.classificationIn = join(row.classificationIn());
        this.personalInfoIn = join(row.personalInfoIn());
        this.exporterCii = row.exporterCii();
        this.exporterInZone = row.exporterInZone();
        this.sectorIn = join(row.sectorIn());
        this.onNegativeList = row.onNegativeList();
        this.collectedAbroad = row.collectedAbroad();
        this.recipientBlocked = row.recipientBlocked();
        this.filingRequired = row.filingRequired();
        this.minAnnualPersonal = row.minAnnualPersonal();
        this.maxAnnualPersonal = row.maxAnnualPersonal();
        this.minAnnualSensitive = row.minAnnualSensitive();
        this.maxAnnualSensitive = row.maxAnnualSensitive();
        this.outcome = row.outcome();
        this.mechanism = row.mechanism();
        this.legalBasis = row.legalBasis();
        this.reason = row.reason();
        this.effectiveFrom = row.effectiveFrom();
        this.effectiveTo = row.effectiveTo();
    }

    RuleRow toRow() {
        return new RuleRow(
                id,
                version,
                position,
                code,
                split(classificationIn, DataClassification::valueOf),
                split(personalInfoIn, PersonalInformation::valueOf),
                exporterCii,
                exporterInZone,
                split(sectorIn, Function.identity()),
                onNegativeList,
                collectedAbroad,
                recipientBlocked,
                filingRequired,
                minAnnualPersonal,
                maxAnnualPersonal,
                minAnnualSensitive,
                maxAnnualSensitive,
                outcome,
                mechanism,
                legalBasis,
                reason,
                effectiveFrom,
                effectiveTo);
    }

    static <T> Set<T> split(String csv, Function<String, T> parse) {
        if (csv == null || csv.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(csv.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .map(parse)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String join(Set<?> values) {
        if (values == null || values.isEmpty()) {
            return null;
        }
        return values.stream().map(Object::toString).collect(Collectors.toCollection(TreeSet::new)).stream()
                .collect(Collectors.joining(","));
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    String getCode() {
        return code;
    }
}
