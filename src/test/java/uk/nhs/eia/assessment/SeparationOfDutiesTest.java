package uk.nhs.eia.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static uk.nhs.eia.demo.DemoAnswers.actionPlanAndOutcome;
import static uk.nhs.eia.demo.DemoAnswers.evidenceAndEngagement;
import static uk.nhs.eia.demo.DemoAnswers.impactAssessment;
import static uk.nhs.eia.demo.DemoAnswers.proposal;
import static uk.nhs.eia.demo.DemoAnswers.qualityReview;
import static uk.nhs.eia.demo.DemoAnswers.screening;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.web.servlet.MockMvc;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.demo.process.AssessmentDriver;
import uk.nhs.eia.roles.Groups;

/**
 * Nobody checks their own work, whichever door they use: someone who wrote an assessment, or will decide it, does
 * not review its quality; whoever wrote it or reviewed its quality does not sign it off; administrators never do.
 */
@EiaSpringBootTest
class SeparationOfDutiesTest {

    /** Writes, reviews and approves: the person separation of duties is for. */
    private static final String ALL_ROLES = "allroles";

    @Autowired
    AssessmentDriver driver;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    MockMvc mvc;
    @Autowired
    IdentityService identity;
    @Autowired
    TaskService tasks;

    @BeforeEach
    void someoneInEveryRole() {
        if (identity.createUserQuery().userId(ALL_ROLES).count() == 0) {
            User user = identity.newUser(ALL_ROLES);
            user.setPassword("demo");
            identity.saveUser(user);
            List.of(Groups.AUTHORS, Groups.EQUALITY_LEADS, Groups.APPROVERS)
                    .forEach(group -> identity.createMembership(ALL_ROLES, group));
        }
    }

    @Test
    void theAuthorCannotTakeTheQualityReviewOfTheirOwnAssessmentThroughAnyDoor() throws Exception {
        String review = driver.currentTask(atQualityReview(ALL_ROLES, "approver")).getId();
        String expected = "wrote EIA-";

        ResponseEntity<Map> api = rest.withBasicAuth(ALL_ROLES, "demo").postForEntity("/api/tasks/" + review + "/claim", null, Map.class);
        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat((String) api.getBody().get("detail")).contains(expected, "so someone else must do its \"Quality review\" step");

        ResponseEntity<Map> engineRest = rest.withBasicAuth(ALL_ROLES, "demo").postForEntity("/engine-rest/task/" + review
                + "/claim", Map.of("userId", ALL_ROLES), Map.class);
        assertThat(engineRest.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat((String) engineRest.getBody().get("message")).contains(expected);

        mvc.perform(post("/tasks/" + review + "/claim").with(csrf()).with(user(ALL_ROLES).authorities(() -> "GROUP_equality-leads")))
                .andExpect(status().isForbidden())
                .andExpect(content().string(Matchers.containsString("so someone else must do its &quot;Quality review&quot; step")));

        ResponseEntity<Map> assigned = rest.withBasicAuth("admin", "demo").postForEntity("/engine-rest/task/" + review
                + "/assignee", Map.of("userId", ALL_ROLES), Map.class);
        assertThat(assigned.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(tasks.createTaskQuery().taskId(review).singleResult().getAssignee()).isNull();
    }

    @Test
    void theDecisionMakerCannotAlsoReviewTheQuality() {
        String review = driver.currentTask(atQualityReview("author", ALL_ROLES)).getId();

        ResponseEntity<Map> refused = rest.withBasicAuth(ALL_ROLES, "demo").postForEntity("/api/tasks/" + review + "/claim", null, Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat((String) refused.getBody().get("detail")).contains("is the decision-maker for EIA-");
    }

    @Test
    void signOffCannotBeReassignedToTheAuthorOrTheQualityReviewerNorCompletedByThem() {
        ProcessInstance byAllRoles = atQualityReview(ALL_ROLES, "approver");
        driver.complete(byAllRoles, "lead", qualityReview("accept", null));
        String signOff = driver.currentTask(byAllRoles).getId();
        ResponseEntity<Map> toAuthor = rest.withBasicAuth("admin", "demo").postForEntity("/engine-rest/task/" + signOff
                + "/assignee", Map.of("userId", ALL_ROLES), Map.class);
        assertThat(toAuthor.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat((String) toAuthor.getBody().get("message")).contains("so someone else must sign it off");
        ResponseEntity<Map> completedByAdmin = rest.withBasicAuth("admin", "demo").postForEntity("/engine-rest/task/"
                + signOff + "/complete", Map.of("variables", Map.of("signOffDecision", Map.of("value", "approve"),
                        "dueRegardAttestation", Map.of("value", true))), Map.class);
        assertThat(completedByAdmin.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat((String) completedByAdmin.getBody().get("message")).contains("This step is with approver; only they can complete it");
        assertThat(tasks.createTaskQuery().taskId(signOff).count()).isEqualTo(1);

        ProcessInstance reviewedByAllRoles = atQualityReview("author", "approver");
        driver.complete(reviewedByAllRoles, ALL_ROLES, qualityReview("accept", null));
        String otherSignOff = driver.currentTask(reviewedByAllRoles).getId();
        ResponseEntity<Map> toReviewer = rest.withBasicAuth("admin", "demo").postForEntity("/engine-rest/task/" + otherSignOff
                + "/assignee", Map.of("userId", ALL_ROLES), Map.class);
        assertThat(toReviewer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat((String) toReviewer.getBody().get("message")).contains("reviewed the quality of EIA-");
        assertThat(tasks.createTaskQuery().taskId(otherSignOff).singleResult().getAssignee()).isEqualTo("approver");
    }

    @Test
    void anAdministratorCannotBeNamedDecisionMakerNorTakeTheSignOff() {
        ResponseEntity<Map> named = rest.withBasicAuth("author", "demo").postForEntity("/api/assessments",
                proposal("Admin decides", "policy", "new", "operations", "admin", LocalDate.now().plusMonths(1)), Map.class);
        assertThat(named.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat(named.getBody().get("errors").toString()).contains("administrators cannot sign off");

        ProcessInstance instance = atQualityReview("author", "approver");
        driver.complete(instance, "lead", qualityReview("accept", null));
        ResponseEntity<Map> toAdmin = rest.withBasicAuth("admin", "demo").postForEntity("/engine-rest/task/"
                + driver.currentTask(instance).getId() + "/assignee", Map.of("userId", "admin"), Map.class);
        assertThat(toAdmin.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void theAuthorCannotConfirmTheirOwnScreeningOut() {
        ProcessInstance instance = driver.start(ALL_ROLES, proposal("Own screening-out " + System.nanoTime(), "policy",
                "new", "operations", "approver", LocalDate.now().plusMonths(1)));
        driver.complete(instance, ALL_ROLES, screening(false));

        assertThat(rest.withBasicAuth(ALL_ROLES, "demo").postForEntity("/api/tasks/" + driver.currentTask(instance).getId()
                + "/claim", null, Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.withBasicAuth("lead", "demo").postForEntity("/api/tasks/" + driver.currentTask(instance).getId()
                + "/claim", null, Map.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private ProcessInstance atQualityReview(String author, String decisionMaker) {
        ProcessInstance instance = driver.start(author, proposal("Duties " + System.nanoTime(), "service-change", "new",
                "operations", decisionMaker, LocalDate.now().plusMonths(2)));
        driver.complete(instance, author, screening(true));
        driver.complete(instance, author, evidenceAndEngagement());
        driver.complete(instance, author, impactAssessment());
        driver.complete(instance, author, actionPlanAndOutcome(LocalDate.now().plusYears(1)));
        return instance;
    }
}
