package uk.nhs.eia.refusal;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * The database cannot be reached: PostgreSQL restarting, the network to it gone, or no connection free within the
 * pool's wait. Not a refusal (what was asked may be quite right) and not a fault of the service, so every door answers
 * it with 503 and words that say to try again, where a fault would get a 500. The engine's own exceptions carry the
 * same causes, so one look at the causes covers the engine, JPA, JDBC and the session store alike.
 */
public final class DatabaseUnavailable {

    public static final int STATUS = 503;

    public static final String TITLE = "Sorry, the service is unavailable";

    public static final String MESSAGE = "The service cannot reach its database at the moment. Try again in a few "
            + "minutes. If you were saving a change, check whether it was saved before you make it again.";

    /** How long a client should wait before trying again: a database restart usually takes less. */
    public static final String RETRY_AFTER_SECONDS = "30";

    /** SQL states of a connection that failed (class 08) or of a server shutting down or starting up (57P01-03). */
    private static final Set<String> SERVER_GOING_OR_COMING = Set.of("57P01", "57P02", "57P03");

    private static final String CLOSED_BY_THE_POOL = "Connection is closed";

    private static final int DEEPEST_CAUSE = 32;

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseUnavailable.class);

    private DatabaseUnavailable() {
    }

    /** Whether the failure, or anything that caused it, says the database could not be reached. */
    public static boolean explains(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < DEEPEST_CAUSE; depth++, cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException || lostConnection(cause)) {
                return true;
            }
        }
        return false;
    }

    /** One line, not a stack trace: the outage is the operator's to see in the health check, not a fault to debug. */
    public static void answered(String where, Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        LOG.warn("The database cannot be reached: answered {} with 503 ({})", where, root.toString());
    }

    /**
     * A connection lost on the way: the server said so ({@code 08}, {@code 57P0x}), or the pool had already closed
     * it, which HikariCP says with no state. The second is what a transaction's rollback meets when PostgreSQL was
     * shut down during the step, and the rollback's failure then replaces the server's own message.
     */
    private static boolean lostConnection(Throwable cause) {
        if (!(cause instanceof SQLException sql)) {
            return false;
        }
        if (sql.getSQLState() == null) {
            return CLOSED_BY_THE_POOL.equals(sql.getMessage());
        }
        return sql.getSQLState().startsWith("08") || SERVER_GOING_OR_COMING.contains(sql.getSQLState());
    }
}
