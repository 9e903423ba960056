package dataport.catalog;

import dataport.shared.Bilingual;
import dataport.shared.Money;
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

/** One way to buy a listing. A QUOTE plan has no price; every other plan has one. */
@Entity
@Table(name = "pricing_plan")
class PricingPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "name_en"))
    @AttributeOverride(name = "zh", column = @Column(name = "name_zh"))
    private Bilingual name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PricingModel model;

    @Enumerated(EnumType.STRING)
    @Column(length = 8)
    private BillingPeriod period;

    @Embedded
    @AttributeOverride(name = "en", column = @Column(name = "unit_en"))
    @AttributeOverride(name = "zh", column = @Column(name = "unit_zh"))
    private Bilingual unit;

    @Column(name = "price_minor")
    private Long priceMinor;

    @Column(length = 3)
    private String currency;

    @Column(nullable = false)
    private int position;

    protected PricingPlan() {}

    PricingPlan(Bilingual name, PricingModel model, BillingPeriod period, Bilingual unit, Money price, int position) {
        if ((model == PricingModel.QUOTE) != (price == null)) {
            throw new IllegalArgumentException("A QUOTE plan has no price; every other plan needs one");
        }
        if ((model == PricingModel.SUBSCRIPTION) != (period != null)) {
            throw new IllegalArgumentException("Only subscriptions have a billing period");
        }
        this.name = name;
        this.model = model;
        this.period = period;
        this.unit = unit;
        this.priceMinor = price == null ? null : price.minorUnits();
        this.currency = price == null ? null : price.currency().getCurrencyCode();
        this.position = position;
    }

    CatalogService.NewPlan toContent() {
        Money price = priceMinor == null ? null : Money.ofMinor(priceMinor, currency);
        return new CatalogService.NewPlan(name, model, period, unit, price);
    }
}
