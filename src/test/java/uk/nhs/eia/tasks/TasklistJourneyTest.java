package uk.nhs.eia.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.assessment.AssessmentService;
import uk.nhs.eia.assessment.AssessmentStatus;
import uk.nhs.eia.demo.DemoAnswers;

/**
 * A whole assessment through Camunda Tasklist's own API, signed in on our sign-in page: the author starts and
 * writes it, the equality lead claims and accepts it, the approver signs it off. Values travel as Tasklist sends
 * them: dates as strings, lists as Json.
 */
@EiaSpringBootTest
class TasklistJourneyTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate REVIEW = LocalDate.now().plusYears(1);

    @LocalServerPort
    int port;
    @Autowired
    AssessmentService assessments;

    @Test
    void anAuthorLeadAndApproverTakeAnAssessmentFromProposalToSignOffInTasklist() throws Exception {
        Tasklist author = signIn("author");
        JsonNode started = author.startAssessment("Tasklist phlebotomy redesign");
        String processInstanceId = started.get("id").asText();
        assertThat(started.get("businessKey").asText()).startsWith("EIA-");

        author.completeMyTask(processInstanceId, DemoAnswers.screening(true));
        author.completeMyTask(processInstanceId, DemoAnswers.evidenceAndEngagement());
        author.completeMyTask(processInstanceId, DemoAnswers.impactAssessment());
        author.completeMyTask(processInstanceId, DemoAnswers.actionPlanAndOutcome(REVIEW));

        Tasklist lead = signIn("lead");
        String review = lead.onlyTask(processInstanceId).get("id").asText();
        lead.post("/task/" + review + "/claim", Map.of("userId", "lead"));
        lead.completeMyTask(processInstanceId, DemoAnswers.qualityReview("accept", null));

        Tasklist approver = signIn("approver");
        assertThat(approver.onlyTask(processInstanceId).get("name").asText()).isEqualTo("Sign-off");
        approver.completeMyTask(processInstanceId, DemoAnswers.signOff("approve", null));

        var record = assessments.byProcessInstances(List.of(processInstanceId)).get(0);
        assertThat(record.getStatus()).isEqualTo(AssessmentStatus.PUBLISHED);
        assertThat(record.getReviewDate()).isEqualTo(REVIEW);
    }

    @Test
    void anAuthorCannotSeeAnotherAuthorsTask() throws Exception {
        String processInstanceId = signIn("author").startAssessment("Private to author").get("id").asText();

        assertThat(signIn("author2").get("/task?processInstanceId=" + processInstanceId)).isEmpty();
    }

    @Test
    void tasklistIsRefusedAnIncompleteStepWithEveryErrorAndTheTaskStaysOpen() throws Exception {
        Tasklist author = signIn("author");
        String processInstanceId = author.startAssessment("Refused in Tasklist").get("id").asText();
        String taskId = author.onlyTask(processInstanceId).get("id").asText();
        Map<String, Object> answers = new LinkedHashMap<>(DemoAnswers.screening(true));
        answers.remove("vulnerability");
        answers.put("riskLikelihood", 9);

        HttpResponse<String> refused = author.submitExpectingRefusal("/task/" + taskId + "/submit-form", answers);

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).get("message").asText()).contains("There is a problem: "
                + "Select how vulnerable the people affected are; How likely it is that a group will be disadvantaged must be between 1 and 4");
        assertThat(author.onlyTask(processInstanceId).get("id").asText()).isEqualTo(taskId);
    }

    private Tasklist signIn(String username) throws Exception {
        return new Tasklist("http://localhost:" + port, username);
    }
}
