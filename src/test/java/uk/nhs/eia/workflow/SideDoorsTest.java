package uk.nhs.eia.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.eia.demo.DemoAnswers.actionPlanAndOutcome;
import static uk.nhs.eia.demo.DemoAnswers.evidenceAndEngagement;
import static uk.nhs.eia.demo.DemoAnswers.impactAssessment;
import static uk.nhs.eia.demo.DemoAnswers.proposal;
import static uk.nhs.eia.demo.DemoAnswers.screening;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.demo.process.AssessmentDriver;
import uk.nhs.eia.workflow.EngineDoors.Door;

/**
 * The ways an author's password once rewrote records through the engine's REST API, each tried again at
 * {@code /engine-rest} and in Tasklist's API: each is refused with a clear 4xx, and nothing the service owns changes.
 */
@EiaSpringBootTest
class SideDoorsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    AssessmentDriver driver;
    @Autowired
    RuntimeService runtime;
    @Autowired
    RepositoryService repository;
    @Autowired
    JdbcClient jdbc;

    private EngineDoors doors;
    private ServiceOwnedFacts facts;

    @BeforeEach
    void openDoors() {
        doors = new EngineDoors(port);
        facts = new ServiceOwnedFacts(jdbc);
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void nobodyStartsAnAssessmentInSomeoneElsesName(Door door) throws Exception {
        long cases = runtime.createProcessInstanceQuery().count();
        Map<String, Object> variables = variables(proposal("In another's name", "policy", "new", "operations", "approver",
                LocalDate.now().plusMonths(1)));
        variables.put("author", Map.of("value", "author2"));

        HttpResponse<String> answer = doors.send(door, "author", "POST",
                "/process-definition/key/equality-impact-assessment/start", JSON.writeValueAsString(Map.of("variables", variables)));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains("\\\"author\\\" is not a question on this form");
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(cases);
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void nobodyStartsAnAssessmentHalfwayThrough(Door door) throws Exception {
        long cases = runtime.createProcessInstanceQuery().count();
        String body = JSON.writeValueAsString(Map.of("variables", Map.of(),
                "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "SignOff"))));

        HttpResponse<String> answer = doors.send(door, "author", "POST",
                "/process-definition/key/equality-impact-assessment/start", body);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(cases);
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void nobodyButTheServiceBringsAnEarlierAssessmentIntoTheReviewCycle(Door door) throws Exception {
        long cases = runtime.createProcessInstanceQuery().count();
        String body = JSON.writeValueAsString(Map.of("messageName", "assessment-imported", "businessKey", "OLD-1",
                "processVariables", Map.of("author", Map.of("value", "author"), "reviewDate", Map.of("value", "2020-01-01"))));

        HttpResponse<String> answer = doors.send(door, "author", "POST", "/message", body);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(403);
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(cases);
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void aValidStepWithVariablesItsFormDoesNotAskForIsRefusedWhole(Door door) throws Exception {
        ScreeningCase atScreening = startedByAuthor();
        Map<String, Object> variables = variables(screening(true));
        variables.put("decisionMaker", Map.of("value", "author2"));
        variables.put("author", Map.of("value", "author2"));
        variables.put("assessmentId", Map.of("value", 1, "type", "Long"));
        Map<String, Object> before = facts.of(atScreening.processInstance(), atScreening.assessment());

        HttpResponse<String> answer = doors.send(door, "author", "POST", "/task/" + atScreening.task() + "/complete",
                JSON.writeValueAsString(Map.of("variables", variables)));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.body()).contains("assessmentId", "author", "decisionMaker");
        assertThat(facts.of(atScreening.processInstance(), atScreening.assessment())).isEqualTo(before);
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void anAuthorCannotRewriteOrHandOnTheirOwnStep(Door door) throws Exception {
        ScreeningCase atScreening = startedByAuthor();
        String task = "/task/" + atScreening.task();
        String value = "{\"value\":\"author2\",\"type\":\"String\"}";
        Map<String, String> attempts = new LinkedHashMap<>();
        attempts.put("POST " + task + "/variables", "{\"modifications\":{\"decisionMaker\":" + value + "}}");
        attempts.put("PUT " + task + "/variables/decisionMaker", value);
        attempts.put("PUT " + task + "/localVariables/author", value);
        attempts.put("POST " + task + "/resolve", "{\"variables\":{\"decisionMaker\":" + value + "}}");
        attempts.put("PUT " + task, "{\"name\":\"Nothing to see\",\"description\":\"Renamed\"}");
        attempts.put("POST " + task + "/assignee", "{\"userId\":\"author2\"}");
        attempts.put("POST " + task + "/delegate", "{\"userId\":\"author2\"}");
        attempts.put("POST " + task + "/identity-links", "{\"userId\":\"author2\",\"type\":\"candidate\"}");
        attempts.put("POST " + task + "/claim", "{\"userId\":\"author2\"}");
        attempts.put("POST " + task + "/unclaim", "{}");
        attempts.put("POST " + task + "/bpmnError", "{\"errorCode\":\"abandon\"}");
        attempts.put("POST " + task + "/comment/create", "{\"message\":\"Not through the record\"}");
        Map<String, Object> before = facts.of(atScreening.processInstance(), atScreening.assessment());

        for (var attempt : attempts.entrySet()) {
            String[] request = attempt.getKey().split(" ", 2);
            HttpResponse<String> answer = doors.send(door, "author", request[0], request[1], attempt.getValue());

            assertThat(answer.statusCode()).as("%s answered %s", attempt.getKey(), answer.body()).isEqualTo(403);
            assertThat(answer.body()).as(attempt.getKey()).contains("\"message\"");
            assertThat(facts.of(atScreening.processInstance(), atScreening.assessment())).as(attempt.getKey()).isEqualTo(before);
        }
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void anAuthorClaimingTheQualityReviewOfTheirOwnAssessmentIsRefusedWith403(Door door) throws Exception {
        ProcessInstance instance = driver.start("author", proposal("Own review", "service-change", "new", "operations",
                "approver", LocalDate.now().plusMonths(2)));
        driver.complete(instance, "author", screening(true));
        driver.complete(instance, "author", evidenceAndEngagement());
        driver.complete(instance, "author", impactAssessment());
        driver.complete(instance, "author", actionPlanAndOutcome(LocalDate.now().plusYears(1)));
        String review = driver.currentTask(instance).getId();

        // The approver named as decision-maker is no equality lead either; the lead who is may claim it.
        HttpResponse<String> refused = doors.send(door, "approver", "POST", "/task/" + review + "/claim", "{\"userId\":\"approver\"}");
        HttpResponse<String> claimed = doors.send(door, "lead", "POST", "/task/" + review + "/claim", "{\"userId\":\"lead\"}");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
        assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void anAdministratorRepairsACaseAndTheRepairIsOnTheAssessmentsAuditTrail(Door door) throws Exception {
        ScreeningCase atScreening = startedByAuthor();
        Object chainEnd = facts.audit().get("audit") instanceof List<?> end && !end.isEmpty()
                ? ((Map<?, ?>) end.get(0)).get("CHAIN_SEQ") : 0;

        HttpResponse<String> repaired = doors.send(door, "admin", "PUT",
                "/process-instance/" + atScreening.processInstance() + "/variables/reviewNote",
                "{\"value\":\"Decision-maker on leave until March\",\"type\":\"String\"}");

        assertThat(repaired.statusCode()).as(repaired.body()).isEqualTo(204);
        assertThat(runtime.getVariable(atScreening.processInstance(), "reviewNote")).isEqualTo("Decision-maker on leave until March");
        assertThat(facts.auditEventsAfter(chainEnd, EngineDoorFilter.AUDIT_TYPE)).singleElement()
                .satisfies(event -> {
                    assertThat(event.get("ACTOR")).isEqualTo("admin");
                    assertThat(((Number) event.get("ASSESSMENT_ID")).longValue()).isEqualTo(atScreening.assessment());
                    assertThat(event.get("SUMMARY").toString()).contains("setProcessInstanceVariable", atScreening.processInstance());
                });
    }

    @ParameterizedTest
    @EnumSource(Door.class)
    void peopleAndGrantsAreChangedOnlyOnTheServicesPages(Door door) throws Exception {
        Map<String, Object> before = facts.audit();

        HttpResponse<String> user = doors.send(door, "admin", "POST", "/user/create",
                "{\"profile\":{\"id\":\"sideways\"},\"credentials\":{\"password\":\"a-long-password-1\"}}");
        HttpResponse<String> membership = doors.send(door, "admin", "PUT", "/group/eia-admins/members/author", null);
        HttpResponse<String> grant = doors.send(door, "auditor", "POST", "/authorization/create", "{}");

        assertThat(List.of(user.statusCode(), membership.statusCode(), grant.statusCode())).containsOnly(403);
        assertThat(user.body()).contains("user administration pages");
        assertThat(facts.audit()).isEqualTo(before);
    }

    private ScreeningCase startedByAuthor() {
        return ScreeningCase.start(driver, repository, "Side doors");
    }

    /** Answers as the engine's REST API takes them: each value with its type, lists as Json. */
    private static Map<String, Object> variables(Map<String, Object> answers) throws Exception {
        Map<String, Object> variables = new LinkedHashMap<>();
        for (var answer : answers.entrySet()) {
            Object value = answer.getValue();
            variables.put(answer.getKey(), value instanceof List<?> || value instanceof Map<?, ?>
                    ? Map.of("value", JSON.writeValueAsString(value), "type", "Json")
                    : Map.of("value", value instanceof LocalDate date ? date.toString() : value));
        }
        return variables;
    }

}
