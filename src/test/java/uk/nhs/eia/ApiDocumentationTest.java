package uk.nhs.eia;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** The JSON API documents itself for the people who may use it. */
@EiaSpringBootTest
class ApiDocumentationTest {

    @Autowired
    TestRestTemplate rest;

    @Test
    void everyEndpointIsDescribedAtApiDocsForSignedInPeople() {
        Map<?, ?> docs = rest.withBasicAuth("author", "demo").getForObject("/v3/api-docs", Map.class);

        assertThat(((Map<String, Object>) docs.get("paths")).keySet()).contains("/api/assessments", "/api/assessments/{id}",
                "/api/assessments/{id}/withdraw", "/api/tasks", "/api/tasks/{taskId}/claim", "/api/tasks/{taskId}/unclaim",
                "/api/tasks/{taskId}/form", "/api/tasks/{taskId}/draft", "/api/tasks/{taskId}/complete",
                "/api/tasks/{taskId}/return", "/api/assessments/{id}/evidence", "/api/assessments/{id}/evidence/{fileId}");
        assertThat(rest.withBasicAuth("author", "demo").getForEntity("/swagger-ui/index.html", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(rest.getForObject("/v3/api-docs", String.class)).doesNotContain("\"paths\"").contains("Sign in");
    }
}
