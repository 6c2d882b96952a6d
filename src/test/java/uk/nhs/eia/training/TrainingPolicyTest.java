package uk.nhs.eia.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.nhs.eia.demo.DemoAnswers.proposal;
import static uk.nhs.eia.demo.DemoAnswers.screening;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.assessment.AssessmentView;
import uk.nhs.eia.assessment.AssessmentService;
import uk.nhs.eia.assessment.SubmittedAnswers;
import uk.nhs.eia.demo.process.AssessmentDriver;
import uk.nhs.eia.people.Directorates;
import uk.nhs.eia.roles.Groups;
import uk.nhs.eia.tasks.TaskDrafts;
import uk.nhs.eia.tasks.Tasklist;
import uk.nhs.eia.training.TrainingPolicy.Policy;

/**
 * Someone without current EIA training writing an assessment: under "warn" they go on and the record is flagged
 * (and fails quality check 12); under "block" they are refused at every door, told how to get trained, and nothing
 * is kept but their draft. Each test has its own untrained author, and leaves the policy at "warn".
 */
@EiaSpringBootTest
class TrainingPolicyTest {

    private static final String NO_TRAINING = "has no record of EIA training";

    @Autowired
    TrainingPolicy policy;
    @Autowired
    DelegateImport imports;
    @Autowired
    AssessmentDriver driver;
    @Autowired
    AssessmentService assessments;
    @Autowired
    RuntimeService runtime;
    @Autowired
    IdentityService identity;
    @Autowired
    Directorates directorates;
    @Autowired
    TaskDrafts drafts;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    MockMvc mvc;
    @LocalServerPort
    int port;

    private String untrained;

    @BeforeEach
    void anAuthorWithoutTraining() {
        untrained = "untrained" + System.nanoTime();
        User user = identity.newUser(untrained);
        user.setPassword("demo");
        identity.saveUser(user);
        identity.createMembership(untrained, Groups.AUTHORS);
        directorates.join(untrained, "operations");
    }

    @AfterEach
    void backToWarn() {
        policy.change(Policy.WARN, "admin");
    }

    @Test
    void underWarnAnUntrainedAuthorGoesOnAndTheRecordIsFlaggedAndFailsCheck12() throws Exception {
        ProcessInstance instance = driver.start(untrained, proposal("Warned " + untrained, "policy", "new", "operations",
                "approver", LocalDate.now().plusMonths(2)));
        driver.complete(instance, untrained, screening(true));
        Long id = recordOf(instance).getId();

        Map<String, Object> record = rest.withBasicAuth(untrained, "demo").getForObject("/api/assessments/" + id, Map.class);
        assertThat(record.get("authorTrained")).isEqualTo(false);
        assertThat((List<Map<String, Object>>) record.get("trainingFlags")).extracting(flag -> flag.get("step") + " by "
                + flag.get("username")).containsExactly("Start by " + untrained, "Screening by " + untrained);
        assertThat((List<Map<String, Object>>) record.get("training")).first()
                .satisfies(author -> assertThat(author).containsEntry("role", "Author").containsEntry("username", untrained)
                        .extractingByKey("status").asString().contains("trained=false"));
        assertThat((List<Map<String, Object>>) record.get("timeline")).extracting(event -> event.get("type"))
                .filteredOn("TRAINING_FLAGGED"::equals).hasSize(2);
        Map<String, Object> quality = rest.withBasicAuth(untrained, "demo").getForObject("/api/assessments/" + id + "/quality", Map.class);
        assertThat((List<Map<String, Object>>) quality.get("checks")).filteredOn(check -> "Q12".equals(check.get("id")))
                .singleElement().satisfies(check -> assertThat(check).containsEntry("passed", false));

        mvc.perform(get("/assessments/" + id).with(user(untrained).authorities(() -> "GROUP_eia-authors")))
                .andExpect(content().string(Matchers.containsString("Written without current EIA training")))
                .andExpect(content().string(Matchers.containsString("Not trained")));
        mvc.perform(get("/training").with(user(untrained).authorities(() -> "GROUP_eia-authors")))
                .andExpect(content().string(Matchers.containsString("You have no current EIA training.")));
        mvc.perform(get("/assessments/new").with(user(untrained).authorities(() -> "GROUP_eia-authors")))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Your EIA training is not current")));
    }

