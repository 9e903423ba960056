package dataport.orders;

import static org.assertj.core.api.Assertions.assertThat;

import dataport.catalog.CatalogService;
import dataport.catalog.DeliveryMode;
import dataport.catalog.DemoSignIn;
import dataport.catalog.ListingDetails;
import dataport.catalog.PricingModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Orders per second through the whole path against the Stripe emulator: order created, Checkout Session created
 * (stripe-java, idempotency key), paid on the emulator, signed webhook received over HTTP, order PAID. Latency is
 * from the order's creation to its payment being recorded. After the run: no order paid twice, no duplicate charge.
 *
 * <p>Not part of the test suite (tag {@code benchmark}): {@code ./dataport bench-orders [orders] [threads]}. Figures,
 * not pass/fail (target: 50 orders/s on a 2-core machine).
 */
@Tag("benchmark")
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
        properties = {
            "server.port=${DATAPORT_BENCH_WEBHOOK_PORT:18197}",
            "dataport.base-url=http://localhost:${server.port}",
            "dataport.stripe.emulator-url=${DATAPORT_STRIPE_EMULATOR_URL:http://127.0.0.1:12111}",
            "dataport.database.name=${DATAPORT_BENCH_DB_NAME:dataport_bench_orders}",
            "dataport.search.index-prefix=${DATAPORT_BENCH_INDEX_PREFIX:dataport-bench-orders}",
            "dataport.search.rebuild-on-start=true",
            "dataport.orders.reconcile-initial-delay=PT1H",
            "spring.datasource.hikari.maximum-pool-size=30",
            "server.tomcat.threads.max=50",
            "dataport.stripe.emulator-events=${bench.events:*}",
            "logging.level.dataport=warn"
        })
@ActiveProfiles("test")
class OrdersBenchmark {

    @Autowired
    OrderService orders;

    @Autowired
    CatalogService catalog;

    @Autowired
    AuthenticationProvider signIn;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${dataport.stripe.emulator-url}")
    String emulatorUrl;

    @Value("${dataport.database.name}")
    String database;

    @Value("${bench.orders:1000}")
    int count;

    @Value("${bench.threads:16}")
    int threads;

