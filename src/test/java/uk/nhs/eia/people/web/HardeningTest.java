package uk.nhs.eia.people.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import uk.nhs.eia.EiaSpringBootTest;

/** What every response carries to keep pages safe in a browser, and what the service refuses to read. */
@EiaSpringBootTest
class HardeningTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    TestRestTemplate rest;
    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IdentityService identity;

    @Test
    void pagesForbidScriptsStylesAndFramesFromAnywhereElse() throws Exception {
        mvc.perform(get("/").with(user("author").authorities(() -> "GROUP_eia-authors")))
                .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("Referrer-Policy", "same-origin"));
        mvc.perform(get("/sign-in"))
                .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CONTENT_SECURITY_POLICY));
    }

    @Test
    void theCamundaWebappsKeepTheirOwnPolicy() throws Exception {
        mvc.perform(get("/camunda/app/tasklist/default/").with(user("author").authorities(() -> "GROUP_eia-authors")))
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.not(
                        SecurityConfiguration.CONTENT_SECURITY_POLICY)));
    }

    @Test
    void aBodyLargerThanAnyTheServiceNeedsIsRefusedUnread() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        String huge = "{\"data\":{\"note\":\"" + "x".repeat(1_100_000) + "\"}}";

        var answer = rest.withBasicAuth("author", "demo").postForEntity("/api/tasks/any/complete",
                new HttpEntity<>(huge, headers), Map.class);
        var engine = rest.withBasicAuth("author", "demo").postForEntity("/engine-rest/task/any/complete",
                new HttpEntity<>(huge, headers), Map.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
        assertThat(engine.getStatusCode()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
    }

    @Test
    void passwordsAreKeptOnlyAsSaltedHashes() {
        Map<String, Object> stored = jdbc.sql("select PWD_, SALT_ from ACT_ID_USER where ID_ = 'author'").query().singleRow();

        assertThat((String) stored.get("PWD_")).startsWith("{SHA-512}").doesNotContain("demo");
        assertThat((String) stored.get("SALT_")).isNotBlank();
    }

    @Test
    void aWrongPasswordPausesThePersonsNextSignInEvenWithTheRightPassword() {
        if (identity.createUserQuery().userId("hasty").count() == 0) {
            User hasty = identity.newUser("hasty");
            hasty.setPassword("a long enough passphrase");
            identity.saveUser(hasty);
        }

        assertThat(rest.withBasicAuth("hasty", "a wrong guess").getForEntity("/api/tasks", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("hasty", "a long enough passphrase").getForEntity("/api/tasks", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void queriesThroughTheEngineRestApiMayNotRunExpressions() {
        var answer = rest.withBasicAuth("author", "demo").getForEntity(
                "/engine-rest/task?assigneeExpression={expression}", String.class, "${currentUser()}");

        assertThat(answer.getStatusCode().is4xxClientError()).isTrue();
        assertThat(answer.getBody()).contains("Expressions are forbidden");
    }

    @Test
    void aBodySentInChunksWithoutALengthIsRefusedAtTheSameLimit() throws Exception {
        byte[] huge = ("{\"data\":{\"note\":\"" + "x".repeat(1_100_000) + "\"}}").getBytes(StandardCharsets.UTF_8);
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/task/any/complete"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("author:demo".getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge))).build();

        assertThat(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(413);
    }
}