    @Test
    void aTrainedAuthorIsNeitherFlaggedNorRefusedUnderBlock() {
        policy.change(Policy.BLOCK, "admin");
        ProcessInstance instance = driver.start("author", proposal("Trained author", "policy", "new", "operations",
                "approver", LocalDate.now().plusMonths(2)));
        driver.complete(instance, "author", screening(true));

        Map<String, Object> record = rest.withBasicAuth("author", "demo").getForObject("/api/assessments/"
                + recordOf(instance).getId(), Map.class);
        assertThat(record.get("authorTrained")).isEqualTo(true);
        assertThat((List<?>) record.get("trainingFlags")).isEmpty();
    }

    @Test
    void underBlockAnUntrainedAuthorCannotStartThroughAnyDoorAndNothingStarts() throws Exception {
        policy.change(Policy.BLOCK, "admin");
        long before = runtime.createProcessInstanceQuery().count();
        Map<String, Object> proposal = proposal("Blocked " + untrained, "policy", "new", "operations", "approver",
                LocalDate.now().plusMonths(2));
        String expected = untrained + " has no record of EIA training, so cannot start an assessment. Book a place";

        ResponseEntity<Map> api = rest.withBasicAuth(untrained, "demo").postForEntity("/api/assessments", proposal, Map.class);
        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat((String) api.getBody().get("detail")).contains(expected);

        MockHttpServletRequestBuilder page = post("/assessments/new").with(csrf()).with(author());
        proposal.forEach((key, value) -> page.param(key, String.valueOf(value)));
        mvc.perform(page).andExpect(status().isForbidden())
                .andExpect(content().string(Matchers.containsString("You need current EIA training")))
                .andExpect(content().string(Matchers.containsString(NO_TRAINING)));
        mvc.perform(get("/assessments/new").with(author())).andExpect(status().isForbidden());

        for (String door : List.of("start", "submit-form")) {
            ResponseEntity<Map> engineRest = rest.withBasicAuth(untrained, "demo").postForEntity(
                    "/engine-rest/process-definition/key/equality-impact-assessment/" + door,
                    Map.of("variables", asRest(proposal)), Map.class);
            assertThat(engineRest.getStatusCode()).as(door).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat((String) engineRest.getBody().get("message")).contains(expected);
        }

        Tasklist tasklist = new Tasklist("http://localhost:" + port, untrained);
        String definition = tasklist.get("/process-definition/key/equality-impact-assessment").get("id").asText();
        HttpResponse<String> inTasklist = tasklist.submitExpectingRefusal("/process-definition/" + definition
                + "/submit-form", proposal);
        assertThat(inTasklist.statusCode()).isEqualTo(403);
        assertThat(inTasklist.body()).contains(NO_TRAINING);

        assertThat(catchThrowable(() -> driver.start(untrained, proposal))).isInstanceOf(TrainingRequired.class);
        assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
    }

