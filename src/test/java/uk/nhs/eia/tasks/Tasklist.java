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
import uk.nhs.eia.demo.DemoAnswers;

/** A browser session on Tasklist's REST API, with its anti-forgery token. */
public final class Tasklist {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;
    private final String username;
    private String xsrf = "Fetch";

    public Tasklist(String server, String username) throws Exception {
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

    public JsonNode get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public JsonNode post(String path, Object body) throws IOException, InterruptedException {
        Object payload = path.endsWith("submit-form") ? Map.of("variables", asTasklistSends((Map<?, ?>) body)) : body;
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(payload))));
    }

    /** Fills in the start form, as "Start process" in Tasklist does. */
    public JsonNode startAssessment(String title) throws IOException, InterruptedException {
        JsonNode definition = get("/process-definition/key/equality-impact-assessment");
        return post("/process-definition/" + definition.get("id").asText() + "/submit-form", DemoAnswers.proposal(
                title, "service-change", "review", "operations", "approver", LocalDate.now().plusMonths(2)));
    }

    public JsonNode onlyTask(String processInstanceId) throws IOException, InterruptedException {
        JsonNode tasks = get("/task?processInstanceId=" + processInstanceId);
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }

    public void completeMyTask(String processInstanceId, Map<String, Object> answers) throws IOException, InterruptedException {
        JsonNode task = onlyTask(processInstanceId);
        assertThat(task.get("assignee").asText()).isEqualTo(username);
        post("/task/" + task.get("id").asText() + "/submit-form", answers);
    }

    public HttpResponse<String> submitExpectingRefusal(String path, Map<String, Object> answers) throws IOException, InterruptedException {
        return exchange(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("variables", asTasklistSends(answers))))));
    }

    /** Any request to the engine's operations in Tasklist's API, as this person's browser would send it. */
    public HttpResponse<String> request(String method, String pathUnderEngine, String jsonBody) throws IOException, InterruptedException {
        return exchange(HttpRequest.newBuilder(URI.create(base + pathUnderEngine)).header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .method(method, jsonBody == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(jsonBody)));
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
