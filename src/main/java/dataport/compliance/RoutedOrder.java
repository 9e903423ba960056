package dataport.compliance;

import dataport.catalog.DataClassification;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * An order bound abroad with the facts it was routed on and the decision, kept as it was: a dry run re-routes these
 * facts under changed rules, and the exporter's annual totals add up the lines that count.
 */
@Entity
@Table(name = "compliance_routing")
class RoutedOrder {

    @Id
    @Column(name = "order_id")
    private Long orderId;

    @Column(name = "listing_id", nullable = false)
    private long listingId;

    @Column(name = "merchant_id", nullable = false)
    private long merchantId;

    @Column(name = "buyer_user_id", nullable = false)
    private long buyerUserId;

    @Column(nullable = false)
    private String country;

    @Column(name = "routed_at", nullable = false)
    private Instant routedAt;

    @Column(name = "routed_year", nullable = false)
    private int routedYear;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DataClassification classification;

    /** The listing's data facts as declared when the order was routed (the same shape as the listing's sheet). */
    @Embedded
    private DataFacts data;

    @Column(name = "cii_operator")
    private Boolean ciiOperator;

    @Column(name = "in_free_trade_zone")
    private Boolean inFreeTradeZone;

    private String sector;

    @Column(name = "recipient_blocked", nullable = false)
    private boolean recipientBlocked;

    @Column(name = "prior_non_sensitive", nullable = false)
    private long priorNonSensitive;

    @Column(name = "prior_sensitive", nullable = false)
    private long priorSensitive;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Outcome outcome;

    @Column(name = "rule_code", nullable = false)
    private String ruleCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Mechanism mechanism;

    /** Whether the line's people count toward the exporter's annual totals (not blocked, not refused). */
    @Column(name = "counts_to_total", nullable = false)
    private boolean countsToTotal;

    /** When the sweep found the hold over (cancelled, or ended otherwise); null while it may still matter. */
    @Column(name = "hold_closed_at")
    private Instant holdClosedAt;

    /** Why the sweep cancelled the held order (a compliance.hold-cancelled.* key suffix), or null. */
    @Column(name = "hold_cancelled")
    private String holdCancelled;

    protected RoutedOrder() {}

    RoutedOrder(
            long orderId,
            long listingId,
            long merchantId,
            long buyerUserId,
            String country,
            Instant now,
            int year,
            RoutingFacts f,
            RoutingDecision d) {
        this.orderId = orderId;
        this.listingId = listingId;
        this.merchantId = merchantId;
        this.buyerUserId = buyerUserId;
        this.country = country;
        this.routedAt = now;
        this.routedYear = year;
        this.classification = f.classification();
        this.data = new DataFacts(
                f.personalInfo(),
                f.individuals(),
                f.collectedAbroad(),
                f.onNegativeList(),
                f.filingType(),
                f.filingExpiresOn());
        this.ciiOperator = f.exporterCii();
        this.inFreeTradeZone = f.exporterInZone();
        this.sector = f.sector();
        this.recipientBlocked = f.recipientBlocked();
        this.priorNonSensitive = f.priorNonSensitive();
        this.priorSensitive = f.priorSensitive();
        this.outcome = d.outcome();
        this.ruleCode = d.ruleCode();
        this.mechanism = d.mechanism();
        this.countsToTotal = d.outcome() != Outcome.BLOCKED;
    }

    /**
     * The transfer will not happen (the assessment was refused, the held order cancelled): its people no longer count.
     * True when they counted until now, so the caller takes them off the exporter's totals exactly once.
     */
    boolean stopCounting() {
        boolean counted = countsToTotal;
        this.countsToTotal = false;
        return counted;
    }

    /** The sweep cancelled the held order for {@code reason}; refused for a hold already closed. */
    void cancelHold(String reason, Instant now) {
        if (holdClosedAt != null) {
            throw new IllegalStateException("Hold of order " + orderId + " already closed");
        }
        this.holdClosedAt = now;
        this.holdCancelled = java.util.Objects.requireNonNull(reason);
    }

    /** The hold ended some other way (paid, released, cancelled): nothing for the sweep to do any more. */
    void closeHold(Instant now) {
        if (holdClosedAt == null) {
            this.holdClosedAt = now;
        }
    }

    String getHoldCancelled() {
        return holdCancelled;
    }

    Instant getHoldClosedAt() {
        return holdClosedAt;
    }

    long getMerchantId() {
        return merchantId;
    }

    int getRoutedYear() {
        return routedYear;
    }

    /** The line's people as they were added to the exporter's totals. */
    long lineNonSensitive() {
        return DataFacts.orUnknown(data).people(PersonalInformation.NON_SENSITIVE);
    }

    long lineSensitive() {
        return DataFacts.orUnknown(data).people(PersonalInformation.SENSITIVE);
    }

    /** The facts as they were when the order was routed, on the day it was routed. */
    RoutingFacts facts(LocalDate day) {
        DataFacts d = DataFacts.orUnknown(data);
        return new RoutingFacts(
                classification,
                d.personalInfo(),
                d.individuals(),
                d.collectedAbroad(),
                d.onNegativeList(),
                d.filingType(),
                d.filingExpiresOn(),
                ciiOperator,
                inFreeTradeZone,
                sector,
                recipientBlocked,
                priorNonSensitive,
                priorSensitive,
                day);
    }

    Long getOrderId() {
        return orderId;
    }

    long getBuyerUserId() {
        return buyerUserId;
    }

    long getListingId() {
        return listingId;
    }

    Instant getRoutedAt() {
        return routedAt;
    }

    Outcome getOutcome() {
        return outcome;
    }

    String getRuleCode() {
        return ruleCode;
    }

    Mechanism getMechanism() {
        return mechanism;
    }

    String getCountry() {
        return country;
    }
}
