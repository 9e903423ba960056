package dataport.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Two app nodes (two lock providers, two connection sources) on one database: a job runs on one of them at a time. */
class SchedulerLocksTest {

    private static final String DATABASE = ScratchDatabase.name("locks");
    /** Scheduled methods that work on their own node's memory, so every node must run them. */
    private static final Set<String> PER_NODE = Set.of(
            "ActivityBuffer.flush",
            "IndexMaintenance.retry",
            "LiveRefresh.refreshIfWritten",
            "StripeGateway.registerWhileMissing",
            "SignInThrottle.forgetOldEntries",
            "RateLimits.forgetLocalClients");

    private static DataSource nodeA;
    private static DataSource nodeB;

    @BeforeAll
    static void freshLockTable() throws Exception {
        nodeA = ScratchDatabase.node(DATABASE);
        nodeB = ScratchDatabase.node(DATABASE);
        ScratchDatabase.createFresh(nodeA, SchedulerLocks.TABLE, "V70__scheduler_locks.sql");
    }

    @Test
    void twoNodesStartingTheSameJobAtTheSameTimeRunItOnce() throws Exception {
        LockingTaskExecutor a = new DefaultLockingTaskExecutor(SchedulerLocks.provider(nodeA));
        LockingTaskExecutor b = new DefaultLockingTaskExecutor(SchedulerLocks.provider(nodeB));
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        AtomicInteger runs = new AtomicInteger();
        Runnable job = () -> {
            mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
            runs.incrementAndGet();
            sleep(300);
            running.decrementAndGet();
        };

        ExecutorService nodes = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<java.util.concurrent.Future<?>> turns = new ArrayList<>();
        for (LockingTaskExecutor node : List.of(a, b, a, b)) {
            turns.add(nodes.submit(() -> {
                start.await();
                node.executeWithLock(job, lock("orders.reconcile", Duration.ofMinutes(1), Duration.ZERO));
                return null;
            }));
        }
        start.countDown();
        for (var turn : turns) {
            turn.get(30, TimeUnit.SECONDS);
        }
        nodes.shutdown();

        assertThat(mostAtOnce).hasValue(1);
        assertThat(runs.get()).isBetween(1, 4);
    }

    @Test
    void aJobThatRanOnOneNodeIsSkippedOnTheOtherUntilItsLeastHoldIsOver() throws Exception {
        LockingTaskExecutor a = new DefaultLockingTaskExecutor(SchedulerLocks.provider(nodeA));
        LockingTaskExecutor b = new DefaultLockingTaskExecutor(SchedulerLocks.provider(nodeB));
        AtomicInteger runs = new AtomicInteger();
        LockConfiguration hourly = lock("statistics.roll-up", Duration.ofMinutes(50), Duration.ofSeconds(2));

        a.executeWithLock((Runnable) runs::incrementAndGet, hourly);
        // The other node's cron fires a moment later (clock skew): the roll-up has run, it must not run again.
        b.executeWithLock((Runnable) runs::incrementAndGet, hourly);
        assertThat(runs).hasValue(1);

        sleep(2_500);
        b.executeWithLock((Runnable) runs::incrementAndGet, hourly);
        assertThat(runs).hasValue(2);
    }

    @Test
    void differentJobsDoNotBlockEachOther() throws Exception {
        LockingTaskExecutor a = new DefaultLockingTaskExecutor(SchedulerLocks.provider(nodeA));
        LockingTaskExecutor b = new DefaultLockingTaskExecutor(SchedulerLocks.provider(nodeB));
        AtomicInteger runs = new AtomicInteger();

        a.executeWithLock(
                (Runnable) runs::incrementAndGet, lock("quotes.expire", Duration.ofMinutes(1), Duration.ofMinutes(1)));
        b.executeWithLock(
                (Runnable) runs::incrementAndGet,
                lock("evidence.checkpoint", Duration.ofMinutes(1), Duration.ofMinutes(1)));

        assertThat(runs).hasValue(2);
    }

    @Test
    void everyScheduledJobOfTheClusterCarriesALockAndEachLockHasItsOwnName() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        List<String> unlocked = new ArrayList<>();
        List<String> names = new ArrayList<>();
        int scheduled = 0;
        for (BeanDefinition candidate : scanner.findCandidateComponents("dataport")) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            for (Method method : type.getDeclaredMethods()) {
                if (!method.isAnnotationPresent(Scheduled.class)) {
                    continue;
                }
                scheduled++;
                String id = type.getSimpleName() + "." + method.getName();
                SchedulerLock lock = method.getAnnotation(SchedulerLock.class);
                if (lock == null && !PER_NODE.contains(id)) {
                    unlocked.add(id);
                }
                if (lock != null) {
                    names.add(lock.name());
                    assertThat(duration(lock.lockAtMostFor(), "PT10M"))
                            .as(id)
                            .isGreaterThan(duration(lock.lockAtLeastFor(), "PT0S"));
                }
            }
        }

        assertThat(scheduled).isGreaterThanOrEqualTo(13);
        assertThat(unlocked).isEmpty();
        assertThat(names).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(9);
    }

    @Test
    void aLockedEntryPointLeavesItsRowInTheTableEvenWhenItIsPackagePrivate() {
        try (var context = new org.springframework.context.annotation.AnnotationConfigApplicationContext()) {
            context.registerBean(DataSource.class, () -> nodeA);
            context.register(SchedulerLocks.class, LockedJob.class);
            context.refresh();
            LockedJob job = context.getBean(LockedJob.class);

            job.runOnce();
            job.runOnce();

            // The second call came within lockAtLeastFor: skipped, as on another node.
            assertThat(job.runs()).isEqualTo(1);
            assertThat(new org.springframework.jdbc.core.JdbcTemplate(nodeA)
                            .queryForObject(
                                    "SELECT locked_by FROM shedlock WHERE name = 'test.locked-job'", String.class))
                    .isNotBlank();
        }
    }

    /** A job shaped like the application's: a package-private, locked entry point. */
    @Component
    static class LockedJob {
        final AtomicInteger runs = new AtomicInteger();

        @SchedulerLock(name = "test.locked-job", lockAtMostFor = "PT1M", lockAtLeastFor = "PT1M")
        void runOnce() {
            runs.incrementAndGet();
        }

        /** Read through a method: the bean is a proxy, whose own fields are empty. */
        int runs() {
            return runs.get();
        }
    }

    private static LockConfiguration lock(String name, Duration atMost, Duration atLeast) {
        return new LockConfiguration(Instant.now(), name, atMost, atLeast);
    }

    private static Duration duration(String written, String otherwise) {
        return Duration.parse(written.isEmpty() ? otherwise : written);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
