package uk.nhs.eia.refusal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.Cookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.Base64;
import org.apache.ibatis.exceptions.PersistenceException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.UnreachableDatabase;
import uk.nhs.eia.workflow.EngineErrorAnswers;

/**
 * While the database cannot be reached, every door says so with 503 and words to try again, never a stack trace or a
 * 500; the health check names the database as down; and once it is back the service answers again by itself.
 */
@EiaSpringBootTest
class DatabaseOutageTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Autowired
    MockMvc mvc;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    UnreachableDatabase database;

    @Test
    void aSignedInPersonWhosePageCannotReachTheDatabaseSeesTheNhsErrorPageSayingTryAgain() throws Exception {
        Cookie session = mvc.perform(formLogin("/sign-in").user("author").password("demo")).andExpect(redirectedUrl("/"))
                .andReturn().getResponse().getCookie("SESSION");

        database.whileCutOff(() -> mvc.perform(get("/").cookie(session).accept(MediaType.TEXT_HTML))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS))
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("Sorry, the service is unavailable")))
                .andExpect(content().string(containsString("cannot reach its database")))
                .andExpect(content().string(containsString("nhsuk-header")))
                .andExpect(content().string(not(containsString("Exception")))));
    }

    @Test
    void aPageThatLosesTheDatabaseAfterSignInSaysTheSame() throws Exception {
        database.whileCutOff(() -> mvc.perform(get("/assessments").with(user("auditor").authorities(() -> "GROUP_compliance")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(containsString("Sorry, the service is unavailable")))
                .andExpect(content().string(not(containsString("Exception")))));
    }

    @Test
    void signingInWhileTheDatabaseIsDownSaysTheServiceIsUnavailableNotThatThePasswordIsWrong() throws Exception {
        database.whileCutOff(() -> mvc.perform(formLogin("/sign-in").user("author").password("demo"))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().string(containsString("Sorry, the service is unavailable"))));
    }

    @Test
    void theJsonApiAnswers503AsAProblemSayingTryAgain() throws Exception {
        database.whileCutOff(() -> {
            HttpResponse<String> answer = ask("/api/tasks", "author");

            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(MediaType.parseMediaType(answer.headers().firstValue("Content-Type").orElseThrow()))
                    .isEqualTo(MediaType.parseMediaType("application/problem+json;charset=UTF-8"));
            assertThat(answer.headers().firstValue("Retry-After")).hasValue(DatabaseUnavailable.RETRY_AFTER_SECONDS);
            JsonNode problem = JSON.readTree(answer.body());
            assertThat(problem.get("status").asInt()).isEqualTo(503);
            assertThat(problem.get("title").asText()).isEqualTo(DatabaseUnavailable.TITLE);
            assertThat(problem.get("detail").asText()).isEqualTo(DatabaseUnavailable.MESSAGE);
            assertThat(problem.get("instance").asText()).isEqualTo("/api/tasks");
        });
    }

    @Test
    void theJsonApiAnswersTheSameWhenTheDatabaseGoesAfterSignIn() throws Exception {
        database.whileCutOff(() -> mvc.perform(get("/api/tasks").with(user("author").authorities(() -> "GROUP_eia-authors")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value(DatabaseUnavailable.TITLE)));
    }

    @Test
    void theEnginesRestApiAnswers503InItsOwnErrorShape() throws Exception {
        database.whileCutOff(() -> {
            HttpResponse<String> answer = ask("/engine-rest/task", "author");

            assertThat(answer.statusCode()).isEqualTo(503);
            JsonNode error = JSON.readTree(answer.body());
            assertThat(error.get("type").asText()).isEqualTo("DatabaseUnavailable");
            assertThat(error.get("message").asText()).isEqualTo(DatabaseUnavailable.MESSAGE);
        });
    }

    @Test
    void anEngineCallThatLosesTheDatabaseHalfwayIsAnswered503AtTheEnginesRestApi() {
        var lost = new ProcessEngineException("ENGINE-03083 Exception while executing Batch Database Operations",
                new PersistenceException(new SQLException("An I/O error occurred while sending to the backend.", "08006")));

        Response answer = new EngineErrorAnswers.FromEngineException().toResponse(lost);

        assertThat(answer.getStatus()).isEqualTo(503);
        assertThat(answer.getHeaderString("Retry-After")).isEqualTo(DatabaseUnavailable.RETRY_AFTER_SECONDS);
    }

    @Test
    void theHealthCheckSaysTheDatabaseIsDownWithoutSayingWhy() throws Exception {
        database.whileCutOff(() -> {
            HttpResponse<String> answer = ask("/actuator/health", null);

            assertThat(answer.statusCode()).isEqualTo(503);
            JsonNode health = JSON.readTree(answer.body());
            assertThat(health.get("status").asText()).isEqualTo("DOWN");
            assertThat(health.at("/components/db/status").asText()).isEqualTo("DOWN");
            assertThat(health.at("/components/db/details").isMissingNode()).isTrue();
            assertThat(answer.body()).doesNotContain("localhost", "Hikari", "Exception");
        });
    }

    @Test
    void anAdministratorSignedInSeesWhyTheDatabaseIsDown() throws Exception {
        database.whileCutOff(() -> mvc.perform(get("/actuator/health").with(user("admin").authorities(() -> "GROUP_eia-admins")))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.components.db.status").value("DOWN"))
                .andExpect(jsonPath("$.components.db.details.error").exists()));
    }

    @Test
    void onceTheDatabaseIsBackTheServiceAnswersAgainWithoutARestart() throws Exception {
        database.whileCutOff(() -> assertThat(ask("/api/tasks", "author").statusCode()).isEqualTo(503));

        assertThat(ask("/api/tasks", "author").statusCode()).isEqualTo(200);
        assertThat(ask("/actuator/health", null).body()).contains("\"status\":\"UP\"");
    }

    /** As a client would ask, without the retry on 503 that some HTTP clients make by themselves. */
    private HttpResponse<String> ask(String path, String username) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(rest.getRootUri() + path));
        if (username != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
