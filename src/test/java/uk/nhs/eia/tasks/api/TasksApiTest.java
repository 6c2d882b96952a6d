package uk.nhs.eia.tasks.api;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.eia.demo.DemoAnswers.actionPlanAndOutcome;
import static uk.nhs.eia.demo.DemoAnswers.evidenceAndEngagement;
import static uk.nhs.eia.demo.DemoAnswers.impactAssessment;
import static uk.nhs.eia.demo.DemoAnswers.proposal;
import static uk.nhs.eia.demo.DemoAnswers.qualityReview;
import static uk.nhs.eia.demo.DemoAnswers.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.demo.process.AssessmentDriver;
import uk.nhs.eia.roles.Groups;

/** Task lists, claiming, handing back and returning with comments through the JSON API. */
@EiaSpringBootTest
class TasksApiTest {

    private static final String SECOND_LEAD = "lead2";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    AssessmentDriver driver;
    @Autowired
    IdentityService identity;

    @BeforeEach
    void aSecondEqualityLead() {
        if (identity.createUserQuery().userId(SECOND_LEAD).count() == 0) {
            User user = identity.newUser(SECOND_LEAD);
            user.setPassword("demo");
            identity.saveUser(user);
            identity.createMembership(SECOND_LEAD, Groups.EQUALITY_LEADS);
        }
    }

