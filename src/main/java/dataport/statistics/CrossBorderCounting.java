package dataport.statistics;

import dataport.compliance.AssessmentDecided;
import dataport.compliance.OrderRouted;
import dataport.evidence.SpotCheckClosed;
import java.time.Duration;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Stores the cross-border decisions other modules publish (routing at checkout, assessment decisions, closed spot
 * checks), one row per decision keyed by its ids, after their transactions committed: a redelivered event changes
 * nothing. {@link RollUp} turns them into daily figures.
 */
@Component
class CrossBorderCounting {

    private final JdbcTemplate jdbc;

    CrossBorderCounting(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(OrderRouted routed) {
        long at = millis(routed.routedAt());
        jdbc.update(
                "INSERT IGNORE INTO stat_routing (order_id, routed_at_ms, day, classification, outcome)"
                        + " VALUES (?, ?, ?, ?, ?)",
                routed.orderId(),
                at,
                Days.of(at).toString(),
                code(routed.classification()),
                code(routed.outcome()));
    }

    @ApplicationModuleListener
    void on(AssessmentDecided decided) {
        long at = millis(decided.decidedAt());
        Long minutes = decided.filedAt() == null
                ? null
                : Math.max(
                        0,
                        Duration.between(decided.filedAt(), Instant.ofEpochMilli(at))
                                .toMinutes());
        jdbc.update(
                "INSERT IGNORE INTO stat_assessment (assessment_id, decided_at_ms, day, decision, turnaround_minutes)"
                        + " VALUES (?, ?, ?, ?, ?)",
                decided.assessmentId(),
                at,
                Days.of(at).toString(),
                code(decided.decision()),
                minutes);
    }

    @ApplicationModuleListener
    void on(SpotCheckClosed closed) {
        long at = millis(closed.closedAt());
        jdbc.update(
                "INSERT IGNORE INTO stat_spot_check (case_id, closed_at_ms, day, classification, finding)"
                        + " VALUES (?, ?, ?, ?, ?)",
                closed.caseId(),
                at,
                Days.of(at).toString(),
                code(closed.classification()),
                code(closed.finding()));
    }

    /** An event from before the field existed has no time: it is counted now rather than lost. */
    private static long millis(Instant at) {
        return at == null ? System.currentTimeMillis() : at.toEpochMilli();
    }

    private static String code(String value) {
        if (value == null || value.isBlank()) {
            return "UNKNOWN";
        }
        return value.length() > 16 ? value.substring(0, 16) : value;
    }
}
