package dataport.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/**
 * {@code ./dataport backup [FILE]} and {@code ./dataport restore FILE [--database NAME]}: a plain program in the
 * application jar (no Spring context, so a restore does not migrate or fill the empty database before the dump is
 * loaded), started as
 * {@code java -cp dataport.jar -Dloader.main=dataport.backup.BackupCommand
 * org.springframework.boot.loader.launch.PropertiesLauncher backup FILE}. The database comes from the same variables
 * as the application's ({@link Database#fromEnvironment}). The script then rebuilds the search index and verifies the
 * evidence chain of the restored database with the jar's run-and-exit modes.
 */
public final class BackupCommand {

    private BackupCommand() {}

    public static void main(String[] args) {
        System.exit(run(args, System.getenv(), Clock.systemUTC()));
    }

    static int run(String[] args, Map<String, String> env, Clock clock) {
        if (args.length == 0) {
            return usage();
        }
        Database database = Database.fromEnvironment(env);
        try {
            Backups backups = new Backups(clock, Backups.Tools.find(env));
            switch (args[0]) {
                case "backup" -> {
                    if (args.length > 2) {
                        return usage();
                    }
                    Path file = args.length == 2
                            ? Path.of(args[1])
                            : Path.of("dataport-backup-" + database.name() + "-"
                                    + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
                                            .withZone(ZoneOffset.UTC)
                                            .format(clock.instant())
                                    + ".zip");
                    long started = System.nanoTime();
                    Manifest manifest = backups.write(database, file);
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    long rows = manifest.snapshot().rowCounts().values().stream()
                            .mapToLong(Long::longValue)
                            .sum();
                    System.out.printf(
                            "Backup written: %s (%,d bytes) of database %s at %s: %d tables, %,d rows, schema version"
                                    + " %s, evidence head %s, %d ledger accounts; %,d ms including the check restore%n",
                            file.toAbsolutePath(),
                            Files.size(file),
                            database.name(),
                            manifest.createdAt(),
                            manifest.snapshot().rowCounts().size(),
                            rows,
                            manifest.snapshot().flywayVersion(),
                            manifest.snapshot().evidenceHead(),
                            manifest.snapshot().ledgerBalances().size(),
                            millis);
                    return 0;
                }
                case "restore" -> {
                    if (args.length != 2 && !(args.length == 4 && args[2].equals("--database"))) {
                        return usage();
                    }
                    Database target = args.length == 4 ? database.named(args[3]) : database;
                    long started = System.nanoTime();
                    Backups.Restored restored = backups.restore(Path.of(args[1]), target);
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    System.out.printf(
                            "Restored into database %s: backup of %s taken %s, %d tables, row counts, ledger balances"
                                    + " and evidence head as in the manifest; load %,d ms, total %,d ms%n",
                            target.name(),
                            restored.manifest().sourceDatabase(),
                            restored.manifest().createdAt(),
                            restored.restored().rowCounts().size(),
                            restored.loadMillis(),
                            millis);
                    return 0;
                }
                default -> {
                    return usage();
                }
            }
        } catch (BackupException | IllegalArgumentException | IllegalStateException e) {
            System.err.println("ERROR: " + e.getMessage());
            return 1;
        } catch (IOException | RuntimeException e) {
            System.err.println("ERROR: " + e);
            return 1;
        }
    }

    private static int usage() {
        System.err.println("usage: backup [FILE] | restore FILE [--database NAME]");
        return 2;
    }
}
