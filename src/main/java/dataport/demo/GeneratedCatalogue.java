package dataport.demo;

import dataport.audit.AuditService;
import dataport.catalog.BulkListings;
import dataport.catalog.BulkListings.PublishedListing;
import dataport.demo.DemoGenerator.GeneratedListing;
import dataport.demo.DemoGenerator.GeneratedMerchant;
import dataport.merchants.MerchantService;
import dataport.merchants.WhitelistService;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adds the generated catalogue ({@code dataport.demo.generated-listings} listings from {@link DemoGenerator}'s fixed
 * seed) after the hand-written one, once per database: merchants through the merchants service, listings in bulk
 * (multi-row inserts, no event per listing), then one rebuild of the search index. With
 * {@code dataport.demo.exit-after-generating} it prints the time and rate and stops the application: the
 * {@code ./dataport generate} benchmark.
 */
@Component
@Order(2)
@ConditionalOnBooleanProperty("dataport.demo.enabled")
class GeneratedCatalogue implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(GeneratedCatalogue.class);
    /** Listings per transaction: big enough for few round trips, small enough to keep memory flat at a million. */
    static final int CHUNK = 2000;

    private final MerchantService merchants;
    private final WhitelistService whitelist;
    private final BulkListings bulk;
    private final TransactionTemplate transaction;
    private final DemoStaff demoStaff;
    private final Clock clock;
    private final ApplicationContext context;
    private final int listings;
    private final boolean exitAfterGenerating;

    GeneratedCatalogue(
            MerchantService merchants,
            WhitelistService whitelist,
            BulkListings bulk,
            TransactionTemplate transaction,
            DemoStaff demoStaff,
            Clock clock,
            ApplicationContext context,
            @Value("${dataport.demo.generated-listings:0}") int listings,
            @Value("${dataport.demo.exit-after-generating:false}") boolean exitAfterGenerating) {
        this.merchants = merchants;
        this.whitelist = whitelist;
        this.bulk = bulk;
        this.transaction = transaction;
        this.demoStaff = demoStaff;
        this.clock = clock;
        this.context = context;
        this.listings = listings;
        this.exitAfterGenerating = exitAfterGenerating;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (listings > 0) {
            generate(DemoGenerator.standard(), listings);
        }
        if (exitAfterGenerating) {
            System.exit(SpringApplication.exit(context, () -> 0));
        }
    }

    /** Loads the catalogue unless its first merchant exists already; returns what it measured (null if skipped). */
    Timing generate(DemoGenerator generator, int listingCount) {
        List<GeneratedMerchant> generated = generator.merchants(DemoGenerator.merchantsFor(listingCount));
        if (merchants.findBySlug(generated.getFirst().profile().slug()).isPresent()) {
            log.info("Generated demo catalogue already loaded");
            return null;
        }
        long started = System.nanoTime();
        List<Long> merchantIds = new ArrayList<>(generated.size());
        demoStaff.run(() -> transaction.executeWithoutResult(status -> registerAll(generated, merchantIds)));
        long merchantsDone = System.nanoTime();

        Instant now = clock.instant();
        for (int from = 0; from < listingCount; from += CHUNK) {
            List<PublishedListing> chunk = new ArrayList<>(CHUNK);
            for (int n = from; n < Math.min(listingCount, from + CHUNK); n++) {
                GeneratedListing l = generator.listing(n, generated);
                chunk.add(new PublishedListing(
                        merchantIds.get(l.merchantNumber()),
                        l.content(),
                        now.minus(Duration.ofMinutes(l.publishedMinutesAgo()))));
            }
            demoStaff.run(() -> bulk.insertPublished(chunk));
        }
        long listingsDone = System.nanoTime();
        String indexProblem = null;
        try {
            demoStaff.run(() -> bulk.announce(listingCount));
        } catch (RuntimeException e) {
            // The listings are in the database; search catches up when Elasticsearch answers (see IndexMaintenance).
            indexProblem = e.toString();
        }
        long indexed = System.nanoTime();

        Timing timing = new Timing(
                generated.size(),
                listingCount,
                merchantsDone - started,
                listingsDone - merchantsDone,
                indexed - listingsDone,
                indexProblem);
        if (exitAfterGenerating) {
            System.out.println(timing.report()); // the benchmark's answer, whatever the log level
        } else {
            log.info(timing.report());
        }
        return timing;
    }

    private void registerAll(List<GeneratedMerchant> generated, List<Long> ids) {
        LocalDate today = LocalDate.now(clock.withZone(AuditService.ZONE));
        for (GeneratedMerchant m : generated) {
            long id = merchants.register(m.profile()).id();
            ids.add(id);
            if (m.whitelistScope() != null) {
                LocalDate from = today.minusDays(30 + m.number() % 300);
                whitelist.grant(id, m.whitelistScope(), from, from.plusYears(2), "Generated demo entry");
            }
        }
    }

    /** What a load took, in nanoseconds per phase; {@code indexProblem} says why the index was not rebuilt. */
    record Timing(
            int merchants,
            int listings,
            long merchantsNanos,
            long listingsNanos,
            long indexNanos,
            String indexProblem) {

        String report() {
            double total = (merchantsNanos + listingsNanos + indexNanos) / 1e9;
            double db = listingsNanos / 1e9;
            double index = indexNanos / 1e9;
            String indexPart = indexProblem == null
                    ? String.format(
                            Locale.ROOT,
                            "search index rebuilt %.1f s, %,.0f listings/s",
                            index,
                            listings / Math.max(index, 1e-9))
                    : String.format(
                            Locale.ROOT,
                            "search index NOT rebuilt, failed after %.1f s (%s); it is rebuilt when Elasticsearch"
                                    + " answers",
                            index,
                            indexProblem);
            return String.format(
                    Locale.ROOT,
                    "Generated catalogue: %,d merchants and %,d listings in %.1f s (merchants %.1f s; listings into the"
                            + " database %.1f s, %,.0f listings/s; %s)",
                    merchants,
                    listings,
                    total,
                    merchantsNanos / 1e9,
                    db,
                    listings / Math.max(db, 1e-9),
                    indexPart);
        }
    }
}
