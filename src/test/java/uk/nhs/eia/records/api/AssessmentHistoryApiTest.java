package uk.nhs.eia.records.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.nhs.eia.demo.DemoAnswers.actionPlanAndOutcome;
import static uk.nhs.eia.demo.DemoAnswers.evidenceAndEngagement;
import static uk.nhs.eia.demo.DemoAnswers.impactAssessment;
import static uk.nhs.eia.demo.DemoAnswers.proposal;
import static uk.nhs.eia.demo.DemoAnswers.qualityReview;
import static uk.nhs.eia.demo.DemoAnswers.screening;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.web.servlet.MockMvc;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.demo.process.AssessmentDriver;

/** An assessment's full history, record and engine together, and what changed between two versions of a step. */
@EiaSpringBootTest
class AssessmentHistoryApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    MockMvc mvc;
    @Autowired
    AssessmentDriver driver;

    Object id;

    @BeforeEach
    void anActionPlanReturnedAndResubmittedWithAnotherOwnerAndOutcome() {
        LocalDate review = LocalDate.now().plusYears(1);
        ProcessInstance instance = driver.start("author", proposal("History " + System.nanoTime(), "policy", "new",
                "operations", "approver", LocalDate.now().plusMonths(2)));
        driver.complete(instance, "author", screening(true));
        driver.complete(instance, "author", evidenceAndEngagement());
        driver.complete(instance, "author", impactAssessment());
        driver.complete(instance, "author", actionPlanAndOutcome(review));
        driver.complete(instance, "lead", qualityReview("return", "action-plan"));
        Map<String, Object> revised = new HashMap<>(actionPlanAndOutcome(review));
        revised.put("actions", List.of(Map.of("action", "Add disability monitoring to the booking form",
                "owner", "Head of patient access", "dueDate", review.minusMonths(3).toString(),
                "successMeasure", "90% of bookings record disability status", "status", "not-started")));
        revised.put("outcome", "no-major-change");
        driver.complete(instance, "author", revised);
        id = driver.assessmentId(instance);
    }

    @Test
    void theHistoryJoinsTheAuditTrailAndTheEnginesHistoryAndListsEachStepsVersions() {
        Map<String, Object> history = rest.withBasicAuth("author", "demo").getForObject("/api/assessments/" + id + "/history", Map.class);

        List<Map<String, Object>> events = (List<Map<String, Object>>) history.get("events");
        assertThat(events).extracting(event -> event.get("source") + ": " + event.get("what"))
                .contains("engine: Screening started", "engine: Screening ended", "record: Screening completed",
                        "record: Quality review returned");
        List<Map<String, Object>> steps = (List<Map<String, Object>>) history.get("steps");
        assertThat(steps).filteredOn(step -> step.get("step").equals("Action plan and outcome")).singleElement()
                .satisfies(step -> assertThat((List<?>) step.get("versions")).hasSize(2));
    }

    @Test
    void theDifferenceBetweenTwoVersionsNamesEachChangedAnswerWithItsLabelAndTheWordsChosen() {
        List<Number> versions = actionPlanVersions();

        List<Map<String, Object>> changes = rest.withBasicAuth("lead", "demo").getForObject(
                "/api/assessments/" + id + "/history/diff?from=" + versions.get(0) + "&to=" + versions.get(1), List.class);

        assertThat(changes).contains(
                Map.of("field", "actions[1].owner", "label", "Actions 1: Owner", "before", "Service manager",
                        "after", "Head of patient access", "change", "changed"),
                Map.of("field", "outcome", "label", "What is the outcome of the assessment?",
                        "before", labelOf("adjust"), "after", labelOf("no-major-change"), "change", "changed"));
        assertThat(changes).hasSize(2);
    }

    @Test
    void versionsThatCannotBeComparedAreRefusedNamingTheParameter() {
        Map<String, Object> history = rest.withBasicAuth("author", "demo").getForObject("/api/assessments/" + id + "/history", Map.class);
        Number screening = (Number) ((Map<?, ?>) ((List<?>) ((Map<?, ?>) ((List<?>) history.get("steps")).get(1)).get("versions")).get(0)).get("submissionId");

        var differentSteps = rest.withBasicAuth("author", "demo").getForEntity(
                "/api/assessments/" + id + "/history/diff?from=" + screening + "&to=" + actionPlanVersions().get(1), Map.class);
        assertThat(differentSteps.getStatusCode().value()).isEqualTo(422);
        assertThat(differentSteps.getBody().get("errors").toString()).contains("key=to", "Choose two versions of the same step");
        var unknown = rest.withBasicAuth("author", "demo").getForEntity(
                "/api/assessments/" + id + "/history/diff?from=999999999&to=" + actionPlanVersions().get(1), Map.class);
        assertThat(unknown.getBody().get("errors").toString()).contains("key=from");
        assertThat(rest.withBasicAuth("author2", "demo").getForEntity("/api/assessments/" + id + "/history", Map.class)
                .getStatusCode().value()).isEqualTo(403);
    }

    @Test
    void theHistoryAndTheDifferenceArePages() throws Exception {
        List<Number> versions = actionPlanVersions();
        mvc.perform(get("/assessments/" + id + "/history").with(user("author")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Compare<span class=\"nhsuk-u-visually-hidden\"> versions of Action plan and outcome")));
        mvc.perform(get("/assessments/" + id + "/history/diff?from=" + versions.get(0) + "&to=" + versions.get(1)).with(user("author")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Actions 1: Owner")))
                .andExpect(content().string(containsString("Head of patient access")));
    }

    private List<Number> actionPlanVersions() {
        Map<String, Object> history = rest.withBasicAuth("author", "demo").getForObject("/api/assessments/" + id + "/history", Map.class);
        return ((List<Map<String, Object>>) history.get("steps")).stream()
                .filter(step -> step.get("step").equals("Action plan and outcome"))
                .flatMap(step -> ((List<Map<String, Object>>) step.get("versions")).stream())
                .map(version -> (Number) version.get("submissionId")).toList();
    }

    private static String labelOf(String outcome) {
        return switch (outcome) {
            case "adjust" -> "Adjust the proposal to remove barriers or better advance equality";
            case "no-major-change" -> "No major change needed";
            default -> outcome;
        };
    }
}
