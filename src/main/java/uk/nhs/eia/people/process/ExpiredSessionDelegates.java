package uk.nhs.eia.people.process;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * The hourly clean-up's one step. The engine's timer runs it once across all nodes, where Spring Session's own
 * scheduler would run it on every node.
 */
@Configuration(proxyBeanMethods = false)
class ExpiredSessionDelegates {

    @Bean
    JavaDelegate removeExpiredSessions(JdbcIndexedSessionRepository sessions) {
        return execution -> sessions.cleanUpExpiredSessions();
    }
}
