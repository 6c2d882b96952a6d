package uk.nhs.eia.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.assessment.AssessmentService;

/** {@code /engine-rest} over HTTP with Basic authentication, as an integration would use it. */
@EiaSpringBootTest
class EngineRestTest {

    private static final String START = "/engine-rest/process-definition/key/equality-impact-assessment/start";

    @Autowired
    IdentityService identity;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    AssessmentService assessments;

    @Test
    void anAuthorStartsAnAssessmentThroughTheRestApiAndGetsTheScreeningTask() {
        ResponseEntity<Map> started = rest.withBasicAuth("author", "demo")
                .postForEntity(START, startRequest("approver"), Map.class);

        assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
        String processInstanceId = (String) started.getBody().get("id");
        assertThat((String) started.getBody().get("businessKey")).startsWith("EIA-");

        ResponseEntity<Object[]> tasks = rest.withBasicAuth("author", "demo")
                .getForEntity("/engine-rest/task?processInstanceId=" + processInstanceId, Object[].class);
        assertThat(tasks.getBody()).hasSize(1);
        assertThat(((Map<?, ?>) tasks.getBody()[0]).get("name")).isEqualTo("Screening");
    }

    @Test
    void aStartNamingTheAuthorAsDecisionMakerIsRefusedWithTheReasonAndNothingIsStored() {
        ResponseEntity<Map> refused = rest.withBasicAuth("author", "demo")
                .postForEntity(START, startRequest("author"), Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("message")).contains("decision-maker must be someone other than the author");
        assertThat(assessments.recentByAuthor("author", 50)).noneMatch(a -> a.getTitle().equals("Refused by REST"));
    }

    @Test
    void aWrongPasswordIsRefused() {
        // Someone no other test signs in as: the engine delays a person's next sign-in after a failure.
        if (identity.createUserQuery().userId("forgetful").count() == 0) {
            User forgetful = identity.newUser("forgetful");
            forgetful.setPassword("a-password-nobody-guesses-1");
            identity.saveUser(forgetful);
        }
        assertThat(rest.withBasicAuth("forgetful", "wrong").getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void compliancePeopleCannotStartAssessments() {
        ResponseEntity<Map> refused = rest.withBasicAuth("auditor", "demo")
                .postForEntity(START, startRequest("approver"), Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aFileVariableSentWithoutItsValueInfoIsTheRequestsFaultNotTheServers() {
        ResponseEntity<Map> refused = rest.withBasicAuth("admin", "demo").postForEntity(
                "/engine-rest/process-instance/variables-async",
                Map.of("processInstanceIds", java.util.List.of("no-such-case"),
                        "variables", Map.of("evidence", Map.of("value", "YWJj", "type", "File"))), Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }

    private static Map<String, Object> startRequest(String decisionMaker) {
        String title = decisionMaker.equals("author") ? "Refused by REST" : "Started by REST";
        return Map.of("variables", Map.of(
                "title", value(title, "String"),
                "proposalType", value("policy", "String"),
                "changeKind", value("new", "String"),
                "directorate", value("operations", "String"),
                "aims", value("Better access", "String"),
                "affectedPeople", value("[\"patients\"]", "Json"),
                "decisionMaker", value(decisionMaker, "String"),
                "plannedDecisionDate", value(LocalDate.now().plusMonths(1).toString(), "String")));
    }

    private static Map<String, Object> value(Object value, String type) {
        return Map.of("value", value, "type", type);
    }
}
