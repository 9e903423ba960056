package dataport.demo;

import dataport.audit.AuditService;
import dataport.catalog.BillingPeriod;
import dataport.catalog.CatalogService;
import dataport.catalog.CatalogService.NewPlan;
import dataport.catalog.DataClassification;
import dataport.catalog.DeliveryMode;
import dataport.catalog.ListingContent;
import dataport.catalog.PricingModel;
import dataport.catalog.UpdateFrequency;
import dataport.merchants.MerchantService;
import dataport.merchants.MerchantService.NewMerchant;
import dataport.merchants.Origin;
import dataport.merchants.WhitelistService;
import dataport.shared.Bilingual;
import dataport.shared.Money;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the demo catalogue into an empty database, in one transaction, through the same services the site uses: the
 * listing changes go to the search index the same way a merchant's would.
 */
@Component
@Order(0)
@ConditionalOnBooleanProperty("dataport.demo.enabled")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final MerchantService merchants;
    private final WhitelistService whitelist;
    private final CatalogService catalog;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock clock;
    private final DemoStaff demoStaff;
    private final DemoHalls halls;
    private final DemoCrossBorder crossBorder;
    private final DemoReviews reviews;

    DemoDataLoader(
            MerchantService merchants,
            WhitelistService whitelist,
            CatalogService catalog,
            TransactionTemplate transaction,
            JsonMapper json,
            Clock clock,
            DemoStaff demoStaff,
            DemoHalls halls,
            DemoCrossBorder crossBorder,
            DemoReviews reviews) {
        this.crossBorder = crossBorder;
        this.reviews = reviews;
        this.merchants = merchants;
        this.whitelist = whitelist;
        this.catalog = catalog;
        this.transaction = transaction;
        this.json = json;
        this.clock = clock;
        this.demoStaff = demoStaff;
        this.halls = halls;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (merchants.count() > 0) {
            return;
        }
        DemoCatalogue demo;
        try (InputStream in = new ClassPathResource("demo/catalogue.json").getInputStream()) {
            demo = json.readValue(in, DemoCatalogue.class);
        }
        long started = System.nanoTime();
        demoStaff.run(() -> transaction.executeWithoutResult(status -> load(demo)));
        log.info(
                "Demo data loaded: {} merchants, {} listings in {} ms",
                demo.merchants().size(),
                demo.listings().size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private void load(DemoCatalogue demo) {
        int position = 0;
        for (DemoCatalogue.CategoryNode track : demo.categories()) {
            catalog.defineCategory(track.code(), null, Bilingual.of(track.nameEn(), track.nameZh()), position++);
            for (DemoCatalogue.CategoryNode child : track.children()) {
                catalog.defineCategory(
                        child.code(), track.code(), Bilingual.of(child.nameEn(), child.nameZh()), position++);
            }
        }
        Map<String, Long> merchantIds = new HashMap<>();
        for (DemoCatalogue.MerchantEntry m : demo.merchants()) {
            var saved = merchants.register(new NewMerchant(
                    m.slug(),
                    Bilingual.of(m.nameEn(), m.nameZh()),
                    Origin.valueOf(m.origin()),
                    m.country(),
                    m.city(),
                    m.website(),
                    m.registrationNumber(),
                    m.foundedYear(),
                    Bilingual.of(m.descriptionEn(), m.descriptionZh()),
                    DemoContacts.salesAddress(m.slug(), m.website())));
            merchantIds.put(m.slug(), saved.id());
        }
        Map<Long, Boolean> personalInformation = new java.util.LinkedHashMap<>();
        List<DemoReviews.Reviewed> reviewed = new java.util.ArrayList<>();
        for (DemoCatalogue.ListingEntry l : demo.listings()) {
            Long merchantId = merchantIds.get(l.merchant());
            if (merchantId == null) {
                throw new IllegalStateException(
                        "Demo listing " + l.titleEn() + " names unknown merchant " + l.merchant());
            }
            long listingId = catalog.createPublished(
                    merchantId, toContent(l), clock.instant().minus(Duration.ofDays(l.publishedDaysAgo())));
            personalInformation.put(listingId, l.personalInformation());
            reviewed.add(new DemoReviews.Reviewed(listingId, merchantId));
        }
        crossBorder.declare(personalInformation);
        LocalDate today = LocalDate.now(clock.withZone(AuditService.ZONE));
        for (DemoCatalogue.WhitelistGrantEntry w :
                demo.whitelist() == null ? List.<DemoCatalogue.WhitelistGrantEntry>of() : demo.whitelist()) {
            Long merchantId = merchantIds.get(w.merchant());
            if (merchantId == null) {
                throw new IllegalStateException("Demo whitelist entry names unknown merchant " + w.merchant());
            }
            LocalDate from = today.minusDays(w.startedDaysAgo());
            whitelist.grant(
                    merchantId,
                    Bilingual.of(w.scopeEn(), w.scopeZh()),
                    from,
                    w.validDays() == null ? null : from.plusDays(w.validDays() - 1),
                    w.note());
        }
        halls.load();
        reviews.load(reviewed);
    }

    private static ListingContent toContent(DemoCatalogue.ListingEntry l) {
        Set<String> tags = new LinkedHashSet<>();
        if (l.tags() != null) {
            tags.addAll(l.tags());
        }
        if (l.tagsZh() != null) {
            tags.addAll(l.tagsZh());
        }
        List<NewPlan> plans = l.plans().stream()
                .map(p -> new NewPlan(
                        Bilingual.of(p.nameEn(), p.nameZh()),
                        PricingModel.valueOf(p.model()),
                        p.period() == null ? null : BillingPeriod.valueOf(p.period()),
                        p.unitEn() == null && p.unitZh() == null ? null : Bilingual.of(p.unitEn(), p.unitZh()),
                        p.price() == null ? null : Money.of(p.price(), p.currency())))
                .toList();
        return ListingContent.builder()
                .categoryCode(l.category())
                .title(Bilingual.of(l.titleEn(), l.titleZh()))
                .summary(Bilingual.of(l.summaryEn(), l.summaryZh()))
                .description(Bilingual.of(l.descriptionEn(), l.descriptionZh()))
                .deliveryMode(DeliveryMode.valueOf(l.deliveryMode()))
                .classification(DataClassification.valueOf(l.classification()))
                .personalInformation(l.personalInformation())
                .crossBorder(l.crossBorder())
                .updateFrequency(l.updateFrequency() == null ? null : UpdateFrequency.valueOf(l.updateFrequency()))
                .sla(Bilingual.of(l.slaEn(), l.slaZh()))
                .licence(Bilingual.of(l.licenceEn(), l.licenceZh()))
                .tags(tags)
                .regions(new LinkedHashSet<>(l.regions() == null ? List.of() : l.regions()))
                .languages(new LinkedHashSet<>(l.languages() == null ? List.of() : l.languages()))
                .plans(plans)
                .build();
    }
}
