package uk.nhs.eia.quality.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static uk.nhs.eia.demo.DemoAnswers.actionPlanAndOutcome;
import static uk.nhs.eia.demo.DemoAnswers.evidenceAndEngagement;
import static uk.nhs.eia.demo.DemoAnswers.impactAssessment;
import static uk.nhs.eia.demo.DemoAnswers.proposal;
import static uk.nhs.eia.demo.DemoAnswers.screening;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.MockMvc;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.demo.process.AssessmentDriver;
import uk.nhs.eia.quality.QualityScores;

/** A poor assessment shows its author and its reviewer exactly which checks failed, and where to fix them. */
@EiaSpringBootTest
class QualityApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    MockMvc mvc;
    @Autowired
    AssessmentDriver driver;
    @Autowired
    QualityScores scores;

    @Test
    void aNegativeImpactWithNoActionAndNaAsARationaleFailTheirChecksForTheAuthorAndTheReviewer() throws Exception {
        ProcessInstance instance = driver.start("author", proposal("Poor " + System.nanoTime(), "service-change", "new",
                "operations", "approver", LocalDate.now().plusMonths(2)));
        driver.complete(instance, "author", screening(true));
        driver.complete(instance, "author", evidenceAndEngagement());
        Map<String, Object> impact = new HashMap<>(impactAssessment());
        impact.put("raceImpact", "negative");
        impact.put("raceRationale", "n/a");
        driver.complete(instance, "author", impact);
        Object id = driver.assessmentId(instance);

        Map<?, ?> report = rest.withBasicAuth("author", "demo").getForObject("/api/assessments/" + id + "/quality", Map.class);

        assertThat(scores.of(((Number) id).longValue(), 1)).contains((Integer) report.get("score"));
        assertThat(((List<Map<String, Object>>) report.get("checks"))).filteredOn(check -> !(Boolean) check.get("passed"))
                .extracting(check -> check.get("id") + " " + check.get("field"))
                .contains("Q1 action-plan-and-outcome#", "Q2 impact-assessment#raceRationale");
        String actionPlan = driver.currentTask(instance).getId();
        mvc.perform(get("/tasks/" + actionPlan).with(user("author").authorities(() -> "GROUP_eia-authors")))
                .andExpect(content().string(containsString("Add an action for the negative or not-known impact on")))
                .andExpect(content().string(containsString("race")));

        driver.complete(instance, "author", actionPlanAndOutcome(LocalDate.now().plusYears(1)));
        assertThat(rest.withBasicAuth("lead", "demo").getForObject("/api/assessments/" + id + "/quality", Map.class)
                .get("checks").toString()).contains("Give a real reason for the rating of race");
        String review = driver.currentTask(instance).getId();
        rest.withBasicAuth("lead", "demo").postForEntity("/api/tasks/" + review + "/claim", null, Map.class);
        mvc.perform(get("/tasks/" + review).with(user("lead").authorities(() -> "GROUP_equality-leads")))
                .andExpect(content().string(containsString("Quality check, by what you rate")))
                .andExpect(content().string(matchesPattern("(?s).*<dt class=\"nhsuk-summary-list__key\">Impact analysis</dt>\\s*"
                        + "<dd class=\"nhsuk-summary-list__value\">.*Give a real reason for the rating of race.*"
                        + "<dt class=\"nhsuk-summary-list__key\">Action plan</dt>.*")));
    }

    @Test
    void theQualityOfAnAssessmentIsForThoseWhoMayReadIt() {
        ProcessInstance instance = driver.start("author", proposal("Private quality " + System.nanoTime(), "policy", "new",
                "operations", "approver", LocalDate.now().plusMonths(2)));
        Object id = driver.assessmentId(instance);

        assertThat(rest.withBasicAuth("author2", "demo").getForEntity("/api/assessments/" + id + "/quality", Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("author", "demo").getForEntity("/api/assessments/999999/quality", Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.getForEntity("/api/assessments/" + id + "/quality", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
}
