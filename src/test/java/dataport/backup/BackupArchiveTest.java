package dataport.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Backup archives on the test MariaDB without an application: a small database with an append-only table (triggers),
 * Chinese text, bytes and microsecond times is backed up, restored elsewhere and compared; damaged archives and
 * occupied targets are refused.
 */
class BackupArchiveTest {

    private static final String BASE = System.getenv().getOrDefault("DATAPORT_TEST_DB_NAME", "dataport_test");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-07T03:04:05Z"), ZoneOffset.UTC);

    private final Database source = Database.fromEnvironment(Map.of()).named(BASE + "_bk_src");
    private final Database target = source.named(BASE + "_bk_dst");
    private final Backups backups = new Backups(CLOCK, Backups.Tools.find(System.getenv()));

    @TempDir
    Path folder;

    @BeforeEach
    void aSmallDatabaseWithALedgerAndAChain() {
        JdbcTemplate server = new JdbcTemplate(source.server());
        server.execute("DROP DATABASE IF EXISTS `" + source.name() + "`");
        server.execute("DROP DATABASE IF EXISTS `" + target.name() + "`");
        server.execute("CREATE DATABASE `" + source.name() + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        JdbcTemplate db = new JdbcTemplate(source.dataSource());
        db.execute(
                "CREATE TABLE journal_line (id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY, account_id BIGINT NOT NULL,"
                        + " amount_minor BIGINT NOT NULL, memo VARCHAR(200), at TIMESTAMP(6) NOT NULL, raw VARBINARY(16))");
        db.execute("CREATE TRIGGER journal_line_no_update BEFORE UPDATE ON journal_line FOR EACH ROW"
                + " SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'journal_line is append-only'");
        db.execute(
                "CREATE TABLE evidence_chain_head (id INT PRIMARY KEY, last_seq BIGINT NOT NULL, last_hash CHAR(64))");
        db.update("INSERT INTO evidence_chain_head VALUES (1, 42, ?)", "ab".repeat(32));
        for (int i = 1; i <= 30; i++) {
            db.update(
                    "INSERT INTO journal_line (account_id, amount_minor, memo, at, raw) VALUES (?, ?, ?, ?, ?)",
                    i % 3,
                    i % 2 == 0 ? 1_250L * i : -1_250L * i,
                    "结算 it's line " + i + " 🚀",
                    java.sql.Timestamp.from(Instant.parse("2026-12-07T01:02:03.123456Z")),
                    new byte[] {0, (byte) i, (byte) 0xff, '\'', '\\'});
        }
    }

    @Test
    void aRestoredBackupHoldsTheSameRowsBalancesChainHeadAndTriggers() throws Exception {
        Path archive = folder.resolve("backup.zip");

        Manifest manifest = backups.write(source, archive);
        Backups.Restored restored = backups.restore(archive, target);

        Snapshot original = Snapshot.of(source.dataSource());
        assertThat(manifest.snapshot()).isEqualTo(original);
        assertThat(restored.restored()).isEqualTo(original);
        assertThat(manifest.snapshot().rowCounts()).containsEntry("journal_line", 30L);
        assertThat(manifest.snapshot().ledgerBalances()).containsOnlyKeys("0", "1", "2");
        assertThat(manifest.snapshot().evidenceHead()).isEqualTo("42:" + "ab".repeat(32));
        assertThat(manifest.createdAt()).isEqualTo("2026-12-07T03:04:05Z");
        assertThat(manifest.sourceDatabase()).isEqualTo(source.name());

        JdbcTemplate copy = new JdbcTemplate(target.dataSource());
        JdbcTemplate from = new JdbcTemplate(source.dataSource());
        String rows = "SELECT id, account_id, amount_minor, memo, DATE_FORMAT(at, '%Y-%m-%d %H:%i:%s.%f') AS at,"
                + " HEX(raw) AS raw FROM journal_line ORDER BY id";
        assertThat(copy.queryForList(rows)).isEqualTo(from.queryForList(rows));
        // The append-only rule came along: the restored ledger still refuses changes.
        assertThatThrownBy(() -> copy.update("UPDATE journal_line SET amount_minor = 0 WHERE id = 1"))
                .hasMessageContaining("append-only");
        // The scratch copy the manifest was measured on is gone.
        assertThat(new JdbcTemplate(source.server())
                        .queryForList("SHOW DATABASES LIKE '" + Backups.scratchName(source.name()) + "'"))
                .isEmpty();
    }

    @Test
    void theArchiveCarriesChecksumsThatSha256sumCanCheck() throws Exception {
        Path archive = folder.resolve("backup.zip");
        backups.write(source, archive);

        Map<String, byte[]> files = unzip(archive);
        assertThat(files).containsOnlyKeys("manifest.json", "SHA256SUMS", "database.sql");
        String sums = new String(files.get("SHA256SUMS"), StandardCharsets.UTF_8);
        assertThat(sums).contains("  manifest.json\n").contains("  database.sql\n");
        String dump = new String(files.get("database.sql"), StandardCharsets.UTF_8);
        assertThat(dump).contains("CREATE TABLE `journal_line`").contains("journal_line_no_update");
    }

    @Test
    void aChangedDumpIsRefusedBeforeAnythingIsRestored() throws Exception {
        Path archive = folder.resolve("backup.zip");
        backups.write(source, archive);
        Map<String, byte[]> files = unzip(archive);
        String dump = new String(files.get("database.sql"), StandardCharsets.UTF_8);
        files.put("database.sql", dump.replace("-1250", "-1251").getBytes(StandardCharsets.UTF_8));
        Path changed = folder.resolve("changed.zip");
        zip(changed, files);

        assertThatThrownBy(() -> backups.restore(changed, target))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("Checksum mismatch for database.sql");
        assertThat(new JdbcTemplate(source.server()).queryForList("SHOW DATABASES LIKE '" + target.name() + "'"))
                .isEmpty();
    }

    @Test
    void aDatabaseThatAlreadyHasTablesIsNotOverwritten() throws Exception {
        Path archive = folder.resolve("backup.zip");
        backups.write(source, archive);

        assertThatThrownBy(() -> backups.restore(archive, source))
                .isInstanceOf(BackupException.class)
                .hasMessageContaining("already has 2 tables");
        assertThat(Snapshot.of(source.dataSource()).rowCounts()).containsEntry("journal_line", 30L);
    }

    @Test
    void theCommandReportsWhatItDidAndFailsWithAMessageNotAStackTrace() throws Exception {
        Path archive = folder.resolve("cli.zip");
        Map<String, String> env = Map.of("DATAPORT_DB_NAME", source.name());

        assertThat(BackupCommand.run(new String[] {"backup", archive.toString()}, env, CLOCK))
                .isZero();
        assertThat(BackupCommand.run(
                        new String[] {"restore", archive.toString(), "--database", target.name()}, env, CLOCK))
                .isZero();
        assertThat(BackupCommand.run(new String[] {"restore", archive.toString()}, env, CLOCK))
                .isEqualTo(1);
        assertThat(BackupCommand.run(new String[] {"restore"}, env, CLOCK)).isEqualTo(2);
    }

    @Test
    void flywayVersionsCompareAsNumbers() {
        assertThat(Snapshot.compareVersions("70", "8")).isPositive();
        assertThat(Snapshot.compareVersions("1.10", "1.9")).isPositive();
        assertThat(Snapshot.compareVersions("65", "65")).isZero();
    }

    private static Map<String, byte[]> unzip(Path archive) throws IOException {
        Map<String, byte[]> files = new java.util.LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        }
        return files;
    }

    private static void zip(Path archive, Map<String, byte[]> files) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(archive))) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue());
                zip.closeEntry();
            }
        }
    }
}
