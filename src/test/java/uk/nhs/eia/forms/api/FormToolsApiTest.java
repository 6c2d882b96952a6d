package uk.nhs.eia.forms.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.nhs.eia.EiaSpringBootTest;

/** The form authors' API: preview a schema as NHS markup, and check answers against a form. */
@EiaSpringBootTest
class FormToolsApiTest {

    private static final String SCHEMA = """
            {"id": "trial", "components": [
              {"id": "Field_name", "type": "textfield", "key": "name", "label": "Your name", "validate": {"required": true}}]}""";

    @Autowired
    TestRestTemplate rest;

    @Test
    void aSchemaIsPreviewedAsNhsMarkup() {
        ResponseEntity<String> preview = asAdmin().exchange("/api/forms/preview", HttpMethod.POST,
                json(SCHEMA), String.class);

        assertThat(preview.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(preview.getBody()).contains("class=\"nhsuk-label\"", "Your name", "name=\"name\"");
    }

    @Test
    void anUnusableSchemaIsRefusedWith422NamingTheProblem() {
        String broken = SCHEMA.replace("textfield", "filepicker");

        ResponseEntity<Map> refused = asAdmin().postForEntity("/api/forms/preview", json(broken), Map.class);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
        assertThat((List<Map<String, String>>) refused.getBody().get("errors")).containsExactly(Map.of("key", "schema",
                "message", "Form the form sent, component Field_name: type \"filepicker\" is not one that Camunda 7.24 Tasklist renders"));
    }

    @Test
    void answersAreCheckedAgainstADeployedFormWithEveryError() {
        ResponseEntity<Map> result = asAdmin().postForEntity("/api/forms/validate",
                json("""
                        {"formId": "screening", "data": {"riskLikelihood": 9}}"""), Map.class);

        assertThat(result.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(result.getBody().get("valid")).isEqualTo(false);
        assertThat((List<Map<String, String>>) result.getBody().get("errors")).contains(
                Map.of("key", "riskLikelihood", "message", "How likely it is that a group will be disadvantaged must be between 1 and 4"),
                Map.of("key", "vulnerability", "message", "Select how vulnerable the people affected are"));
    }

    @Test
    void answersCanBeCheckedAgainstASchemaBeforeItIsDeployed() {
        ResponseEntity<Map> result = asAdmin().postForEntity("/api/forms/validate",
                json("{\"schema\": " + SCHEMA + ", \"data\": {\"name\": \"Asha\"}}"), Map.class);

        assertThat(result.getBody()).containsEntry("valid", true).containsEntry("errors", List.of());
    }

    @Test
    void onlyFormAuthorsMayUseIt() {
        assertThat(rest.withBasicAuth("author", "demo").postForEntity("/api/forms/preview", json(SCHEMA), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.postForEntity("/api/forms/preview", json(SCHEMA), String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private TestRestTemplate asAdmin() {
        return rest.withBasicAuth("admin", "demo");
    }

    private static HttpEntity<String> json(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
