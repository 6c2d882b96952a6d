package uk.nhs.eia.tasks.api;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.eia.demo.DemoAnswers.proposal;
import static uk.nhs.eia.demo.DemoAnswers.screening;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.demo.process.AssessmentDriver;

/** Our JSON API as a door to a step: the same checks as every other door, and clear answers when it cannot. */
@EiaSpringBootTest
class TaskFormsApiTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    AssessmentDriver driver;

    @Test
    void anInvalidStepIsRefusedWith422AndTheSameFieldErrorsAsEveryOtherDoor() {
        String task = screeningTask();
        Map<String, Object> answers = screening(true);
        answers.remove("vulnerability");
        answers.put("riskLikelihood", 9);

        ResponseEntity<Map> refused = complete("author", task, answers);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat((List<Map<String, String>>) refused.getBody().get("errors")).containsExactly(
                Map.of("key", "vulnerability", "message", "Select how vulnerable the people affected are"),
                Map.of("key", "riskLikelihood", "message", "How likely it is that a group will be disadvantaged must be between 1 and 4"));
    }

    @Test
    void aKeyTheFormDoesNotHaveIsRefused() {
        Map<String, Object> answers = screening(true);
        answers.put("fullAssessmentRequired", false);

        ResponseEntity<Map> refused = complete("author", screeningTask(), answers);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(refused.getBody().get("errors").toString()).contains("fullAssessmentRequired");
    }

    @Test
    void aValidStepMovesTheAssessmentOn() {
        ResponseEntity<Map> done = complete("author", screeningTask(), screening(true));

        assertThat(done.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(done.getBody()).containsEntry("currentStep", "Evidence and engagement");
        assertThat((String) done.getBody().get("reference")).startsWith("EIA-");
    }

    @Test
    void aStepCompletedAlreadyIsAConflict() {
        String task = screeningTask();
        complete("author", task, screening(true));

        assertThat(complete("author", task, screening(true)).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void aTaskGivenToSomeoneElseOrOutsideYourGroupsIsForbiddenAndAnUnclaimedTeamTaskMustBeClaimed() {
        String task = screeningTask();

        assertThat(complete("author2", task, screening(true)).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ProcessInstance instance = driver.start("author", proposal("Screened out", "policy", "new", "operations", "approver",
                LocalDate.now().plusMonths(1)));
        driver.complete(instance, "author", screening(false));
        String confirm = driver.currentTask(instance).getId();
        assertThat(complete("auditor", confirm, Map.of("screeningOutDecision", "agree")).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(complete("lead", confirm, Map.of("screeningOutDecision", "agree")).getBody().get("detail"))
                .isEqualTo("Claim the task before completing it");
    }

    @Test
    void anUnknownTaskIsNotFound() {
        assertThat(complete("author", "no-such-task", screening(true)).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void twoCompletionsAtOnceSucceedOnceAndTheOtherIsAConflict() throws Exception {
        String task = screeningTask();
        CountDownLatch ready = new CountDownLatch(1);
        List<CompletableFuture<HttpStatus>> attempts = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            attempts.add(CompletableFuture.supplyAsync(() -> {
                try {
                    ready.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return HttpStatus.valueOf(complete("author", task, screening(true)).getStatusCode().value());
            }));
        }
        ready.countDown();

        List<HttpStatus> outcomes = attempts.stream().map(CompletableFuture::join).toList();

        assertThat(outcomes).containsExactlyInAnyOrder(HttpStatus.OK, HttpStatus.CONFLICT);
    }

    @Test
    void aDraftSavedThroughTheApiComesBackWithTheForm() {
        String task = screeningTask();

        ResponseEntity<Void> saved = rest.withBasicAuth("author", "demo").exchange("/api/tasks/" + task + "/draft",
                HttpMethod.PUT, new HttpEntity<>(Map.of("data", Map.of("affectsPeople", "yes"))), Void.class);
        ResponseEntity<Map> form = rest.withBasicAuth("author", "demo").getForEntity("/api/tasks/" + task + "/form", Map.class);

        assertThat(saved.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(form.getBody().get("data")).isEqualTo(Map.of("affectsPeople", "yes"));
        assertThat(((Map<?, ?>) form.getBody().get("schema")).get("id")).isEqualTo("screening");
    }

    @Test
    void nobodyButThePersonHoldingTheTaskCanSeeItsFormOrSaveADraft() {
        String task = screeningTask();

        assertThat(rest.withBasicAuth("author2", "demo").getForEntity("/api/tasks/" + task + "/form", Map.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("auditor", "demo").exchange("/api/tasks/" + task + "/draft", HttpMethod.PUT,
                new HttpEntity<>(Map.of("data", Map.of())), Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    private ResponseEntity<Map> complete(String user, String task, Map<String, Object> answers) {
        return rest.withBasicAuth(user, "demo").postForEntity("/api/tasks/" + task + "/complete", Map.of("data", answers), Map.class);
    }

    private String screeningTask() {
        return driver.currentTask(driver.start("author", proposal("Through the API", "policy", "new", "operations",
                "approver", LocalDate.now().plusMonths(1)))).getId();
    }
}
