package dataport.backup;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and restores backup archives: one zip with {@code database.sql} (a {@code mariadb-dump --single-transaction}
 * of the whole database with its triggers and routines: one consistent point in time, taken without blocking
 * writers), {@code manifest.json} ({@link Manifest}) and {@code SHA256SUMS} (the two files' checksums, in the format
 * {@code sha256sum -c} reads).
 *
 * <p>The manifest's figures are measured on a scratch copy restored from the dump itself, then dropped: they are
 * exactly what the archive holds (figures read from the live database beside the dump would belong to another
 * moment under load), and every backup has been restored once before it is called written. A restore verifies the
 * checksums, refuses a database that already has tables, loads the dump and compares the result with the manifest.
 */
public class Backups {

    static final String DUMP = "database.sql";
    static final String MANIFEST = "manifest.json";
    static final String SUMS = "SHA256SUMS";
    /** Triggers in a dump name the account that created them; another server may not have it. */
    private static final Pattern DEFINER = Pattern.compile("DEFINER=`[^`]*`@`[^`]*`\\s*");

    private final JsonMapper json =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    private final Clock clock;
    private final Tools tools;

    public Backups(Clock clock, Tools tools) {
        this.clock = clock;
        this.tools = tools;
    }

    /** The client programs: {@code mariadb-dump}/{@code mysqldump} and {@code mariadb}/{@code mysql}. */
    public record Tools(String dump, String client) {
        public static Tools find(Map<String, String> env) {
            return new Tools(
                    env.getOrDefault("DATAPORT_DUMP_TOOL", firstOnPath("mariadb-dump", "mysqldump")),
                    env.getOrDefault("DATAPORT_SQL_CLIENT", firstOnPath("mariadb", "mysql")));
        }

        private static String firstOnPath(String... names) {
            String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
            for (String name : names) {
                for (String dir : path.split(":")) {
                    if (Files.isExecutable(Path.of(dir, name))) {
                        return Path.of(dir, name).toString();
                    }
                }
            }
            throw new IllegalStateException("Backups need the MariaDB client programs (" + String.join(" or ", names)
                    + "): install the Debian package mariadb-client");
        }
    }

    /** The result of a restore: the manifest it was checked against and how long each part took. */
    public record Restored(Manifest manifest, Snapshot restored, long loadMillis) {}

    /** Writes a backup of {@code source} to {@code archive}; returns its manifest. */
    public Manifest write(Database source, Path archive) throws IOException {
        Path work = Files.createTempDirectory("dataport-backup-");
        try {
            Path dump = work.resolve(DUMP);
            Instant taken = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            run(dumpCommand(source), source.password(), null, dump);
            Database scratch = source.named(scratchName(source.name()));
            Snapshot snapshot;
            try {
                createEmpty(scratch, true);
                load(dump, scratch);
                snapshot = Snapshot.of(scratch.dataSource());
            } finally {
                drop(scratch);
            }
            Map<String, String> sums = new LinkedHashMap<>();
            sums.put(DUMP, sha256(dump));
            Manifest manifest = new Manifest(
                    1, taken.toString(), appVersion(), source.name(), toolVersion(tools.dump()), snapshot, sums);
            Path manifestFile = work.resolve(MANIFEST);
            json.writeValue(manifestFile.toFile(), manifest);
            Path sumsFile = work.resolve(SUMS);
            Files.writeString(
                    sumsFile,
                    sha256(manifestFile) + "  " + MANIFEST + "\n" + sums.get(DUMP) + "  " + DUMP + "\n",
                    StandardCharsets.UTF_8);
            Path partial = archive.resolveSibling(archive.getFileName() + ".partial");
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                for (Path file : List.of(manifestFile, sumsFile, dump)) {
                    zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
                    Files.copy(file, zip);
                    zip.closeEntry();
                }
            }
            Files.move(partial, archive, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            return manifest;
        } finally {
            deleteTree(work);
        }
    }

    /**
     * Restores {@code archive} into {@code target}, which must not exist or be empty.
     *
     * @throws BackupException when a checksum does not match, the target has tables, or the restored database differs
     *     from the manifest
     */
    public Restored restore(Path archive, Database target) throws IOException {
        Path work = Files.createTempDirectory("dataport-restore-");
        try {
            Manifest manifest = unpackVerified(archive, work);
            createEmpty(target, false);
            long started = System.nanoTime();
            load(work.resolve(DUMP), target);
            long loadMillis = (System.nanoTime() - started) / 1_000_000;
            Snapshot restored = Snapshot.of(target.dataSource());
            List<String> differences = manifest.snapshot().differencesFrom(restored);
            if (!differences.isEmpty()) {
                throw new BackupException("The restored database " + target.name() + " differs from the backup:\n  "
                        + String.join("\n  ", differences));
            }
            return new Restored(manifest, restored, loadMillis);
        } finally {
            deleteTree(work);
        }
    }

