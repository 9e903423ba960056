package dataport.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dataport.catalog.CatalogService;
import dataport.catalog.DeliveryMode;
import dataport.catalog.DemoSignIn;
import dataport.catalog.ListingDetails;
import dataport.catalog.ListingReview;
import dataport.catalog.ListingStatus;
import dataport.catalog.PricingModel;
import dataport.merchants.MerchantService;
import dataport.orders.CheckoutRequest;
import dataport.orders.OrderService;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The failover suite ({@code ./dataport test-failover}, README "Cluster and failover"): runs against the local cluster
 * that {@code ./dataport cluster start} started (3 Elasticsearch nodes, MariaDB primary + GTID replica, two DataPort
 * nodes behind nginx on :8140). This test's own application context is one more node of that cluster (same database
 * and index): it makes the listing changes (suspend/reinstate through {@link ListingReview}, as staff would) and runs
 * searches through {@link SearchService} with the cluster's multi-node client; pages are fetched over HTTP through
 * nginx. Parts are killed with SIGKILL through their pid files and restarted with {@code ./dataport cluster
 * start-part}. Prints one "FAILOVER" line per figure. Tagged benchmark: never part of the ordinary test run.
 */
@Tag("benchmark")
@Tag("failover")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@SpringBootTest(
        properties = {
            "dataport.database.name=dataport_cluster",
            "spring.datasource.url=jdbc:mysql://127.0.0.1:3316/dataport_cluster?characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci&serverTimezone=UTC",
            "dataport.database.replica.url=jdbc:mysql://127.0.0.1:3317/dataport_cluster?characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci&serverTimezone=UTC",
            "spring.datasource.hikari.connection-timeout=3000",
            "dataport.search.url=http://127.0.0.1:9211,http://127.0.0.1:9212,http://127.0.0.1:9213",
            "dataport.search.index-prefix=dataport",
            "dataport.search.replicas=1",
            "dataport.search.rebuild-on-start=false",
            "dataport.demo.enabled=false",
            "dataport.database.reset-on-start=false",
            "dataport.rate-limits.search=1000000/PT1M",
            // Scenario (e): orders are placed and their Checkout Sessions created by this node, at the cluster's own
            // emulator (same account as the nodes: the key follows the database name). This node must not take the
            // nodes' webhooks: its endpoint (another URL, so the nodes' endpoint stays) gets one rare event type only,
            // and it never reconciles, so what settles the orders is the killed and restarted nodes.
            "dataport.stripe.emulator-url=http://127.0.0.1:12140",
            "dataport.base-url=http://127.0.0.1:12141",
            "dataport.stripe.emulator-events=customer.subscription.deleted",
            "dataport.orders.reconcile-initial-delay=PT10H"
        })
class ClusterFailoverSuite {

    private static final String SITE = "http://127.0.0.1:8140";
    private static final String ALIAS = "dataport-listings";
    private static final String DATABASE = "dataport_cluster";
    private static final Path CLUSTER = Path.of(
            System.getenv().getOrDefault("DATAPORT_HOME", "/var/tmp/dataport-" + System.getProperty("user.name")),
            "cluster");

    @Autowired
    CatalogService catalog;

    @Autowired
    ListingReview review;

    @Autowired
    SearchService search;

    @Autowired
    MerchantService merchants;

    @Autowired
    OrderService orders;

    @Autowired
    AuthenticationProvider signIn;

    private final List<Thread> workers = new ArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean();

    @AfterEach
    void stopWorkers() throws InterruptedException {
        running.set(false);
        for (Thread worker : workers) {
            worker.join(30_000);
        }
        workers.clear();
    }

    // ------------------------------------------------------------------ (a) one ES node killed

    @Test
    @Order(1)
    void oneElasticsearchNodeKilledCostsNoSearchAndNoIndexUpdate() throws Exception {
        // A cold JVM's first searches build the query machinery (lexicon, cross-language terms): not what is measured.
        for (String word : List.of("data", "cloud", "数据")) {
            search.search(new SearchRequest(word, 0, Locale.ENGLISH));
        }
        Changes changes = startChanges();
        Searches searches = startSearches();
        Thread.sleep(10_000);
        long killedAt = System.nanoTime();
        kill(CLUSTER.resolve("es2/es.pid"));
        Thread.sleep(20_000);
        running.set(false);
        stopWorkers();
        long restartFrom = System.nanoTime();
        startPart("es", "2");
        double nodeUpAfter = seconds(restartFrom, System.nanoTime());
        awaitGreen(Duration.ofMinutes(5));
        double greenAfter = seconds(restartFrom, System.nanoTime());
        double convergedAfter = awaitIndexConverged(Duration.ofMinutes(3));
        long lost = differences();
        figure("a", "one ES node SIGKILLed 10 s into a 30 s stream of searches and listing changes");
        figure(
                "a",
                "searches: %d, failed after the client's retry: %d; search pages via nginx: %d, non-200: %d",
                searches.total.get(),
                searches.failed.get(),
                searches.pages.get(),
                searches.pageErrors.get());
        figure(
                "a",
                "search time through the client: median %d ms, slowest %d ms; after the kill: %d searches, %d failed",
                searches.median(),
                searches.slowest(),
                searches.afterKill(killedAt),
                searches.failedAfterKill(killedAt));
        figure(
                "a",
                "listing changes committed: %d (refused: %d); lost index updates (DB vs index): %d",
                changes.done.get(),
                changes.failed.get(),
                lost);
        figure(
                "a",
                "node answering %.1f s and cluster green %.1f s after its restart began (index converged %.1f s"
                        + " later); kill to end of the stream %.1f s; load average %s",
                nodeUpAfter,
                greenAfter,
                convergedAfter,
                seconds(killedAt, restartFrom),
                loadAverage());
        assertThat(searches.failed.get()).as("failed searches").isZero();
        assertThat(searches.pageErrors.get()).as("search pages not answered").isZero();
        assertThat(lost).as("index updates lost").isZero();
        assertThat(changes.done.get()).isPositive();
    }