    @Test
    void underBlockAnUntrainedAuthorCannotSubmitAStepThroughAnyDoorUntilTrained() throws Exception {
        ProcessInstance instance = driver.start(untrained, proposal("Blocked step " + untrained, "policy", "new",
                "operations", "approver", LocalDate.now().plusMonths(2)));
        policy.change(Policy.BLOCK, "admin");
        String task = driver.currentTask(instance).getId();
        Map<String, Object> answers = screening(true);
        String expected = untrained + " has no record of EIA training, so cannot submit screening";

        ResponseEntity<Map> api = rest.withBasicAuth(untrained, "demo").postForEntity("/api/tasks/" + task + "/complete",
                Map.of("data", answers), Map.class);
        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat((String) api.getBody().get("detail")).contains(expected, "Your answers are not lost");
        assertThat(api.getBody()).containsEntry("title", "You need current EIA training").containsEntry("type", "about:blank");

        MockHttpServletRequestBuilder page = post("/tasks/" + task).with(csrf()).with(author());
        answers.forEach((key, value) -> page.param(key, String.valueOf(value)));
        mvc.perform(page).andExpect(redirectedUrl("/tasks/" + task + "/check"));
        mvc.perform(post("/tasks/" + task + "/submit").with(csrf()).with(author()))
                .andExpect(status().isForbidden())
                .andExpect(content().string(Matchers.containsString("You need current EIA training")));
        assertThat(drafts.find(task, untrained)).isPresent();

        for (String door : List.of("complete", "submit-form")) {
            ResponseEntity<Map> engineRest = rest.withBasicAuth(untrained, "demo").postForEntity(
                    "/engine-rest/task/" + task + "/" + door, Map.of("variables", asRest(answers)), Map.class);
            assertThat(engineRest.getStatusCode()).as(door).isEqualTo(HttpStatus.FORBIDDEN);
            assertThat((String) engineRest.getBody().get("message")).contains(expected);
        }

        Tasklist tasklist = new Tasklist("http://localhost:" + port, untrained);
        assertThat(tasklist.onlyTask(instance.getId()).get("id").asText()).isEqualTo(task);
        HttpResponse<String> inTasklist = tasklist.submitExpectingRefusal("/task/" + task + "/submit-form", answers);
        assertThat(inTasklist.statusCode()).as(inTasklist.body()).isEqualTo(403);
        assertThat(inTasklist.body()).contains(NO_TRAINING);

        assertThat(catchThrowable(() -> driver.complete(instance, untrained, answers))).isInstanceOf(TrainingRequired.class);
        assertThat(driver.currentTask(instance).getId()).isEqualTo(task);
        assertThat(assessments.submissionsOf(recordOf(instance).getId())).extracting(SubmittedAnswers::getStep)
                .containsExactly("Proposal details");

        imports.importCsv("username,completedOn\n" + untrained + "," + LocalDate.now() + "\n", null, "admin");
        assertThat(rest.withBasicAuth(untrained, "demo").postForEntity("/api/tasks/" + task + "/complete",
                Map.of("data", answers), Map.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void onlyAnAdministratorChoosesThePolicyAndOnlyWarnOrBlock() {
        assertThat(rest.withBasicAuth("author", "demo").exchange("/api/training/policy", HttpMethod.PUT,
                new HttpEntity<>(Map.of("policy", "block")), Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        ResponseEntity<Map> wrong = rest.withBasicAuth("admin", "demo").exchange("/api/training/policy", HttpMethod.PUT,
                new HttpEntity<>(Map.of("policy", "sometimes")), Map.class);
        assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(wrong.getBody().get("errors").toString()).contains("policy", "Choose warn or block");
        assertThat(policy.current()).isEqualTo(Policy.WARN);

        assertThat(rest.withBasicAuth("admin", "demo").exchange("/api/training/policy", HttpMethod.PUT,
                new HttpEntity<>(Map.of("policy", "block")), Map.class).getBody()).containsEntry("policy", "block");
        assertThat(rest.withBasicAuth("author", "demo").getForObject("/api/training/policy", Map.class))
                .containsEntry("policy", "block");
    }

    private SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor author() {
        return user(untrained).authorities(() -> "GROUP_eia-authors");
    }

    private AssessmentView recordOf(ProcessInstance instance) {
        return assessments.byProcessInstances(List.of(instance.getId())).get(0);
    }

    private static Map<String, Object> asRest(Map<String, Object> answers) {
        Map<String, Object> variables = new HashMap<>();
        answers.forEach((key, value) -> variables.put(key, Map.of("value", value instanceof LocalDate ? value.toString() : value)));
        return variables;
    }
}
