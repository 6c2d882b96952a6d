package uk.nhs.eia.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.eia.demo.DemoAnswers.proposal;
import static uk.nhs.eia.demo.DemoAnswers.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.demo.process.AssessmentDriver;
import uk.nhs.eia.people.NewAccount;
import uk.nhs.eia.people.UserAccounts;

/** Every change leaves an event in the hash chain, and any event altered or removed afterwards is found. */
@EiaSpringBootTest
class AuditChainTest {

    @Autowired
    AuditChain chain;
    @Autowired
    AssessmentDriver driver;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    UserAccounts accounts;
    @Autowired
    TestRestTemplate rest;

    @Test
    void eachStepOfAnAssessmentWritesItsEventsWithTheStateBeforeAndAfter() {
        ProcessInstance instance = driver.start("author", proposal("Audited " + System.nanoTime(), "policy", "new",
                "operations", "approver", LocalDate.now().plusMonths(2)));
        driver.complete(instance, "author", screening(true));
        Object id = driver.assessmentId(instance);

        List<Map<String, Object>> events = jdbc.sql("""
                        select type, actor, subject_type, before_hash, after_hash from eia_audit_event
                        where assessment_id = ? order by chain_seq""").param(id).query().listOfRows();
        assertThat(events).extracting(event -> event.get("TYPE")).containsSubsequence("ASSESSMENT_STARTED",
                "SUBMISSION_KEPT", "STEP_STARTED", "TASK_ASSIGNED", "SUBMISSION_KEPT", "STEP_COMPLETED", "SCREENING_DECIDED");
        assertThat(events).filteredOn(event -> "SCREENING_DECIDED".equals(event.get("TYPE"))).singleElement()
                .satisfies(event -> assertThat(event.get("BEFORE_HASH")).isNotNull().isNotEqualTo(event.get("AFTER_HASH")));
        assertThat(events).filteredOn(event -> "STEP_COMPLETED".equals(event.get("TYPE")))
                .allSatisfy(event -> assertThat(event.get("ACTOR")).isEqualTo("author"));
        assertThat(chain.verify().valid()).isTrue();
    }

    @Test
    void changesToPeopleAndTheirRolesAreInTheTrail() {
        String username = "audited" + System.nanoTime() % 1_000_000;
        transaction.executeWithoutResult(status -> {
            accounts.create(new NewAccount(username, "Audit", "Person", username + "@nhs.net", "a long enough passphrase 42",
                    List.of("eia-authors"), List.of("finance")));
            accounts.setGroups(username, List.of("eia-authors", "approvers"));
            accounts.disable(username, "admin");
            accounts.enable(username);
        });

        assertThat(jdbc.sql("select type from eia_audit_event where subject_type = 'user' and subject_id = ? order by chain_seq")
                .param(username).query(String.class).list())
                .containsExactly("USER_CREATED", "ROLES_CHANGED", "USER_DISABLED", "USER_ENABLED");
    }

    @Test
    void anEventAlteredInTheDatabaseIsNamedAsTheFirstBrokenOne() {
        ProcessInstance instance = driver.start("author", proposal("Tampered " + System.nanoTime(), "policy", "new",
                "operations", "approver", LocalDate.now().plusMonths(2)));
        Long event = jdbc.sql("select min(id) from eia_audit_event where assessment_id = ?")
                .param(driver.assessmentId(instance)).query(Long.class).single();

        transaction.executeWithoutResult(status -> {
            jdbc.sql("update eia_audit_event set summary = 'Nothing happened here' where id = ?").param(event).update();

            AuditChain.Verification verification = chain.verify();

            assertThat(verification.valid()).isFalse();
            assertThat(verification.firstBroken().id()).isEqualTo(event);
            assertThat(verification.firstBroken().reason())
                    .isEqualTo("This event was changed after it was written: its hash no longer matches");
            status.setRollbackOnly();
        });
        assertThat(chain.verify().valid()).isTrue();
    }

    @Test
    void aRemovedEventBreaksTheChainWhereItWasAndARemovedLastEventAtItsEnd() {
        driver.start("author", proposal("Removed " + System.nanoTime(), "policy", "new", "operations", "approver",
                LocalDate.now().plusMonths(2)));
        long last = jdbc.sql("select max(chain_seq) from eia_audit_event").query(Long.class).single();

        transaction.executeWithoutResult(status -> {
            jdbc.sql("delete from eia_audit_event where chain_seq = ?").param(last - 1).update();
            assertThat(chain.verify().firstBroken()).satisfies(broken -> {
                assertThat(broken.chainSeq()).isEqualTo(last);
                assertThat(broken.reason()).startsWith("Event " + (last - 1) + " of the chain is missing");
            });
            status.setRollbackOnly();
        });
        transaction.executeWithoutResult(status -> {
            jdbc.sql("delete from eia_audit_event where chain_seq = ?").param(last).update();
            assertThat(chain.verify().firstBroken().reason())
                    .isEqualTo("The chain ends at event %d, but %d events were written: the last ones are missing or altered"
                            .formatted(last - 1, last));
            status.setRollbackOnly();
        });
    }

    @Test
    void complianceLeadsAndAdministratorsCheckTheTrailThroughTheApi() {
        Map<String, Object> answer = rest.withBasicAuth("auditor", "demo").getForObject("/api/audit/verify", Map.class);

        assertThat(answer).containsEntry("valid", true).containsEntry("firstBroken", null);
        assertThat(((Number) answer.get("checked")).longValue()).isPositive();
        assertThat(rest.withBasicAuth("author", "demo").getForEntity("/api/audit/verify", Map.class).getStatusCode().value())
                .isEqualTo(403);
    }
}
