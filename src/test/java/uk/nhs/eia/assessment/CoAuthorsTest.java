package uk.nhs.eia.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.eia.demo.DemoAnswers.actionPlanAndOutcome;
import static uk.nhs.eia.demo.DemoAnswers.evidenceAndEngagement;
import static uk.nhs.eia.demo.DemoAnswers.impactAssessment;
import static uk.nhs.eia.demo.DemoAnswers.proposal;
import static uk.nhs.eia.demo.DemoAnswers.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.demo.process.AssessmentDriver;
import uk.nhs.eia.roles.Groups;

/** An author shares an assessment: the co-author reads it and works on its author steps, and never reviews it. */
@EiaSpringBootTest
class CoAuthorsTest {

    /** An author who is also an equality lead, so that sharing could otherwise let them review their own work. */
    private static final String CO_AUTHOR = "coauthor";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    AssessmentDriver driver;
    @Autowired
    IdentityService identity;

    @BeforeEach
    void aCoAuthorWhoIsAlsoAnEqualityLead() {
        if (identity.createUserQuery().userId(CO_AUTHOR).count() == 0) {
            User user = identity.newUser(CO_AUTHOR);
            user.setPassword("demo");
            identity.saveUser(user);
            identity.createMembership(CO_AUTHOR, Groups.AUTHORS);
            identity.createMembership(CO_AUTHOR, Groups.EQUALITY_LEADS);
        }
    }

    @Test
    void aCoAuthorReadsTheAssessmentAndCompletesItsAuthorStepsUntilSharingStops() {
        ProcessInstance instance = start();
        Object id = idOf(instance);
        assertThat(read(CO_AUTHOR, id)).isEqualTo(HttpStatus.FORBIDDEN);

        assertThat(share("author", id, CO_AUTHOR).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

        assertThat(read(CO_AUTHOR, id)).isEqualTo(HttpStatus.OK);
        String screeningTask = driver.currentTask(instance).getId();
        assertThat(List.of(rest.withBasicAuth(CO_AUTHOR, "demo").getForObject("/api/tasks?scope=mine", Map[].class)))
                .anyMatch(task -> task.get("id").equals(screeningTask));
        assertThat(complete(CO_AUTHOR, screeningTask, screening(true)).getStatusCode()).isEqualTo(HttpStatus.OK);
        String evidenceTask = driver.currentTask(instance).getId();
        assertThat(rest.withBasicAuth(CO_AUTHOR, "demo").getForEntity("/engine-rest/task/" + evidenceTask, Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);

        rest.withBasicAuth("author", "demo").exchange("/api/assessments/" + id + "/shares/" + CO_AUTHOR, HttpMethod.DELETE,
                null, Void.class);

        assertThat(read(CO_AUTHOR, id)).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(complete(CO_AUTHOR, evidenceTask, evidenceAndEngagement()).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void aCoAuthorCannotReviewTheQualityOfTheAssessmentTheyHelpedWrite() {
        ProcessInstance instance = start();
        share("author", idOf(instance), CO_AUTHOR);
        driver.complete(instance, "author", screening(true));
        driver.complete(instance, "author", evidenceAndEngagement());
        driver.complete(instance, "author", impactAssessment());
        driver.complete(instance, "author", actionPlanAndOutcome(LocalDate.now().plusYears(1)));

        ResponseEntity<Map> refused = rest.withBasicAuth(CO_AUTHOR, "demo").postForEntity("/api/tasks/"
                + driver.currentTask(instance).getId() + "/claim", null, Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat((String) refused.getBody().get("detail")).contains("is a co-author of EIA-");
    }

    @Test
    void onlyTheAuthorSharesAndOnlyWithAnotherEiaAuthor() {
        Object id = idOf(start());

        assertThat(share("author2", id, CO_AUTHOR).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(share("author", id, "lead").getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(share("author", id, "author").getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(share("author", id, "author2").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(share("author", id, "author2").getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(rest.withBasicAuth("author", "demo").getForObject("/api/assessments/" + id, Map.class))
                .containsEntry("coAuthors", List.of("author2"));
    }

    private ProcessInstance start() {
        return driver.start("author", proposal("Shared " + System.nanoTime(), "service-change", "new", "operations",
                "approver", LocalDate.now().plusMonths(2)));
    }

    private Object idOf(ProcessInstance instance) {
        return driver.assessmentId(instance);
    }

    private HttpStatus read(String user, Object id) {
        return HttpStatus.valueOf(rest.withBasicAuth(user, "demo").getForEntity("/api/assessments/" + id, Map.class)
                .getStatusCode().value());
    }

    private ResponseEntity<Map> share(String user, Object id, String coAuthor) {
        return rest.withBasicAuth(user, "demo").postForEntity("/api/assessments/" + id + "/shares",
                Map.of("username", coAuthor), Map.class);
    }

    private ResponseEntity<Map> complete(String user, String task, Map<String, Object> answers) {
        return rest.withBasicAuth(user, "demo").postForEntity("/api/tasks/" + task + "/complete", Map.of("data", answers),
                Map.class);
    }
}
