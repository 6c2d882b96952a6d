package uk.nhs.eia.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
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

    @Test
    void stepsRecordingSideBySideJoinOneValidChainAndARolledBackStepLeavesNothing() throws Exception {
        ExecutorService people = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String id = "side-by-side-" + i;
                done.add(people.submit(() -> transaction.executeWithoutResult(status -> {
                    trail.record(new AuditSubject("account", id, null, "{\"state\":1}"), "SIDE_BY_SIDE", "first");
                    trail.record(new AuditSubject("account", id, null, "{\"state\":2}"), "SIDE_BY_SIDE", "second");
                })));
            }
            for (Future<?> each : done) {
                each.get();
            }
        } finally {
            people.shutdown();
        }
        transaction.executeWithoutResult(status -> {
            trail.record(new AuditSubject("account", "rolled-back", null, null), "ROLLED_BACK", "never kept");
            status.setRollbackOnly();
        });

        assertThat(jdbc.sql("select count(*) from eia_audit_event where type = 'SIDE_BY_SIDE'").query(Long.class).single())
                .isEqualTo(80);
        assertThat(jdbc.sql("select count(*) from eia_audit_event where type = 'ROLLED_BACK'").query(Long.class).single())
                .isZero();
        assertThat(jdbc.sql("""
                        select count(*) from eia_audit_event later join eia_audit_event earlier
                          on earlier.subject_id = later.subject_id and earlier.summary = 'first' and later.summary = 'second'
                        where later.type = 'SIDE_BY_SIDE' and later.before_hash = earlier.after_hash""")
                .query(Long.class).single()).isEqualTo(40);
        assertThat(chain.verify().valid()).isTrue();
    }
}