    // ------------------------------------------------------------------ (b) the whole ES cluster killed

    @Test
    @Order(2)
    void theWholeElasticsearchClusterKilledAndRestartedConvergesToTheDatabase() throws Exception {
        for (String node : List.of("es1", "es2", "es3")) {
            kill(CLUSTER.resolve(node + "/es.pid"));
        }
        Changes changes = startChanges();
        Thread.sleep(15_000);
        running.set(false);
        stopWorkers();
        long owed = IndexState.incompletePublications(DATABASE);
        long restart = System.nanoTime();
        startPart("es", "all");
        double nodesUpAfter = seconds(restart, System.nanoTime());
        double greenAfter = awaitGreen(Duration.ofMinutes(5));
        double convergedAfter = awaitIndexConverged(Duration.ofMinutes(5));
        long lost = differences();
        figure(
                "b",
                "all three ES nodes SIGKILLed; %d listing changes committed while down (refused: %d), %d index updates owed",
                changes.done.get(),
                changes.failed.get(),
                owed);
        figure(
                "b",
                "nodes answering %.1f s after restart began, green %.1f s later; index equal to the database %.1f s"
                        + " after green; differences: %d",
                nodesUpAfter,
                greenAfter,
                convergedAfter,
                lost);
        assertThat(lost).isZero();
    }

    // ------------------------------------------------------------------ (c) the MariaDB primary killed

