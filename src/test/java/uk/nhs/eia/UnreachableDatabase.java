package uk.nhs.eia;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's database, which a test can cut off for a while as a PostgreSQL restart would: every connection
 * asked for meanwhile is refused the way the pool refuses one when no server answers.
 */
public final class UnreachableDatabase extends DelegatingDataSource {

    private volatile boolean cutOff;

    UnreachableDatabase(DataSource database) {
        super(database);
    }

    /** Runs {@code during} with the database out of reach, and brings it back afterwards, whatever happens. */
    public void whileCutOff(ThrowingRunnable during) throws Exception {
        cutOff = true;
        try {
            during.run();
        } finally {
            cutOff = false;
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        refuseWhileCutOff();
        return super.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        refuseWhileCutOff();
        return super.getConnection(username, password);
    }

    private void refuseWhileCutOff() throws SQLException {
        if (cutOff) {
            throw new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out",
                    "08001", new SQLException("Connection to localhost:5432 refused", "08001"));
        }
    }

    public interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** Puts the switch between the application and its connection pool. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class InTheApplication {

        @Bean
        static BeanPostProcessor unreachableDatabase() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return "dataSource".equals(name) && bean instanceof DataSource database ? new UnreachableDatabase(database) : bean;
                }
            };
        }
    }
}
