package dataport.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Nothing is lost when the application is killed at any moment: a child JVM runs the application and changes
 * listings as fast as it can; the test kills it (SIGKILL, no shutdown hooks) at a random point, starts it again
 * without a rebuild, and the index must converge to exactly the database's published listings and versions. The
 * changes in flight at the kill were recorded in their own transaction, and the restart resubmits them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IndexSyncCrashTest {

    private static final String DATABASE =
            System.getenv().getOrDefault("DATAPORT_TEST_DB_NAME", "dataport_test") + "_crash";
    private static final String PREFIX =
            System.getenv().getOrDefault("DATAPORT_TEST_INDEX_PREFIX", "dataport-test") + "-crash";

    private Process app;

    @AfterEach
    void stopApp() {
        if (app != null) {
            app.destroyForcibly();
        }
    }

    @Test
    @Order(1)
    void indexConvergesToTheDatabaseAfterTheAppIsKilledMidChange() throws Exception {
        Path log = Files.createTempFile("dataport-crash", ".log");
        Path restartLog = Files.createTempFile("dataport-crash-restart", ".log");
        long seed = System.nanoTime();
        Random random = new Random(seed);

        app = start(log, true, "--dataport.database.reset-on-start=true", "--dataport.search.rebuild-on-start=true");
        awaitLine(log, "CHANGES STARTED", Duration.ofSeconds(120));
        long killAfter = 300 + random.nextInt(2_500);
        Thread.sleep(killAfter);
        app.destroyForcibly().waitFor();
        Map<Long, Long> atKill = IndexState.published(DATABASE);
        long owed = IndexState.incompletePublications(DATABASE);
        System.out.printf(
                "Killed %d ms into the changes: %d index updates recorded but not delivered, %d listings published%n",
                killAfter, owed, atKill.size());
        // The kill hit mid-delivery: changes had committed whose index updates had not been applied yet.
        assertThat(owed).isPositive();

        // Again, without a rebuild: only the event publication registry can bring the index up to date.
        app = start(
                restartLog,
                false,
                "--dataport.database.reset-on-start=false",
                "--dataport.search.rebuild-on-start=false");
        awaitLine(restartLog, "APP STARTED", Duration.ofSeconds(120));
        assertThat(IndexState.published(DATABASE)).isEqualTo(atKill);
        String alias = PREFIX + "-listings";
        await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(IndexState.indexed(alias))
                        .as(
                                "index after a kill %d ms into the changes (seed %d; logs %s, %s)",
                                killAfter, seed, log, restartLog)
                        .isEqualTo(atKill));
        Files.deleteIfExists(log);
        Files.deleteIfExists(restartLog);
    }

    /**
     * {@code ./dataport reindex}: the application rebuilds the index of the configured database and exits. Runs after
     * the crash test, on the listings it left (no reset, no demo data).
     */
    @Test
    @Order(2)
    void theReindexCommandRebuildsTheIndexAndExits() throws Exception {
        Path log = Files.createTempFile("dataport-reindex", ".log");
        String alias = PREFIX + "-listings";
        String before = IndexState.indexName(alias);
        app = start(
                log,
                false,
                "--dataport.search.reindex-and-exit=true",
                "--dataport.demo.enabled=false",
                "--dataport.database.reset-on-start=false");

        assertThat(app.waitFor(120, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(log);
        assertThat(app.exitValue()).as(output).isZero();
        assertThat(output)
                .contains("Rebuilding the search index (command line)", "Search index rebuilt (command line)");
        assertThat(IndexState.indexName(alias)).isNotEqualTo(before);
        assertThat(IndexState.indexed(alias))
                .isEqualTo(IndexState.published(DATABASE))
                .isNotEmpty();
        Files.deleteIfExists(log);
    }

    private Process start(Path log, boolean changes, String... extra) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1",
                "-Xss512k",
                "-cp",
                System.getProperty("java.class.path"),
                IndexSyncCrashApp.class.getName(),
                "--spring.profiles.active=test",
                "--server.port=0",
                "--dataport.database.name=" + DATABASE,
                "--dataport.search.index-prefix=" + PREFIX,
                "--crash.changes=" + changes));
        command.addAll(List.of(extra));
        return new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
    }

    private void awaitLine(Path log, String line, Duration timeout) {
        await().atMost(timeout)
                .pollInterval(Duration.ofMillis(200))
                .failFast("the application stopped (log: " + log + ")", () -> !app.isAlive())
                .until(() -> Files.readString(log).lines().anyMatch(line::equals));
    }
}