    @Test
    @Order(3)
    void withThePrimaryKilledPagesAnswerFromTheReplicaChangesAreRefusedAndWritesResumeAfterwards() throws Exception {
        ListingDetails listing = someListing();
        String slug = merchants.findAll().getFirst().slug();
        List<String> pages = List.of("/", "/listings/" + listing.id(), "/merchants/" + slug, "/search?q=data");
        for (String page : pages) {
            assertThat(get(HttpClient.newHttpClient(), page)).as(page).isEqualTo(200);
        }
        long countBefore = count("SELECT COUNT(*) FROM listing");
        kill(CLUSTER.resolve("db-primary/mysqld.pid"));
        Thread.sleep(5_000); // the replica probe's interval (2 s) and its connect timeout
        long requests = 0;
        long errors = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        HttpClient http =
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        long reads = 0;
        long readErrors = 0;
        while (System.nanoTime() < deadline) {
            for (String page : pages) {
                requests++;
                if (get(http, page) != 200) {
                    errors++;
                }
            }
            // What those pages read (this context is a node with the same routing): answered by the replica.
            reads++;
            try {
                assertThat(catalog.findPublished(listing.id())).isPresent();
                assertThat(merchants.findBySlug(slug)).isPresent();
            } catch (RuntimeException | AssertionError e) {
                readErrors++;
            }
        }
        // A change while the primary is down: refused, nothing half-written.
        ListingDetails fresh = catalog.findPublished(listing.id()).orElseThrow();
        long refusedIn = System.nanoTime();
        assertThatThrownBy(() -> change(fresh)).isInstanceOf(RuntimeException.class);
        double refusalSeconds = seconds(refusedIn, System.nanoTime());
        long restart = System.nanoTime();
        startPart("db", "primary");
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500))
                .ignoreExceptions()
                .until(() -> {
                    change(catalog.details(List.of(listing.id())).getFirst());
                    return true;
                });
        double writesBackAfter = seconds(restart, System.nanoTime());
        ListingDetails after = catalog.details(List.of(listing.id())).getFirst();
        await().atMost(Duration.ofMinutes(1)).until(this::replicaCaughtUp);
        long countAfter = count("SELECT COUNT(*) FROM listing");
        figure(
                "c",
                "primary SIGKILLed: %d page requests (home, listing, merchant, search) over 20 s via nginx, %d errors;"
                        + " %d rounds of listing + merchant reads in this node (replica), %d failed",
                requests,
                errors,
                reads,
                readErrors);
        figure(
                "c",
                "a change while the primary was down was refused after %.1f s; writes resumed %.1f s after restart began",
                refusalSeconds,
                writesBackAfter);
        figure(
                "c",
                "listing version %d -> %d (exactly one change applied), listings %d -> %d, replica at the primary's GTID",
                fresh.version(),
                after.version(),
                countBefore,
                countAfter);
        assertThat(errors).isZero();
        assertThat(readErrors).isZero();
        assertThat(after.version()).isEqualTo(fresh.version() + 1);
        assertThat(countAfter).isEqualTo(countBefore);
    }

    // ------------------------------------------------------------------ (d) one app node killed

    @Test
    @Order(4)
    void oneAppNodeKilledUnderLoadTheOtherServes() throws Exception {
        ListingDetails listing = someListing();
        List<String> pages = List.of("/", "/listings/" + listing.id(), "/search?q=cloud");
        AtomicLong before = new AtomicLong();
        AtomicLong after = new AtomicLong();
        AtomicLong errorsBefore = new AtomicLong();
        AtomicLong errorsAfter = new AtomicLong();
        ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();
        AtomicBoolean killed = new AtomicBoolean();
        running.set(true);
        for (int user = 0; user < 8; user++) {
            Thread worker = Thread.ofPlatform().start(() -> {
                HttpClient http = HttpClient.newBuilder()
                        .cookieHandler(new CookieManager())
                        .connectTimeout(Duration.ofSeconds(5))
                        .build();
                int i = 0;
                while (running.get()) {
                    String page = pages.get(i++ % pages.size());
                    boolean afterKill = killed.get();
                    (afterKill ? after : before).incrementAndGet();
                    int status = get(http, page);
                    if (status != 200) {
                        (afterKill ? errorsAfter : errorsBefore).incrementAndGet();
                        if (errorSamples.size() < 5) {
                            errorSamples.add(page + " -> " + status);
                        }
                    }
                }
            });
            workers.add(worker);
        }
        Thread.sleep(10_000);
        long killAt = System.nanoTime();
        killed.set(true);
        kill(CLUSTER.resolve("app1/app.pid"));
        Thread.sleep(20_000);
        running.set(false);
        stopWorkers();
        figure(
                "d",
                "8 visitors with sessions, app node 1 SIGKILLed after 10 s: before %d requests / %d errors, after %d / %d %s",
                before.get(),
                errorsBefore.get(),
                after.get(),
                errorsAfter.get(),
                errorSamples);
        startPart("app", "1");
        figure("d", "node 1 back %.1f s after the kill", seconds(killAt, System.nanoTime()));
        assertThat(errorsBefore.get()).isZero();
        assertThat(errorsAfter.get()).isZero();
    }

    // ------------------------------------------------------------------ (e) app nodes killed mid-checkout

    @Test
    @Order(5)
    void appNodesKilledMidCheckoutChargeEachOrderOnceAndEveryPaidOrderSettles() throws Exception {
        Authentication buyer = DemoSignIn.as(signIn, DemoSignIn.BUYER);
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(500))
                .until(orders::paymentsAvailable);
        List<ListingDetails> listings = catalog.recentlyPublished(200).stream()
                .filter(l -> l.plans().stream().anyMatch(p -> p.model() == PricingModel.ONE_OFF))
                // File and API orders go on to DELIVERED at once (delivery module): the checks below are of payments.
                .filter(l -> l.content().deliveryMode() != DeliveryMode.FILE
                        && l.content().deliveryMode() != DeliveryMode.API)
                .toList();
        assertThat(listings).isNotEmpty();
        long firstOrder = count("SELECT COALESCE(MAX(id), 0) FROM customer_order");
        JsonObject statsBefore = emulatorStats();
        Map<Long, Long> paidAt = new ConcurrentHashMap<>();
        AtomicLong checkoutFailures = new AtomicLong();
        ConcurrentLinkedQueue<String> failureSamples = new ConcurrentLinkedQueue<>();
        running.set(true);
        for (int b = 0; b < 3; b++) {
            int offset = b;
            workers.add(Thread.ofPlatform().start(() -> {
                SecurityContextHolder.getContext().setAuthentication(buyer);
                int i = offset;
                while (running.get()) {
                    ListingDetails listing = listings.get(i++ % listings.size());
                    int plan = oneOffPlan(listing);
                    try {
                        long order = orders.placeOrder(new CheckoutRequest(
                                UUID.randomUUID().toString(),
                                listing.id(),
                                listing.version(),
                                plan,
                                listing.plans().get(plan).price(),
                                1));
                        String url = orders.startPayment(order, Locale.ENGLISH).url();
                        emulatorPost(
                                "/_emulator/checkout/sessions/" + url.substring(url.lastIndexOf('/') + 1) + "/pay");
                        paidAt.put(order, System.nanoTime());
                    } catch (RuntimeException e) {
                        checkoutFailures.incrementAndGet();
                        if (failureSamples.size() < 3) {
                            failureSamples.add(e.toString());
                        }
                    }
                    pause(1_000);
                }
                SecurityContextHolder.clearContext();
            }));
        }
        // Kills at random moments, each node in turn; a killed node is restarted (the buyers go on meanwhile).
        Random random = new Random();
        List<String> kills = new ArrayList<>();
        int killCount = Integer.getInteger("failover.e.kills", 5);
        long started = System.nanoTime();
        for (int k = 0; k < killCount; k++) {
            Thread.sleep(3_000 + random.nextInt(9_000));
            String node = String.valueOf(k % 2 + 1);
            int paidBefore = paidAt.size();
            kill(CLUSTER.resolve("app" + node + "/app.pid"));
            long restart = System.nanoTime();
            startPart("app", node);
            kills.add(String.format(
                    Locale.ROOT,
                    "app%s at %.1f s (%d sessions paid), back in %.0f s",
                    node,
                    seconds(started, restart),
                    paidBefore,
                    seconds(restart, System.nanoTime())));
        }
        Thread.sleep(5_000);
        running.set(false);
        stopWorkers();
        long buyersStopped = System.nanoTime();
        Set<Long> paid = Set.copyOf(paidAt.keySet());
        // Webhooks retried by the emulator, and reconciliation (every 2 min, orders older than 2 min) on the nodes.
        await().atMost(Duration.ofMinutes(8))
                .pollInterval(Duration.ofSeconds(2))
                .ignoreExceptions()
                .until(() -> unsettled(paid).isEmpty());
        double settledAfter = seconds(buyersStopped, System.nanoTime());
        await().atMost(Duration.ofMinutes(3))
                .pollInterval(Duration.ofSeconds(2))
                .ignoreExceptions()
                .until(() -> count("SELECT COUNT(*) FROM EVENT_PUBLICATION") == 0);
        double outboxEmptyAfter = seconds(buyersStopped, System.nanoTime());
        JsonObject statsAfter = emulatorStats();
        long charges = statsAfter.get("charges_succeeded").getAsLong()
                - statsBefore.get("charges_succeeded").getAsLong();
        long duplicateCharges = statsAfter.get("duplicate_charges").getAsLong()
                - statsBefore.get("duplicate_charges").getAsLong();
        long referencesPaidTwice = statsAfter
                        .get("client_reference_ids_paid_more_than_once")
                        .getAsLong()
                - statsBefore.get("client_reference_ids_paid_more_than_once").getAsLong();
        JsonObject hooksBefore = statsBefore.getAsJsonObject("webhooks");
        JsonObject hooksAfter = statsAfter.getAsJsonObject("webhooks");
        String ids = paid.isEmpty()
                ? "0"
                : String.join(",", paid.stream().map(String::valueOf).toList());
        long chargeEntriesNotOne = count("SELECT COUNT(*) FROM customer_order o WHERE o.id IN (" + ids + ") AND"
                + " (SELECT COUNT(*) FROM journal_entry e WHERE e.order_id = o.id AND e.kind = 'CHARGE') <> 1");
        long ordersSharingPayment = count("SELECT COUNT(*) FROM (SELECT payment_ref FROM customer_order WHERE id > "
                + firstOrder + " AND payment_ref IS NOT NULL GROUP BY payment_ref HAVING COUNT(*) > 1) t");
        long mailsNotOne = count("SELECT COUNT(*) FROM customer_order o WHERE o.id IN (" + ids + ") AND (SELECT"
                + " COUNT(*) FROM outgoing_mail m WHERE m.recipient = o.buyer_email AND m.subject LIKE CONCAT('%',"
                + " o.order_number, '%')) <> 1");
        long unpaidPlaced = count(
                "SELECT COUNT(*) FROM customer_order WHERE id > " + firstOrder + " AND status = 'PENDING_PAYMENT'");
        figure("e", "3 buyers checking out, %d SIGKILLs of an app node at random moments: %s", killCount, kills);
        figure(
                "e",
                "sessions paid at the emulator: %d (checkout calls failed: %d %s); charges %d, duplicate charges %d,"
                        + " orders paid twice at Stripe %d; webhook attempts failed %d, given up %d",
                paid.size(),
                checkoutFailures.get(),
                failureSamples,
                charges,
                duplicateCharges,
                referencesPaidTwice,
                hooksAfter.get("failed_attempts").getAsLong()
                        - hooksBefore.get("failed_attempts").getAsLong(),
                hooksAfter.get("given_up").getAsLong()
                        - hooksBefore.get("given_up").getAsLong());
        figure(
                "e",
                "every paid order PAID here %.1f s after the buyers stopped, outbox empty after %.1f s; orders without"
                        + " exactly one ledger CHARGE entry: %d, without exactly one payment mail: %d, sharing a"
                        + " payment: %d; placed but unpaid (checkout call failed): %d; load average %s",
                settledAfter,
                outboxEmptyAfter,
                chargeEntriesNotOne,
                mailsNotOne,
                ordersSharingPayment,
                unpaidPlaced,
                loadAverage());
        assertThat(paid).isNotEmpty();
        assertThat(charges).as("charges at the emulator").isEqualTo(paid.size());
        assertThat(duplicateCharges).isZero();
        assertThat(referencesPaidTwice).isZero();
        assertThat(chargeEntriesNotOne)
                .as("orders without exactly one ledger CHARGE entry")
                .isZero();
        assertThat(mailsNotOne).as("orders without exactly one payment mail").isZero();
        assertThat(ordersSharingPayment).isZero();
    }

    // ------------------------------------------------------------------ (f) an import killed mid-way, repeatedly

    /** Rows per transaction of an import (ImportService.BATCH). */
    private static final int IMPORT_BATCH = 250;

    /**
     * An import runs in the JVM that started it (the page's background run): here a JVM of its own
     * ({@code dataport.cluster.ImportChild}, the application without a web server on the cluster's primary, as the
     * demo merchant) imports a CSV of several batches and is SIGKILLed at random moments while it imports, again and
     * again; then one run completes. After every kill each batch's rows are all there or none (a batch is one
     * transaction), what the import had reported done is there, and at most one batch more; the last run creates what
     * was missing and updates the rest (upsert by the row's external id): every row exactly once.
     */
    @Test
    @Order(6)
    void anImportKilledAtRandomMomentsLeavesWholeBatchesAndARerunCompletesItOnce() throws Exception {
        int rows = Integer.getInteger("failover.f.rows", 2_000);
        int killCount = Integer.getInteger("failover.f.kills", 5);
        int batches = (rows + IMPORT_BATCH - 1) / IMPORT_BATCH;
        String run = Long.toString(System.currentTimeMillis(), 36).toUpperCase(Locale.ROOT);
        Path file = importFile(run, rows);
        Random random = new Random();
        List<String> killFigures = new ArrayList<>();
        long halfBatches = 0;
        long reportsAhead = 0;
        long lostReported = 0;
        long started = System.nanoTime();
        int kills = 0;
        int finishedBeforeKill = 0;
        while (kills < killCount && finishedBeforeKill < 3) {
            ImportChildProcess child = ImportChildProcess.start(file, run, kills);
            long childStart = child.startedEpochMillis;
            child.awaitLine("START", Duration.ofMinutes(6));
            // A random moment: after a random number of batches, a random fraction of a batch's time into the next.
            int afterBatches = random.nextInt(Math.max(1, batches - 1));
            long beganImport = System.nanoTime();
            int reportedBeforeWait = child.awaitProgress(afterBatches * IMPORT_BATCH, Duration.ofMinutes(5));
            long perBatchMillis = Math.max(
                    200,
                    (System.nanoTime() - beganImport) / 1_000_000 / Math.max(1, reportedBeforeWait / IMPORT_BATCH));
            Thread.sleep(random.nextLong(perBatchMillis));
            if (child.finished()) {
                finishedBeforeKill++;
                child.awaitExit();
                continue;
            }
            long killedAtMillis = (System.nanoTime() - beganImport) / 1_000_000;
            child.kill();
            kills++;
            int reported = child.lastProgress();
            long[] perBatch = importedPerBatch(run, batches, 0);
            long[] thisRun = importedPerBatch(run, batches, childStart);
            long touched = java.util.Arrays.stream(thisRun).sum();
            for (int b = 0; b < batches; b++) {
                long full = Math.min(IMPORT_BATCH, rows - (long) b * IMPORT_BATCH);
                if (perBatch[b] != 0 && perBatch[b] != full) {
                    halfBatches++;
                }
                if (thisRun[b] != 0 && thisRun[b] != full) {
                    halfBatches++;
                }
            }
            if (touched < reported) {
                lostReported += reported - touched;
            }
            if (touched > reported + IMPORT_BATCH) {
                reportsAhead++;
            }
            killFigures.add(String.format(
                    Locale.ROOT,
                    "kill %d %.1f s into the import: reported %d rows done, this run's rows in the database %d,"
                            + " rows per batch %s",
                    kills,
                    killedAtMillis / 1000.0,
                    reported,
                    touched,
                    java.util.Arrays.toString(perBatch)));
        }
        long beforeRerun = count("SELECT COUNT(*) FROM listing WHERE external_id LIKE 'KILL-" + run + "-%'");
        ImportChildProcess last = ImportChildProcess.start(file, run, kills);
        String done = last.awaitLine("DONE", Duration.ofMinutes(10));
        last.awaitExit();
        long after = count("SELECT COUNT(*) FROM listing WHERE external_id LIKE 'KILL-" + run + "-%'");
        long distinct =
                count("SELECT COUNT(DISTINCT external_id) FROM listing WHERE external_id LIKE 'KILL-" + run + "-%'");
        long[] finalBatches = importedPerBatch(run, batches, 0);
        for (String line : killFigures) {
            figure("f", "%s", line);
        }
        figure(
                "f",
                "%d rows (%d batches of %d) imported by a JVM of its own on the cluster's primary; %d SIGKILLs mid-import"
                        + " (%d runs finished before their kill moment); half batches seen: %d; kills where reported"
                        + " rows were missing: %d rows; more than one batch beyond the report: %d",
                rows,
                batches,
                IMPORT_BATCH,
                kills,
                finishedBeforeKill,
                halfBatches,
                lostReported,
                reportsAhead);
        figure(
                "f",
                "before the re-run %d rows in the database; re-run: %s; after it %d rows, %d distinct external ids,"
                        + " per batch %s; %.1f s in all; load average %s",
                beforeRerun,
                done,
                after,
                distinct,
                java.util.Arrays.toString(finalBatches),
                seconds(started, System.nanoTime()),
                loadAverage());
        assertThat(kills).as("SIGKILLs that landed mid-import").isEqualTo(killCount);
        assertThat(halfBatches).as("half-imported batches").isZero();
        assertThat(lostReported).as("rows reported done but missing").isZero();
        assertThat(reportsAhead)
                .as("kills with more than one batch beyond the report")
                .isZero();
        assertThat(done)
                .startsWith(String.format(
                        Locale.ROOT, "DONE created=%d updated=%d errors=0 ", rows - beforeRerun, beforeRerun));
        assertThat(after).isEqualTo(rows);
        assertThat(distinct).isEqualTo(rows);
    }

    /** A CSV of {@code rows} valid rows of the demo merchant, external ids KILL-run-1 … KILL-run-rows. */
    private static Path importFile(String run, int rows) throws IOException {
        String[] categories = {"数据集与数据接口", "Cloud storage", "云计算与容器", "数据标注", "Cloud databases"};
        StringBuilder csv = new StringBuilder("编号,产品名称,英文名称,简介,分类,交付方式,数据分级,计费方式,单价,币种\n");
        for (int i = 1; i <= rows; i++) {
            csv.append("KILL-")
                    .append(run)
                    .append('-')
                    .append(i)
                    .append(",断点导入数据产品 ")
                    .append(i)
                    .append(",Killed import product ")
                    .append(i)
                    .append(",每日船舶到港与货物吞吐量 ")
                    .append(i)
                    .append(',')
                    .append(categories[i % categories.length])
                    .append(",接口,一般,包月,")
                    .append(100 + i)
                    .append(",人民币\n");
        }
        Path file = Files.createDirectories(CLUSTER.resolve("import-kills")).resolve("import-" + run + ".csv");
        Files.writeString(file, csv);
        return file;
    }

    /**
     * Rows of the import per batch (batch b = rows b*250+1 … (b+1)*250 of the file); with {@code sinceEpochMillis}
     * only those written since then (a later run updates the rows of earlier ones).
     */
    private static long[] importedPerBatch(String run, int batches, long sinceEpochMillis) throws SQLException {
        long[] perBatch = new long[batches];
        try (Connection c =
                        DriverManager.getConnection("jdbc:mysql://127.0.0.1:3316/" + DATABASE, "dataport", "dataport");
                Statement s = c.createStatement()) {
            // The application writes TIMESTAMP columns in a UTC session.
            s.execute("SET time_zone = '+00:00'");
            try (ResultSet rs = s.executeQuery("SELECT external_id FROM listing WHERE external_id LIKE 'KILL-" + run
                    + "-%' AND UNIX_TIMESTAMP(updated_at) * 1000 >= " + sinceEpochMillis)) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    int row = Integer.parseInt(id.substring(id.lastIndexOf('-') + 1));
                    perBatch[(row - 1) / IMPORT_BATCH]++;
                }
            }
        }
        return perBatch;
    }

    /** The JVM of {@code dataport.cluster.ImportChild}: its IMPORTCHILD lines, its log in the cluster folder. */
    private static final class ImportChildProcess {

        private final Process process;
        private final long startedEpochMillis = System.currentTimeMillis();
        private final java.util.concurrent.LinkedBlockingQueue<String> lines =
                new java.util.concurrent.LinkedBlockingQueue<>();
        private volatile int lastProgress = -1;
        private volatile boolean finished;
        private final Thread reader;

        private ImportChildProcess(Process process, Path log) {
            this.process = process;
            this.reader = Thread.ofPlatform().daemon().start(() -> {
                try (var reader = process.inputReader();
                        var out = Files.newBufferedWriter(log)) {
                    String line;
                    while ((line = reader.readLine()) != null) {
                        out.write(line);
                        out.newLine();
                        if (line.startsWith("IMPORTCHILD ")) {
                            String what = line.substring("IMPORTCHILD ".length());
                            if (what.startsWith("PROGRESS ")) {
                                lastProgress = Integer.parseInt(
                                        what.substring("PROGRESS ".length()).strip());
                            }
                            if (what.startsWith("DONE") || what.startsWith("FAILED")) {
                                finished = true;
                            }
                            lines.add(what);
                        }
                    }
                } catch (IOException e) {
                    // the process was killed
                }
            });
        }

        static ImportChildProcess start(Path file, String run, int attempt) throws IOException {
            String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
            String jdbc = "?characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci&serverTimezone=UTC";
            List<String> command = List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m",
                    "-XX:TieredStopAtLevel=1",
                    "-Dimportchild.web=" + System.getProperty("failover.f.web", "mock"),
                    "-cp",
                    classPath,
                    "dataport.cluster.ImportChild",
                    file.toString(),
                    "--dataport.database.name=" + DATABASE,
                    "--spring.datasource.url=jdbc:mysql://127.0.0.1:3316/" + DATABASE + jdbc,
                    "--dataport.database.replica.url=jdbc:mysql://127.0.0.1:3317/" + DATABASE + jdbc,
                    "--dataport.search.url=http://127.0.0.1:9211,http://127.0.0.1:9212,http://127.0.0.1:9213",
                    "--dataport.search.index-prefix=dataport",
                    "--dataport.search.replicas=1",
                    "--dataport.search.rebuild-on-start=false",
                    "--dataport.demo.enabled=false",
                    "--dataport.database.reset-on-start=false",
                    "--dataport.stripe.emulator-url=" + EMULATOR,
                    // A secret of its own: this JVM registers no webhook endpoint and takes no webhooks.
                    "--dataport.stripe.webhook-secret=whsec_import_child_takes_no_webhooks",
                    "--dataport.base-url=http://127.0.0.1:12142",
                    "--dataport.orders.reconcile-initial-delay=PT10H");
            Path log = CLUSTER.resolve("import-kills").resolve("child-" + run + "-" + attempt + ".log");
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
            return new ImportChildProcess(process, log);
        }

        /** Waits for the line starting with {@code word}; fails when the JVM ended first or the time is up. */
        String awaitLine(String word, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                String line = lines.poll(500, TimeUnit.MILLISECONDS);
                if (line != null && line.startsWith(word)) {
                    return line;
                }
                if (line != null && line.startsWith("FAILED")) {
                    throw new IllegalStateException("the import JVM failed: " + line);
                }
                if (line == null && !process.isAlive() && lines.isEmpty()) {
                    throw new IllegalStateException("the import JVM ended (exit " + process.exitValue() + ") before "
                            + word + "; see " + CLUSTER.resolve("import-kills"));
                }
            }
            process.destroyForcibly();
            throw new IllegalStateException("no " + word + " from the import JVM within " + timeout);
        }

        /** Waits until at least {@code rows} rows are reported done (or the import finished); the rows reported. */
        int awaitProgress(int rows, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (lastProgress < rows && !finished && process.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
            return Math.max(0, lastProgress);
        }

        boolean finished() {
            return finished || !process.isAlive();
        }

        int lastProgress() {
            return Math.max(0, lastProgress);
        }

        /** SIGKILL; returns once every line the JVM printed before it died has been read. */
        void kill() throws InterruptedException {
            process.destroyForcibly(); // SIGKILL
            process.onExit().join();
            reader.join(10_000);
        }

        void awaitExit() throws InterruptedException {
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
            }
        }
    }

    /** Orders of {@code ids} not (yet) PAID here. */
    private List<Long> unsettled(Set<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> open = new ArrayList<>();
        try (Connection c =
                        DriverManager.getConnection("jdbc:mysql://127.0.0.1:3316/" + DATABASE, "dataport", "dataport");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id FROM customer_order WHERE status <> 'PAID' AND id IN ("
                        + String.join(",", ids.stream().map(String::valueOf).toList()) + ")")) {
            while (rs.next()) {
                open.add(rs.getLong(1));
            }
        }
        return open;
    }

    private static int oneOffPlan(ListingDetails listing) {
        for (int i = 0; i < listing.plans().size(); i++) {
            if (listing.plans().get(i).model() == PricingModel.ONE_OFF) {
                return i;
            }
        }
        throw new IllegalStateException("no one-off plan");
    }

    private static final String EMULATOR = "http://127.0.0.1:12140";
    private static final HttpClient EMULATOR_HTTP = HttpClient.newHttpClient();

    private static JsonObject emulatorPost(String path) {
        return emulator(HttpRequest.newBuilder(URI.create(EMULATOR + path))
                .POST(HttpRequest.BodyPublishers.noBody())
                .header("Content-Type", "application/x-www-form-urlencoded"));
    }

    private static JsonObject emulatorStats() {
        return emulator(HttpRequest.newBuilder(URI.create(EMULATOR + "/_emulator/stats"))
                .GET());
    }

    private static JsonObject emulator(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = EMULATOR_HTTP.send(
                    request.header("Authorization", "Bearer sk_test_dataport_" + DATABASE)
                            .timeout(Duration.ofSeconds(30))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("emulator " + response.statusCode() + ": " + response.body());
            }
            return JsonParser.parseString(response.body()).getAsJsonObject();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ------------------------------------------------------------------ helpers

    private record Changes(AtomicLong done, AtomicLong failed) {}

    private record Searches(
            AtomicLong total,
            AtomicLong failed,
            AtomicLong pages,
            AtomicLong pageErrors,
            ConcurrentLinkedQueue<long[]> timings) {

        /** Each search: when it began (nanoTime), how long it took (ms), 1 when it failed. */
        void record(long began, boolean failed) {
            timings.add(new long[] {began, (System.nanoTime() - began) / 1_000_000, failed ? 1 : 0});
        }

        long median() {
            List<Long> millis = timings.stream().map(t -> t[1]).sorted().toList();
            return millis.isEmpty() ? 0 : millis.get(millis.size() / 2);
        }

        long slowest() {
            return timings.stream().mapToLong(t -> t[1]).max().orElse(0);
        }

        /** Searches still running at or begun after the kill. */
        long afterKill(long killedAt) {
            return timings.stream()
                    .filter(t -> t[0] + t[1] * 1_000_000 >= killedAt)
                    .count();
        }

        long failedAfterKill(long killedAt) {
            return timings.stream()
                    .filter(t -> t[0] + t[1] * 1_000_000 >= killedAt && t[2] == 1)
                    .count();
        }
    }

    private Changes startChanges() {
        Changes changes = new Changes(new AtomicLong(), new AtomicLong());
        List<Long> ids = new ArrayList<>(catalog.publishedIds());
        Collections.shuffle(ids, new Random(7));
        List<Long> pool = List.copyOf(ids.subList(0, Math.min(40, ids.size())));
        running.set(true);
        workers.add(Thread.ofPlatform().start(() -> {
            Random random = new Random();
            while (running.get()) {
                long id = pool.get(random.nextInt(pool.size()));
                try {
                    change(catalog.details(List.of(id)).getFirst());
                    changes.done.incrementAndGet();
                } catch (RuntimeException e) {
                    changes.failed.incrementAndGet();
                }
                pause(150);
            }
        }));
        return changes;
    }

    private Searches startSearches() {
        Searches searches = new Searches(
                new AtomicLong(), new AtomicLong(), new AtomicLong(), new AtomicLong(), new ConcurrentLinkedQueue<>());
        running.set(true);
        List<String> words = List.of("data", "cloud", "market", "weather", "finance", "traffic", "数据");
        workers.add(Thread.ofPlatform().start(() -> {
            int i = 0;
            while (running.get()) {
                long began = System.nanoTime();
                SearchResults results =
                        search.search(new SearchRequest(words.get(i++ % words.size()), 0, Locale.ENGLISH));
                searches.total.incrementAndGet();
                if (!results.isAvailable()) {
                    searches.failed.incrementAndGet();
                }
                searches.record(began, !results.isAvailable());
                pause(50);
            }
        }));
        workers.add(Thread.ofPlatform().start(() -> {
            HttpClient http =
                    HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            while (running.get()) {
                searches.pages.incrementAndGet();
                if (get(http, "/search?q=data") != 200) {
                    searches.pageErrors.incrementAndGet();
                }
                pause(300);
            }
        }));
        return searches;
    }

    private void change(ListingDetails listing) {
        SecurityContextHolder.getContext()
                .setAuthentication(new TestingAuthenticationToken("failover", "", "ROLE_COMPLIANCE"));
        try {
            if (listing.status() == ListingStatus.PUBLISHED) {
                review.suspend(listing.id(), listing.version(), "Failover suite");
            } else {
                review.reinstate(listing.id(), listing.version());
            }
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private ListingDetails someListing() {
        return catalog.details(List.of(catalog.publishedIds().getFirst())).getFirst();
    }

    private static int get(HttpClient http, String path) {
        try {
            HttpResponse<String> response = http.send(
                    HttpRequest.newBuilder(URI.create(SITE + path))
                            .timeout(Duration.ofSeconds(30))
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            // Vaadin answers 200 with its error page's text when a view fails while opening.
            if (response.statusCode() == 200 && response.body().contains("Something went wrong")) {
                return 500;
            }
            return response.statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static void kill(Path pidFile) throws IOException {
        long pid = Long.parseLong(Files.readString(pidFile).strip());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("no process " + pid));
        process.destroyForcibly(); // SIGKILL
        process.onExit().join();
    }

    private static void startPart(String... part) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("./dataport", "cluster", "start-part"));
        command.addAll(List.of(part));
        // Output to a file, not inherited: a part started here outlives this JVM, and must not hold Maven's pipe.
        Path log = CLUSTER.resolve("start-part.log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .start();
        assertThat(process.waitFor(10, TimeUnit.MINUTES)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command)).isZero();
    }

    private static double awaitGreen(Duration timeout) {
        long start = System.nanoTime();
        HttpClient http = HttpClient.newHttpClient();
        await().atMost(timeout)
                .pollInterval(Duration.ofMillis(250))
                .ignoreExceptions()
                .until(() -> http.send(
                                HttpRequest.newBuilder(URI.create("http://127.0.0.1:9211/_cluster/health"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString())
                        .body()
                        .contains("\"status\":\"green\""));
        return seconds(start, System.nanoTime());
    }

    private static double awaitIndexConverged(Duration timeout) {
        long start = System.nanoTime();
        await().atMost(timeout)
                .pollInterval(Duration.ofSeconds(1))
                .ignoreExceptions()
                .until(() -> IndexState.incompletePublications(DATABASE) == 0 && differences() == 0);
        return seconds(start, System.nanoTime());
    }

    /** Listings whose published state or version differ between the database and the index. */
    private static long differences() throws Exception {
        Map<Long, Long> published = IndexState.published(DATABASE);
        Map<Long, Long> indexed = IndexState.indexed(ALIAS);
        long differences = 0;
        for (var entry : published.entrySet()) {
            if (!entry.getValue().equals(indexed.get(entry.getKey()))) {
                differences++;
            }
        }
        for (Long id : indexed.keySet()) {
            if (!published.containsKey(id)) {
                differences++;
            }
        }
        return differences;
    }

    private boolean replicaCaughtUp() throws SQLException {
        return query(3316, "SELECT @@gtid_binlog_pos").equals(query(3317, "SELECT @@gtid_slave_pos"));
    }

    private static long count(String sql) throws SQLException {
        return Long.parseLong(query(3316, sql));
    }

    private static String query(int port, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(
                        "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE, "dataport", "dataport");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static double seconds(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1e9;
    }

    private static void figure(String scenario, String format, Object... args) {
        System.out.printf("FAILOVER (%s) %s%n", scenario, String.format(format, args));
        System.out.flush();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
