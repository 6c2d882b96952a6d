package uk.nhs.eia.forms.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.nhs.eia.demo.DemoAnswers.proposal;
import static uk.nhs.eia.demo.DemoAnswers.screening;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import uk.nhs.eia.forms.AnswersRefused;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.assessment.AssessmentService;
import uk.nhs.eia.assessment.SubmittedAnswers;
import uk.nhs.eia.demo.process.AssessmentDriver;

/**
 * The same invalid screening is refused at every door of the engine with the same field errors, the task stays
 * open and nothing is stored; the same valid one is stored identically.
 */
@EiaSpringBootTest
class EveryDoorTest {

    private static final String EXPECTED_ERRORS = "There is a problem: Select how vulnerable the people affected are; "
            + "How likely it is that a group will be disadvantaged must be between 1 and 4";

    @Autowired
    AssessmentDriver driver;
    @Autowired
    AssessmentService assessments;
    @Autowired
    TaskService tasks;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    MockMvc mvc;

    @Test
    void theJavaApiRefusesAnInvalidStepAndKeepsTheTaskOpen() {
        ProcessInstance instance = start();

        assertThatThrownBy(() -> driver.complete(instance, "author", invalidScreening()))
                .isInstanceOf(AnswersRefused.class).hasMessage(EXPECTED_ERRORS);

        assertRefusedAndNothingStored(instance);
    }

    @Test
    void engineRestCompleteRefusesAnInvalidStepWith400() {
        ProcessInstance instance = start();
        Task task = driver.currentTask(instance);

        ResponseEntity<Map> refused = rest.withBasicAuth("author", "demo").postForEntity(
                "/engine-rest/task/" + task.getId() + "/complete", Map.of("variables", asRest(invalidScreening())), Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("message")).contains(EXPECTED_ERRORS);
        assertRefusedAndNothingStored(instance);
    }

    @Test
    void engineRestSubmitFormRefusesAnInvalidStepWith400() {
        ProcessInstance instance = start();
        Task task = driver.currentTask(instance);

        ResponseEntity<Map> refused = rest.withBasicAuth("author", "demo").postForEntity(
                "/engine-rest/task/" + task.getId() + "/submit-form", Map.of("variables", asRest(invalidScreening())), Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("message")).contains(EXPECTED_ERRORS);
        assertRefusedAndNothingStored(instance);
    }

    @Test
    void engineRestStartRefusesAnIncompleteProposalWith400AndStartsNothing() {
        long before = runtime.createProcessInstanceQuery().count();
        Map<String, Object> proposal = new HashMap<>(proposal("x", "policy", "new", "operations", "approver",
                LocalDate.now().plusMonths(1)));
        proposal.remove("title");
        proposal.put("plannedDecisionDate", "31/01/2027");

        ResponseEntity<Map> refused = rest.withBasicAuth("author", "demo").postForEntity(
                "/engine-rest/process-definition/key/equality-impact-assessment/start",
                Map.of("variables", asRest(proposal)), Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("message"))
                .contains("Enter the title of the proposal", "The planned decision date must be a real date");
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
    }

    @Test
    void aValidStepIsKeptAsASnapshotOfItsFormVersionAndReadsBackExactly() {
        ProcessInstance instance = start();
        Map<String, Object> answers = screening(true);

        driver.complete(instance, "author", answers);

        List<SubmittedAnswers> kept = assessments.submissionsOf(recordId(instance));
        assertThat(kept).extracting(SubmittedAnswers::getStep).containsExactly("Proposal details", "Screening");
        SubmittedAnswers screening = kept.get(1);
        assertThat(screening.getFormId()).isEqualTo("screening");
        assertThat(screening.getFormVersion()).isPositive();
        assertThat(screening.getSubmittedBy()).isEqualTo("author");
        assertThat(screening.getAnswers()).containsEntry("screeningRationale", answers.get("screeningRationale"))
                .containsEntry("differentialImpact", "yes").containsEntry("riskLikelihood", 3);
    }

