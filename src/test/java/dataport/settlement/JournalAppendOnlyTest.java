package dataport.settlement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dataport.IntegrationTest;
import dataport.shared.TestClock;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class JournalAppendOnlyTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void theDatabaseRefusesToChangeOrDeleteJournalLinesAndEntries() {
        long order = 8_000_000_000L + System.nanoTime() % 1_000_000_000L;
        Settlements settlements = SettlementFixtures.settlements(context, new TestClock(Instant.now()), 7);
        new TransactionTemplate(transactionManager)
                .executeWithoutResult(s -> settlements.charge(order, order, "USD", 10_000, Instant.now()));
        long entry = jdbc.queryForObject("SELECT id FROM journal_entry WHERE order_id = ?", Long.class, order);
        long line = jdbc.queryForObject("SELECT MIN(id) FROM journal_line WHERE entry_id = ?", Long.class, entry);

        assertThatThrownBy(() -> jdbc.update("UPDATE journal_line SET amount_minor = 1 WHERE id = ?", line))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM journal_line WHERE id = ?", line))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("UPDATE journal_entry SET memo = 'x' WHERE id = ?", entry))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM journal_entry WHERE id = ?", entry))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM journal_line WHERE entry_id = ?", Long.class, entry))
                .isEqualTo(3);
    }
}
