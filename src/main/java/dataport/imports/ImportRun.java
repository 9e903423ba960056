package dataport.imports;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An import running in the background ({@link ImportService#start}): how many of its rows are done, and once finished
 * its report or that it failed. Read from any thread; the page polls it.
 */
public final class ImportRun {

    private final int total;
    private final AtomicInteger done = new AtomicInteger();
    private volatile ImportReport report;
    private volatile boolean failed;

    ImportRun(int total) {
        this.total = total;
    }

    /** The rows of the sheet. */
    public int total() {
        return total;
    }

    /** Rows done so far (imported, refused or skipped), at most {@link #total()}. */
    public int done() {
        return Math.min(done.get(), total);
    }

    public boolean finished() {
        return report != null || failed;
    }

    /** The report once the import finished; empty while it runs or when it failed. */
    public Optional<ImportReport> report() {
        return Optional.ofNullable(report);
    }

    /** Whether it stopped on an unexpected error (logged); rows imported before it stay imported. */
    public boolean failed() {
        return failed;
    }

    void progressed(int rows) {
        done.set(rows);
    }

    void finishedWith(ImportReport report) {
        this.report = report;
    }

    void failedWith() {
        this.failed = true;
    }
}
