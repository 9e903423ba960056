package dataport.compliance;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A merchant's cross-border facts; staff verify them, and a change after verification needs verifying again. */
@Entity
@Table(name = "compliance_merchant_facts")
class MerchantFactSheet {

    @Id
    @Column(name = "merchant_id")
    private Long merchantId;

    @Version
    private long version;

    @Column(name = "cii_operator")
    private Boolean ciiOperator;

    @Column(name = "in_free_trade_zone")
    private Boolean inFreeTradeZone;

    private String sector;

    @Column(name = "outside_year")
    private Integer outsideYear;

    @Column(name = "outside_non_sensitive", nullable = false)
    private long outsideNonSensitive;

    @Column(name = "outside_sensitive", nullable = false)
    private long outsideSensitive;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "verified_by")
    private String verifiedBy;

    protected MerchantFactSheet() {}

    MerchantFactSheet(long merchantId) {
        this.merchantId = merchantId;
    }

    void declare(MerchantDeclaration d, Instant now) {
        if (!d.problems().isEmpty()) {
            throw new IllegalArgumentException("Invalid declaration: " + d.problems());
        }
        boolean changed = !d.equals(toDeclaration());
        this.ciiOperator = d.ciiOperator();
        this.inFreeTradeZone = d.inFreeTradeZone();
        this.sector = d.sector();
        this.outsideYear = d.outsideYear();
        this.outsideNonSensitive = d.outsideNonSensitive();
        this.outsideSensitive = d.outsideSensitive();
        this.updatedAt = now;
        if (changed) {
            this.verifiedAt = null;
            this.verifiedBy = null;
        }
    }

    /** Staff confirm the declaration; refused for facts never declared or already verified. */
    void verify(String staff, Instant now) {
        if (updatedAt == null) {
            throw new IllegalStateException("Nothing declared for merchant " + merchantId);
        }
        if (verifiedAt != null) {
            throw new IllegalStateException("Already verified: merchant " + merchantId);
        }
        this.verifiedAt = now;
        this.verifiedBy = staff;
    }

    MerchantDeclaration toDeclaration() {
        return new MerchantDeclaration(
                ciiOperator, inFreeTradeZone, sector, outsideYear, outsideNonSensitive, outsideSensitive);
    }

    MerchantFacts toFacts() {
        return new MerchantFacts(merchantId, toDeclaration(), verifiedAt, verifiedBy);
    }
}
