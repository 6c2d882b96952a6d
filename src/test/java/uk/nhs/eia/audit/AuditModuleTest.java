package uk.nhs.eia.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The audit trail on its own, with no process engine and no other module: an event written in a transaction is
 * chained, and an event rewritten afterwards is found.
 */
@ApplicationModuleTest
@ActiveProfiles("test")
@TestPropertySource(properties = "spring.autoconfigure.exclude="
        + "org.camunda.bpm.spring.boot.starter.CamundaBpmAutoConfiguration,"
        + "org.camunda.bpm.spring.boot.starter.webapp.CamundaBpmWebappAutoConfiguration,"
        + "org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration")
class AuditModuleTest {

    @Autowired
    AuditTrail trail;
    @Autowired
    AuditChain chain;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;

    @Test
    void theTrailChainsEveryEventAndFindsOneRewrittenAfterwards() {
        transaction.executeWithoutResult(status -> {
            trail.record(new AuditSubject("training-policy", "policy", null, "{\"policy\":\"WARN\"}"), "POLICY_CHANGED",
                    "Training policy set to warn");
            trail.record(new AuditSubject("training-policy", "policy", null, "{\"policy\":\"BLOCK\"}"), "POLICY_CHANGED",
                    "Training policy set to block");
        });
        assertThat(chain.verify().valid()).isTrue();

        jdbc.sql("update eia_audit_event set summary = 'Training policy set to warn' where summary = 'Training policy set to block'")
                .update();

        assertThat(chain.verify()).satisfies(verification -> {
            assertThat(verification.valid()).isFalse();
            assertThat(verification.firstBroken().type()).isEqualTo("POLICY_CHANGED");
        });
    }
}