    @Test
    void myTasksAreAssignedToMeAndTeamTasksWaitUnclaimedInMyGroups() {
        ProcessInstance instance = atQualityReview();
        String qualityReview = driver.currentTask(instance).getId();

        List<Map<String, Object>> team = tasks("lead", "team");
        assertThat(team).filteredOn(task -> task.get("id").equals(qualityReview)).singleElement()
                .satisfies(task -> assertThat(task)
                        .containsEntry("name", "Quality review").containsEntry("stepKey", "QualityReview")
                        .containsEntry("assignee", null).containsEntry("candidateGroups", List.of("equality-leads"))
                        .containsEntry("formId", "quality-review").containsKeys("assessmentId", "reference", "due"));
        assertThat(tasks("lead", "mine")).noneMatch(task -> task.get("id").equals(qualityReview));
        assertThat(tasks("author", "team")).noneMatch(task -> task.get("id").equals(qualityReview));
        assertThat(rest.withBasicAuth("lead", "demo").getForEntity("/api/tasks?scope=everyone", Map.class).getStatusCode())
                .isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(rest.getForEntity("/api/tasks", Map.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aClaimedTaskMovesToMyTasksAndBackToTheTeamWhenIUnclaimIt() {
        String qualityReview = driver.currentTask(atQualityReview()).getId();

        assertThat(post("lead", qualityReview, "claim").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(post("lead", qualityReview, "claim").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(tasks("lead", "mine")).anyMatch(task -> task.get("id").equals(qualityReview));
        assertThat(post(SECOND_LEAD, qualityReview, "claim").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(post(SECOND_LEAD, qualityReview, "unclaim").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        assertThat(post("lead", qualityReview, "unclaim").getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(tasks(SECOND_LEAD, "team")).anyMatch(task -> task.get("id").equals(qualityReview));
    }

    @Test
    void claimsOutsideMyGroupsAreForbiddenAndUnknownOrFinishedTasksSaySo() {
        ProcessInstance instance = atQualityReview();
        String qualityReview = driver.currentTask(instance).getId();

        assertThat(post("author", qualityReview, "claim").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(post("lead", "no-such-task", "claim").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        driver.complete(instance, "lead", qualityReview("accept", null));
        assertThat(post("lead", qualityReview, "claim").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        String signOff = driver.currentTask(instance).getId();
        assertThat(post("approver", signOff, "unclaim").getBody().get("detail"))
                .isEqualTo("This step is yours alone; there is no team queue to put it back in");
    }

    @Test
    void twoLeadsClaimingTheSameTaskAtOnceOneWinsAndTheOtherIsAConflict() {
        String qualityReview = driver.currentTask(atQualityReview()).getId();
        CountDownLatch ready = new CountDownLatch(1);
        List<CompletableFuture<HttpStatus>> attempts = new ArrayList<>();
        for (String lead : List.of("lead", SECOND_LEAD)) {
            attempts.add(CompletableFuture.supplyAsync(() -> {
                await(ready);
                return HttpStatus.valueOf(post(lead, qualityReview, "claim").getStatusCode().value());
            }));
        }
        ready.countDown();

        assertThat(attempts.stream().map(CompletableFuture::join).toList())
                .containsExactlyInAnyOrder(HttpStatus.NO_CONTENT, HttpStatus.CONFLICT);
        List<HttpStatus> completions = List.of("lead", SECOND_LEAD).stream()
                .map(lead -> HttpStatus.valueOf(rest.withBasicAuth(lead, "demo").postForEntity("/api/tasks/" + qualityReview
                        + "/complete", Map.of("data", qualityReview("accept", null)), Map.class).getStatusCode().value()))
                .toList();
        assertThat(completions).containsExactlyInAnyOrder(HttpStatus.OK, HttpStatus.CONFLICT);
    }

    @Test
    void anEqualityLeadReturnsTheAssessmentToAStepWithACommentTheRecordKeeps() {
        ProcessInstance instance = atQualityReview();
        String qualityReview = driver.currentTask(instance).getId();
        post("lead", qualityReview, "claim");

        ResponseEntity<Map> returned = returnTo("lead", qualityReview, "impact", "Explain the neutral rating for race.");

        assertThat(returned.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(returned.getBody()).containsEntry("currentStep", "Impact assessment");
        Map<?, ?> record = rest.withBasicAuth("author", "demo").getForObject("/api/assessments/" + returned.getBody().get("id"), Map.class);
        assertThat((List<Map<String, Object>>) record.get("comments")).singleElement()
                .satisfies(comment -> assertThat(comment).containsEntry("step", "Quality review")
                        .containsEntry("text", "Explain the neutral rating for race.").containsEntry("by", "lead"));
    }

    @Test
    void aReturnNeedsAStepTheReviewOffersAndACommentAndOnlyReviewStepsCanBeReturned() {
        ProcessInstance instance = atQualityReview();
        String qualityReview = driver.currentTask(instance).getId();

        assertThat(returnTo("lead", qualityReview, "impact", "Not yet claimed").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(returnTo("author2", qualityReview, "impact", "Not my team").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        post("lead", qualityReview, "claim");
        ResponseEntity<Map> refused = returnTo("lead", qualityReview, "screening", " ");
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("errors").toString()).contains("key=toStep", "key=comment");
        assertThat(driver.currentTask(instance).getId()).isEqualTo(qualityReview);

        ProcessInstance other = driver.start("author", proposal("Author step", "policy", "new", "operations", "approver",
                LocalDate.now().plusMonths(1)));
        assertThat(returnTo("author", driver.currentTask(other).getId(), "evidence", "Back to myself").getBody().get("detail"))
                .isEqualTo("This step cannot be returned; only a screening-out check, a quality review or a sign-off can");
    }

    private ProcessInstance atQualityReview() {
        ProcessInstance instance = driver.start("author", proposal("Tasks API " + System.nanoTime(), "service-change", "new",
                "operations", "approver", LocalDate.now().plusMonths(2)));
        driver.complete(instance, "author", screening(true));
        driver.complete(instance, "author", evidenceAndEngagement());
        driver.complete(instance, "author", impactAssessment());
        driver.complete(instance, "author", actionPlanAndOutcome(LocalDate.now().plusYears(1)));
        return instance;
    }

    private List<Map<String, Object>> tasks(String user, String scope) {
        return List.of(rest.withBasicAuth(user, "demo").getForObject("/api/tasks?scope=" + scope, Map[].class)).stream()
                .map(task -> (Map<String, Object>) task).toList();
    }

    private ResponseEntity<Map> post(String user, String task, String action) {
        return rest.withBasicAuth(user, "demo").postForEntity("/api/tasks/" + task + "/" + action, null, Map.class);
    }

    private ResponseEntity<Map> returnTo(String user, String task, String toStep, String comment) {
        return rest.withBasicAuth(user, "demo").postForEntity("/api/tasks/" + task + "/return",
                Map.of("toStep", toStep, "comment", comment), Map.class);
    }

    private static void await(CountDownLatch ready) {
        try {
            ready.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