    @Test
    void engineRestStartFormSubmissionRefusesAnIncompleteProposalWith400() {
        Map<String, Object> proposal = new HashMap<>(proposal("x", "policy", "new", "operations", "approver",
                LocalDate.now().plusMonths(1)));
        proposal.remove("aims");
        proposal.put("affectedPeople", Map.of("value", "[\"everyone\"]", "type", "Json"));

        Map<String, Object> variables = asRest(proposal);
        variables.put("affectedPeople", proposal.get("affectedPeople"));
        ResponseEntity<Map> refused = rest.withBasicAuth("author", "demo").postForEntity(
                "/engine-rest/process-definition/key/equality-impact-assessment/submit-form",
                Map.of("variables", variables), Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) refused.getBody().get("message"))
                .contains("Enter the aims and intended outcomes", "Select who could be affected from the options given");
    }

    @Test
    void theSameValidStepIsStoredIdenticallyWhicheverDoorItCameThrough() throws Exception {
        Map<String, Object> answers = screening(true);

        ProcessInstance viaJava = start();
        driver.complete(viaJava, "author", answers);

        ProcessInstance viaEngineRest = start();
        rest.withBasicAuth("author", "demo").postForEntity("/engine-rest/task/" + driver.currentTask(viaEngineRest).getId()
                + "/submit-form", Map.of("variables", asRest(answers)), Map.class);

        ProcessInstance viaApi = start();
        rest.withBasicAuth("author", "demo").postForEntity("/api/tasks/" + driver.currentTask(viaApi).getId() + "/complete",
                Map.of("data", answers), Map.class);

        ProcessInstance viaPage = start();
        String pageTask = driver.currentTask(viaPage).getId();
        var page = post("/tasks/" + pageTask).with(csrf()).with(user("author").authorities(() -> "GROUP_eia-authors"));
        answers.forEach((key, value) -> page.param(key, String.valueOf(value)));
        mvc.perform(page).andExpect(redirectedUrl("/tasks/" + pageTask + "/check"));
        mvc.perform(post("/tasks/" + pageTask + "/submit").with(csrf()).with(user("author").authorities(() -> "GROUP_eia-authors")))
                .andExpect(redirectedUrl("/"));

        Map<String, Object> stored = screeningAnswers(viaJava);
        assertThat(stored).isNotEmpty();
        assertThat(List.of(screeningAnswers(viaEngineRest), screeningAnswers(viaApi), screeningAnswers(viaPage)))
                .allSatisfy(other -> assertThat(other).isEqualTo(stored));
    }

    private Map<String, Object> screeningAnswers(ProcessInstance instance) {
        return assessments.submissionsOf(recordId(instance)).stream().filter(s -> s.getStep().equals("Screening"))
                .findFirst().orElseThrow().getAnswers();
    }

    private void assertRefusedAndNothingStored(ProcessInstance instance) {
        assertThat(driver.currentTask(instance).getTaskDefinitionKey()).isEqualTo("Screening");
        assertThat(assessments.submissionsOf(recordId(instance))).extracting(SubmittedAnswers::getStep)
                .containsExactly("Proposal details");
        assertThat(runtime.getVariable(instance.getId(), "screeningRationale")).isNull();
    }

    private ProcessInstance start() {
        return driver.start("author", proposal("Door test", "policy", "new", "operations", "approver",
                LocalDate.now().plusMonths(1)));
    }

    private Long recordId(ProcessInstance instance) {
        return assessments.byProcessInstances(List.of(instance.getId())).get(0).getId();
    }

    private static Map<String, Object> invalidScreening() {
        Map<String, Object> answers = screening(true);
        answers.remove("vulnerability");
        answers.put("riskLikelihood", 9);
        return answers;
    }

    private static Map<String, Object> asRest(Map<String, Object> answers) {
        Map<String, Object> variables = new HashMap<>();
        answers.forEach((key, value) -> variables.put(key, Map.of("value", value)));
        return variables;
    }
}
