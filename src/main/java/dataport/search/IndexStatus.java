package dataport.search;

import java.time.Duration;
import java.time.Instant;

/**
 * The search index as ADMIN sees it: which index the alias points at, how many listings it holds against the
 * database's published count, index updates still to be delivered, and the running or last full rebuild.
 *
 * @param currentIndex the concrete index behind the alias; null when there is none (or Elasticsearch is down)
 * @param indexedListings documents in that index; -1 when Elasticsearch cannot be reached
 * @param pendingUpdates listing changes recorded but not yet applied to the index
 * @param updatesFailing whether the last index update failed (they are being retried with back-off)
 * @param rebuild the running rebuild, else the last one since start; null when none ran
 */
public record IndexStatus(
        String currentIndex,
        long indexedListings,
        long publishedListings,
        long pendingUpdates,
        boolean updatesFailing,
        Rebuild rebuild) {

    /**
     * One full rebuild.
     *
     * @param failure why it failed; null while running or when it succeeded
     */
    public record Rebuild(
            String trigger, boolean running, long done, long total, Instant started, Instant finished, String failure) {

        public Duration elapsed(Instant now) {
            return Duration.between(started, finished == null ? now : finished);
        }

        /** Listings per second so far. */
        public double rate(Instant now) {
            double seconds = Math.max(0.001, elapsed(now).toMillis() / 1000.0);
            return done / seconds;
        }

        /** Fraction done, 0 to 1. */
        public double fraction() {
            return total <= 0 ? (running ? 0 : 1) : Math.min(1, done / (double) total);
        }

        /** Estimated time left at the current rate; null when unknown. */
        public Duration remaining(Instant now) {
            double rate = rate(now);
            if (!running || done == 0 || rate <= 0) {
                return null;
            }
            return Duration.ofMillis((long) (Math.max(0, total - done) / rate * 1000));
        }

        public boolean succeeded() {
            return !running && failure == null;
        }
    }
}
