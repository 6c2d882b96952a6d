package uk.nhs.eia.refusal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.hibernate.TransactionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.jpa.JpaSystemException;

/** Which failures are told to people as the database being away (503) rather than as a fault of the service. */
class DatabaseUnavailableTest {

    @Test
    void aStepWhoseRollbackFindsItsConnectionAlreadyClosedByAShutdownIsAnOutage() {
        // As seen when PostgreSQL was restarted under load: the rollback's failure replaces the server's message.
        var rollbackFailed = new JpaSystemException(new TransactionException("Unable to rollback against JDBC Connection",
                new SQLException("Connection is closed")));

        assertThat(DatabaseUnavailable.explains(rollbackFailed)).isTrue();
    }

    @Test
    void theServerShuttingDownIsAnOutage() {
        assertThat(DatabaseUnavailable.explains(
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"))).isTrue();
    }

    @Test
    void aRefusedWriteOrAnotherStatelessFailureIsNotAnOutage() {
        assertThat(DatabaseUnavailable.explains(new DataIntegrityViolationException("duplicate key",
                new SQLException("duplicate key value", "23505")))).isFalse();
        assertThat(DatabaseUnavailable.explains(new SQLException("Something else went wrong"))).isFalse();
    }
}
