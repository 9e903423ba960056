package dataport.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dataport.IntegrationTest;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditServiceTest {

    @Autowired
    AuditService audit;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithMockUser(username = "cora@dataport.example", roles = "COMPLIANCE")
    void anEntryCommitsWithTheCallersTransactionUnderTheSignedInName() {
        String action = uniqueAction();

        transaction.executeWithoutResult(s -> audit.record(action, "merchant", "7", "{\"status\":\"ACTIVE\"}", null));

        List<AuditEntry> found = audit.find(byAction(action), 0, 10);
        assertThat(found).hasSize(1);
        AuditEntry entry = found.getFirst();
        assertThat(entry.actor()).isEqualTo("cora@dataport.example");
        assertThat(entry.subjectType()).isEqualTo("merchant");
        assertThat(entry.subjectId()).isEqualTo("7");
        assertThat(entry.before()).isEqualTo("{\"status\":\"ACTIVE\"}");
        assertThat(entry.after()).isNull();
    }

    @Test
    @WithMockUser(roles = "COMPLIANCE")
    void anEntryIsRolledBackWithTheCallersTransaction() {
        String action = uniqueAction();

        transaction.executeWithoutResult(s -> {
            audit.record(action, "merchant", "7", null, "x");
            s.setRollbackOnly();
        });

        assertThat(audit.count(byAction(action))).isZero();
    }

    @Test
    void recordingOutsideATransactionIsRefused() {
        assertThatThrownBy(() -> audit.record(uniqueAction(), "merchant", "7", null, null))
                .isInstanceOf(IllegalTransactionStateException.class);
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void withoutASignedInUserTheActorIsSystem() throws InterruptedException {
        String action = uniqueAction();
        // The admin reads; the recording itself happens on a thread where nobody is signed in, like a scheduled job.
        Thread job = Thread.ofPlatform()
                .start(() -> transaction.executeWithoutResult(s -> audit.record(action, "job", "1", null, null)));
        job.join();

        assertThat(audit.find(byAction(action), 0, 10))
                .singleElement()
                .extracting(AuditEntry::actor)
                .isEqualTo(AuditService.SYSTEM);
    }

    @Test
    @WithMockUser(roles = "COMPLIANCE")
    void theTableRefusesUpdatesAndDeletes() {
        String action = uniqueAction();
        transaction.executeWithoutResult(s -> audit.record(action, "merchant", "7", null, "x"));

        assertThatThrownBy(() -> jdbc.update("update audit_event set actor = 'someone else' where action = ?", action))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where action = ?", action))
                .hasMessageContaining("append-only");
        assertThat(audit.find(byAction(action), 0, 10))
                .singleElement()
                .extracting(AuditEntry::actor)
                .isNotEqualTo("someone else");
    }

    @Test
    @WithMockUser(roles = "COMPLIANCE")
    void filtersCombineAndTheNewestComesFirst() {
        String action = uniqueAction();
        transaction.executeWithoutResult(s -> {
            audit.record(action, "merchant", "1", null, "first");
            audit.record(action, "whitelist-entry", "2", null, "second");
            audit.record(action, "merchant", "3", null, "third");
        });

        assertThat(audit.find(byAction(action), 0, 10))
                .extracting(AuditEntry::after)
                .containsExactly("third", "second", "first");
        AuditFilter merchantsOnly = new AuditFilter(null, action, "merchant", null, null, null);
        assertThat(audit.find(merchantsOnly, 0, 10))
                .extracting(AuditEntry::after)
                .containsExactly("third", "first");
        assertThat(audit.count(new AuditFilter(null, action, "merchant", "3", null, null)))
                .isEqualTo(1);
        LocalDate today = LocalDate.now(AuditService.ZONE);
        assertThat(audit.count(new AuditFilter(null, action, null, null, today.minusDays(1), today.plusDays(1))))
                .isEqualTo(3);
        assertThat(audit.count(new AuditFilter(null, action, null, null, today.plusDays(1), null)))
                .isZero();
        assertThat(audit.count(new AuditFilter("nobody-like-this", action, null, null, null, null)))
                .isZero();
    }

    @Test
    @WithMockUser(roles = {"BUYER", "MERCHANT", "CURATOR"})
    void onlyComplianceAndAdminsMayReadTheTrail() {
        assertThatThrownBy(() -> audit.find(AuditFilter.none(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> audit.count(AuditFilter.none())).isInstanceOf(AccessDeniedException.class);
    }

    private static String uniqueAction() {
        return "test." + UUID.randomUUID();
    }

    private static AuditFilter byAction(String action) {
        return new AuditFilter(null, action, null, null, null, null);
    }
}
