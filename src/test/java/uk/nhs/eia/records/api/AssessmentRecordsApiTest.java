package uk.nhs.eia.records.api;

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
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.demo.process.AssessmentDriver;

/** The register and the record through the JSON API: each person sees what they may, and no more. */
@EiaSpringBootTest
class AssessmentRecordsApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    AssessmentDriver driver;

    @Test
    void authorsSeeTheirOwnLeadsTheirDirectoratesAndComplianceEverything() {
        String tag = "Visibility " + System.nanoTime();
        start("author", tag + " operations", "operations");
        start("author2", tag + " digital", "digital");
        start("author2", tag + " finance", "finance");

        assertThat(titles("author", "q=" + tag)).containsExactly(tag + " operations");
        assertThat(titles("author2", "q=" + tag)).containsExactlyInAnyOrder(tag + " digital", tag + " finance");
        assertThat(titles("lead", "q=" + tag)).containsExactlyInAnyOrder(tag + " operations", tag + " digital");
        assertThat(titles("approver", "q=" + tag)).containsExactlyInAnyOrder(tag + " operations", tag + " digital", tag + " finance");
        assertThat(titles("auditor", "q=" + tag)).hasSize(3);
    }

    @Test
    void theRegisterFiltersSortsAndPages() {
        String tag = "Register " + System.nanoTime();
        start("author", tag + " b", "operations");
        ProcessInstance withdrawn = start("author", tag + " a", "operations");
        start("author2", tag + " c", "digital");
        driver.withdraw(withdrawn, "Dropped");

        assertThat(titles("auditor", "q=" + tag + "&status=WITHDRAWN")).containsExactly(tag + " a");
        assertThat(titles("auditor", "q=" + tag + "&directorate=digital")).containsExactly(tag + " c");
        assertThat(titles("auditor", "q=" + tag.toUpperCase() + "&sort=title&order=asc"))
                .containsExactly(tag + " a", tag + " b", tag + " c");

        Map<String, Object> secondPage = (Map<String, Object>) search("auditor", "q=" + tag + "&sort=title&order=asc&size=2&page=1").getBody();
        assertThat(secondPage).containsEntry("page", 1).containsEntry("size", 2).containsEntry("totalElements", 3)
                .containsEntry("totalPages", 2);
        assertThat((List<Map<String, Object>>) secondPage.get("content")).singleElement()
                .satisfies(summary -> assertThat(summary).containsKeys("id", "reference", "title", "status",
                        "currentStep", "directorate", "author", "processInstanceId"));
    }

    @Test
    void filtersThatCannotMatchAreRefusedNamingEach() {
        ResponseEntity<Map> refused = search("auditor", "status=FINISHED&size=1000&review=soon");

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("errors").toString()).contains("key=status", "key=size", "key=review");
        assertThat(rest.getForEntity("/api/assessments", Map.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theRecordShowsStepsSubmissionsOpenTasksAndTimeline() {
        ProcessInstance instance = start("author", "Record " + System.nanoTime(), "operations");
        driver.complete(instance, "author", screening(true));
        Map<?, ?> record = rest.withBasicAuth("author", "demo")
                .getForObject("/api/assessments/" + idOf(instance), Map.class);

        assertThat(record.get("currentStep")).isEqualTo("Evidence and engagement");
        assertThat(record.get("fullAssessmentRequired")).isEqualTo(true);
        assertThat((List<Map<String, Object>>) record.get("steps")).extracting(step -> step.get("name") + "=" + step.get("state"))
                .startsWith("Proposal details=COMPLETED", "Screening=COMPLETED", "Confirm screening-out=NOT_NEEDED",
                        "Evidence and engagement=IN_PROGRESS", "Impact assessment=CANNOT_START_YET");
        assertThat((List<Map<String, Object>>) record.get("submissions")).extracting(s -> s.get("step"))
                .containsExactly("Proposal details", "Screening");
        assertThat((List<Map<String, Object>>) record.get("currentTasks")).singleElement()
                .satisfies(task -> assertThat(task).containsEntry("stepKey", "EvidenceAndEngagement")
                        .containsEntry("assignee", "author").containsEntry("formId", "evidence-and-engagement"));
        assertThat(record.get("timeline").toString()).contains("ASSESSMENT_STARTED", "SCREENING_DECIDED");
    }

    @Test
    void aRecordIsForbiddenToThoseWhoMayNotReadItAndUnknownOnesAreNotFound() {
        ProcessInstance instance = start("author", "Private " + System.nanoTime(), "operations");

        assertThat(rest.withBasicAuth("author2", "demo").getForEntity("/api/assessments/" + idOf(instance), Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("auditor", "demo").getForEntity("/api/assessments/" + idOf(instance), Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.withBasicAuth("author", "demo").getForEntity("/api/assessments/999999", Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private ProcessInstance start(String author, String title, String directorate) {
        return driver.start(author, proposal(title, "policy", "new", directorate, "approver", LocalDate.now().plusMonths(1)));
    }

    private Object idOf(ProcessInstance instance) {
        return driver.assessmentId(instance);
    }

    private ResponseEntity<Map> search(String user, String query) {
        return rest.withBasicAuth(user, "demo").getForEntity("/api/assessments?" + query, Map.class);
    }

    private List<String> titles(String user, String query) {
        return ((List<Map<String, Object>>) search(user, query).getBody().get("content")).stream()
                .map(summary -> (String) summary.get("title")).toList();
    }
}
