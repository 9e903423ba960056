package dataport.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

class DatabaseUnavailableTest {

    @Test
    void aTransactionThatCouldNotBeginBecauseTheDatabaseIsGoneIsRecognisedThroughWrappers() {
        var cause = new CannotCreateTransactionException(
                "Could not open JPA EntityManager", new SQLNonTransientConnectionException("Connection refused"));
        assertThat(DatabaseUnavailable.isCause(new RuntimeException("listener failed", cause)))
                .isTrue();
        assertThat(DatabaseUnavailable.isCause(new JpaSystemException(
                        new RuntimeException(new SQLNonTransientConnectionException("Communications link failure")))))
                .isTrue();
    }

    @Test
    void otherFailuresAreNotTakenForAnUnavailableDatabase() {
        assertThat(DatabaseUnavailable.isCause(new DataIntegrityViolationException("duplicate")))
                .isFalse();
        assertThat(DatabaseUnavailable.isCause(new IllegalStateException("bug")))
                .isFalse();
        assertThat(DatabaseUnavailable.isCause(null)).isFalse();
    }
}