    /** Reads the archive's manifest after checking every checksum; files land in {@code into}. */
    Manifest unpackVerified(Path archive, Path into) throws IOException {
        Map<String, String> actual = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String name = entry.getName();
                if (!List.of(DUMP, MANIFEST, SUMS).contains(name)) {
                    throw new BackupException("Not a DataPort backup: unexpected file " + name + " in " + archive);
                }
                MessageDigest digest = sha256();
                try (InputStream in = new DigestInputStream(zip, digest) {
                    @Override
                    public void close() {
                        // leave the zip open for the next entry
                    }
                }) {
                    Files.copy(in, into.resolve(name));
                }
                actual.put(name, HexFormat.of().formatHex(digest.digest()));
            }
        }
        if (!actual.containsKey(SUMS) || !actual.containsKey(MANIFEST) || !actual.containsKey(DUMP)) {
            throw new BackupException("Not a complete DataPort backup (needs " + MANIFEST + ", " + SUMS + " and " + DUMP
                    + "): " + archive);
        }
        Map<String, String> expected = new LinkedHashMap<>();
        for (String line : Files.readAllLines(into.resolve(SUMS), StandardCharsets.UTF_8)) {
            String[] parts = line.trim().split("\\s+\\*?", 2);
            if (parts.length == 2) {
                expected.put(parts[1], parts[0]);
            }
        }
        for (String name : List.of(MANIFEST, DUMP)) {
            if (!actual.get(name).equals(expected.get(name))) {
                throw new BackupException("Checksum mismatch for " + name + " in " + archive
                        + ": the archive is damaged" + " or was changed (expected " + expected.get(name) + ", found "
                        + actual.get(name) + ")");
            }
        }
        Manifest manifest = json.readValue(into.resolve(MANIFEST).toFile(), Manifest.class);
        if (!actual.get(DUMP).equals(manifest.sha256().get(DUMP))) {
            throw new BackupException("The manifest's checksum of " + DUMP + " does not match the file");
        }
        return manifest;
    }

    private List<String> dumpCommand(Database source) {
        return List.of(
                tools.dump(),
                "--host=" + source.host(),
                "--port=" + source.port(),
                "--user=" + source.user(),
                "--protocol=TCP",
                // One consistent snapshot (InnoDB, REPEATABLE READ) without locking writers out.
                "--single-transaction",
                "--routines",
                "--triggers",
                "--hex-blob",
                "--default-character-set=utf8mb4",
                "--tz-utc",
                "--quick",
                "--skip-comments",
                source.name());
    }

    /** Loads {@code dump} into {@code target} through the client, without the definer of triggers and routines. */
    void load(Path dump, Database target) throws IOException {
        Path clean = dump.resolveSibling(dump.getFileName() + ".load");
        try (BufferedReader in = Files.newBufferedReader(dump, StandardCharsets.UTF_8);
                BufferedWriter out = Files.newBufferedWriter(clean, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                if (line.contains("DEFINER=")) {
                    line = DEFINER.matcher(line).replaceAll("");
                }
                out.write(line);
                out.write('\n');
            }
        }
        try {
            run(
                    List.of(
                            tools.client(),
                            "--host=" + target.host(),
                            "--port=" + target.port(),
                            "--user=" + target.user(),
                            "--protocol=TCP",
                            "--default-character-set=utf8mb4",
                            "--max-allowed-packet=256M",
                            target.name()),
                    target.password(),
                    clean,
                    null);
        } finally {
            Files.deleteIfExists(clean);
        }
    }

    private void createEmpty(Database target, boolean replace) {
        JdbcTemplate server = new JdbcTemplate(target.server());
        if (replace) {
            server.execute("DROP DATABASE IF EXISTS `" + target.name() + "`");
        }
        Integer tables = server.queryForObject(
                "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ?", Integer.class, target.name());
        if (tables != null && tables > 0) {
            throw new BackupException("Database " + target.name() + " already has " + tables
                    + " tables: a restore goes into a new or empty database (name another with --database)");
        }
        server.execute("CREATE DATABASE IF NOT EXISTS `" + target.name()
                + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }

    private void drop(Database scratch) {
        new JdbcTemplate(scratch.server()).execute("DROP DATABASE IF EXISTS `" + scratch.name() + "`");
    }

    static String scratchName(String source) {
        String name = source + "_backup_check";
        return name.length() <= 64 ? name : name.substring(0, 64);
    }

    /** Runs a client program with the password in its environment (never on the command line). */
    private static void run(List<String> command, String password, Path stdin, Path stdout) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("MYSQL_PWD", password == null ? "" : password);
        if (stdin != null) {
            builder.redirectInput(stdin.toFile());
        }
        if (stdout != null) {
            builder.redirectOutput(stdout.toFile());
        } else {
            builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
        }
        Process process = builder.start();
        String errors;
        try (InputStream err = process.getErrorStream()) {
            errors = new String(err.readAllBytes(), StandardCharsets.UTF_8).trim();
        }
        try {
            int status = process.waitFor();
            if (status != 0) {
                throw new BackupException(
                        Path.of(command.get(0)).getFileName() + " failed (exit " + status + "): " + errors);
            }
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new BackupException("Interrupted while running " + command.get(0));
        }
    }

    private static String toolVersion(String tool) {
        try {
            Process process = new ProcessBuilder(tool, "--version")
                    .redirectErrorStream(true)
                    .start();
            try (BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                String line = out.readLine();
                process.waitFor();
                return line == null ? tool : line.trim();
            }
        } catch (IOException e) {
            return tool;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return tool;
        }
    }

    static String appVersion() {
        String version = Backups.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteTree(Path root) {
        try (var paths = Files.walk(root)) {
            List<Path> all = new ArrayList<>(paths.toList());
            java.util.Collections.reverse(all);
            for (Path path : all) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
