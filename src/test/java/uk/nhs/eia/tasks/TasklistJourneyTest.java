package uk.nhs.eia.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    /** A browser session on Tasklist's REST API, with its anti-forgery token. */
    private static final class Tasklist {

        private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

        private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private final String base;
        private final String username;
        private String xsrf = "Fetch";

        Tasklist(String server, String username) throws Exception {
            this.base = server + "/camunda/api/engine/engine/default";
            this.username = username;
            String page = http.send(HttpRequest.newBuilder(URI.create(server + "/sign-in")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher token = CSRF.matcher(page);
            assertThat(token.find()).isTrue();
            String form = "username=" + username + "&password=demo&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
            var signedIn = http.send(HttpRequest.newBuilder(URI.create(server + "/sign-in"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
            assertThat(signedIn.headers().firstValue("Location")).hasValue(server + "/");
        }

        JsonNode get(String path) throws IOException, InterruptedException {
            return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
        }

        JsonNode post(String path, Object body) throws IOException, InterruptedException {
            Object payload = path.endsWith("submit-form") ? Map.of("variables", asTasklistSends((Map<?, ?>) body)) : body;
            return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(payload))));
        }

        /** Fills in the start form, as "Start process" in Tasklist does. */
        JsonNode startAssessment(String title) throws IOException, InterruptedException {
            JsonNode definition = get("/process-definition/key/equality-impact-assessment");
            return post("/process-definition/" + definition.get("id").asText() + "/submit-form", DemoAnswers.proposal(
                    title, "service-change", "review", "operations", "approver", LocalDate.now().plusMonths(2)));
        }

        JsonNode onlyTask(String processInstanceId) throws IOException, InterruptedException {
            JsonNode tasks = get("/task?processInstanceId=" + processInstanceId);
            assertThat(tasks).hasSize(1);
            return tasks.get(0);
        }

        void completeMyTask(String processInstanceId, Map<String, Object> answers) throws IOException, InterruptedException {
            JsonNode task = onlyTask(processInstanceId);
            assertThat(task.get("assignee").asText()).isEqualTo(username);
            post("/task/" + task.get("id").asText() + "/submit-form", answers);
        }

        HttpResponse<String> submitExpectingRefusal(String path, Map<String, Object> answers) throws IOException, InterruptedException {
            return exchange(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("variables", asTasklistSends(answers))))));
        }

        private JsonNode send(HttpRequest.Builder request) throws IOException, InterruptedException {
            HttpResponse<String> response = exchange(request);
            assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
            return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
        }

        private HttpResponse<String> exchange(HttpRequest.Builder request) throws IOException, InterruptedException {
            HttpResponse<String> response = http.send(request.header("X-XSRF-TOKEN", xsrf).build(),
                    HttpResponse.BodyHandlers.ofString());
            response.headers().firstValue("X-XSRF-TOKEN").ifPresent(token -> xsrf = token);
            return response;
        }

        private static Map<String, Object> asTasklistSends(Map<?, ?> answers) throws IOException {
            Map<String, Object> variables = new LinkedHashMap<>();
            for (var entry : answers.entrySet()) {
                Object value = entry.getValue();
                variables.put((String) entry.getKey(), value instanceof List<?> || value instanceof Map<?, ?>
                        ? Map.of("value", JSON.writeValueAsString(value), "type", "Json")
                        : Map.of("value", value));
            }
            return variables;
        }
    }
}
