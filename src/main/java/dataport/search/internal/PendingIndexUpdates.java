package dataport.search.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Index updates recorded in the event publication registry and not yet applied: what the index still owes. */
@Component
public class PendingIndexUpdates {

    private final JdbcTemplate jdbc;
    private final DeliveryBackOff backOff;

    PendingIndexUpdates(JdbcTemplate jdbc, DeliveryBackOff backOff) {
        this.jdbc = jdbc;
        this.backOff = backOff;
    }

    /** Incomplete publications of the search module's listeners (completed ones are deleted, see application.properties). */
    public long count() {
        Long count = jdbc.queryForObject(
                "SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE COMPLETION_DATE IS NULL AND LISTENER_ID LIKE ?",
                Long.class,
                ListingIndexer.class.getName() + "%");
        return count == null ? 0 : count;
    }

    /** Whether index updates are failing now (Elasticsearch unreachable) and being retried with back-off. */
    public boolean failing() {
        return backOff.isFailing();
    }
}