    @Test
    void measureOrdersPerSecond() throws Exception {
        EmulatorClient emulator = new EmulatorClient(emulatorUrl, "sk_test_dataport_" + database);
        Authentication buyer = DemoSignIn.as(signIn, DemoSignIn.BUYER);
        Instant deadline = Instant.now().plusSeconds(30);
        while (!orders.paymentsAvailable() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        List<ListingDetails> listings = catalog.recentlyPublished(100).stream()
                .filter(l -> l.plans().stream().anyMatch(p -> p.model() == PricingModel.ONE_OFF))
                // File and API orders go on to DELIVERED at once (delivery module); the count below is of PAID ones.
                .filter(l -> l.content().deliveryMode() != DeliveryMode.FILE
                        && l.content().deliveryMode() != DeliveryMode.API)
                .toList();
        long chargesBefore = emulator.statLong("charges_succeeded");
        long duplicatesBefore = emulator.statLong("duplicate_charges");
        long firstId = jdbc.queryForObject("select coalesce(max(id), 0) from customer_order", Long.class);

        // Latency from just before the order is created to the poller seeing it PAID (timestamps in the database are
        // to the second here, too coarse to measure with).
        java.util.Map<Long, Long> started = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.Map<Long, Long> paidSeen = new java.util.concurrent.ConcurrentHashMap<>();
        java.util.concurrent.atomic.AtomicBoolean polling = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread poller = new Thread(() -> {
            while (polling.get()) {
                long now = System.nanoTime();
                for (Long id : jdbc.queryForList(
                        "select id from customer_order where id > ? and status = 'PAID'", Long.class, firstId)) {
                    paidSeen.putIfAbsent(id, now);
                }
                try {
                    Thread.sleep(25);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        poller.start();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ListingDetails listing = listings.get(i % listings.size());
            work.add(pool.submit(() -> {
                SecurityContextHolder.getContext().setAuthentication(buyer);
                int plan = planIndex(listing);
                long t0 = System.nanoTime();
                long order = orders.placeOrder(new CheckoutRequest(
                        UUID.randomUUID().toString(),
                        listing.id(),
                        listing.version(),
                        plan,
                        listing.plans().get(plan).price(),
                        1));
                started.put(order, t0);
                String url = orders.startPayment(order, Locale.ENGLISH).url();
                emulator.post("/_emulator/checkout/sessions/" + url.substring(url.lastIndexOf('/') + 1) + "/pay");
                return null;
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        Instant paidDeadline = Instant.now().plusSeconds(120);
        long paid;
        while ((paid = paidSince(firstId)) < count && Instant.now().isBefore(paidDeadline)) {
            Thread.sleep(20);
        }
        Thread.sleep(50);
        polling.set(false);
        poller.join();
        long lastPaid =
                paidSeen.values().stream().mapToLong(Long::longValue).max().orElse(System.nanoTime());
        long firstStart =
                started.values().stream().mapToLong(Long::longValue).min().orElse(lastPaid);
        List<Long> latencies = new ArrayList<>();
        started.forEach((id, t0) -> {
            Long t1 = paidSeen.get(id);
            if (t1 != null) {
                latencies.add((t1 - t0) / 1_000);
            }
        });
        Collections.sort(latencies);
        double seconds = (lastPaid - firstStart) / 1e9;
        long paidTwice = jdbc.queryForObject(
                "select count(*) from (select payment_ref from customer_order where id > ? and payment_ref is not null"
                        + " group by payment_ref having count(*) > 1) t",
                Long.class,
                firstId);
        long paidMails = jdbc.queryForObject(
                // The buyer's mails only: the seller's members are told of each order too.
                "select count(*) from outgoing_mail m join customer_order o on m.subject like concat('%', o.order_number, '%')"
                        + " and m.recipient = o.buyer_email where o.id > ?",
                Long.class, firstId);
        System.out.printf(
                Locale.ROOT,
                "Orders benchmark: %d orders, %d threads: %d paid in %.1f s = %.1f orders/s;"
                        + " create-to-PAID p50 %d ms, p95 %d ms, max %d ms%n",
                count,
                threads,
                paid,
                seconds,
                paid / seconds,
                pct(latencies, 50),
                pct(latencies, 95),
                latencies.isEmpty() ? 0 : latencies.getLast() / 1000);
        System.out.printf(
                Locale.ROOT,
                "Orders benchmark: charges %d (expected %d), emulator duplicate_charges %d, orders sharing a payment %d,"
                        + " payment mails %d%n",
                emulator.statLong("charges_succeeded") - chargesBefore,
                count,
                emulator.statLong("duplicate_charges") - duplicatesBefore,
                paidTwice,
                paidMails);
        assertThat(paid).isEqualTo(count);
        assertThat(emulator.statLong("charges_succeeded") - chargesBefore).isEqualTo(count);
        assertThat(emulator.statLong("duplicate_charges") - duplicatesBefore).isZero();
        assertThat(paidTwice).isZero();
        assertThat(paidMails).isEqualTo(count);
    }

    private long paidSince(long firstId) {
        return jdbc.queryForObject(
                "select count(*) from customer_order where id > ? and status = 'PAID'", Long.class, firstId);
    }

    private static long pct(List<Long> sortedMicros, int p) {
        if (sortedMicros.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sortedMicros.size()) - 1;
        return sortedMicros.get(Math.max(0, index)) / 1000;
    }

    private static int planIndex(ListingDetails listing) {
        for (int i = 0; i < listing.plans().size(); i++) {
            if (listing.plans().get(i).model() == PricingModel.ONE_OFF) {
                return i;
            }
        }
        throw new IllegalStateException();
    }
}
