package uk.nhs.eia.forms.process;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.eia.demo.DemoAnswers.proposal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.assessment.AssessmentService;
import uk.nhs.eia.assessment.SubmittedAnswers;
import uk.nhs.eia.demo.process.AssessmentDriver;
import uk.nhs.eia.forms.FormCatalogue;
import uk.nhs.eia.forms.HostileSubmissions;

/** Hostile submissions through {@code /engine-rest}: never a server error, and nothing kept from a refused one. */
@EiaSpringBootTest
class HostileDoorTest {

    private static final int SUBMISSIONS = 40;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    AssessmentDriver driver;
    @Autowired
    AssessmentService assessments;
    @Autowired
    FormCatalogue forms;
    @Autowired
    TestRestTemplate rest;

    @Test
    void hostileScreeningSubmissionsAreAnsweredWithoutServerErrors() {
        // Only what an HTTP client can send: text with a broken surrogate pair cannot be written as JSON at all.
        List<Map<String, Object>> submissions = HostileSubmissions.against(forms.find("screening").orElseThrow())
                .filter(HostileDoorTest::sendable).sampleStream().limit(SUBMISSIONS).toList();

        for (Map<String, Object> submission : submissions) {
            ProcessInstance instance = driver.start("author", proposal("Hostile", "policy", "new", "operations", "approver",
                    LocalDate.now().plusMonths(1)));
            Task task = driver.currentTask(instance);

            ResponseEntity<String> answer = rest.withBasicAuth("author", "demo").postForEntity(
                    "/engine-rest/task/" + task.getId() + "/submit-form", Map.of("variables", asTasklistSends(submission)),
                    String.class);

            assertThat(answer.getStatusCode().is5xxServerError()).as("%s for %s", answer.getBody(), submission.keySet()).isFalse();
            if (answer.getStatusCode().is4xxClientError()) {
                assertThat(driver.currentTask(instance).getId()).isEqualTo(task.getId());
                assertThat(steps(instance)).containsExactly("Proposal details");
            }
        }
    }

    @Test
    void aJsonValueThatIsNotJsonIsRefusedWith400() {
        ProcessInstance instance = driver.start("author", proposal("Broken JSON", "policy", "new", "operations", "approver",
                LocalDate.now().plusMonths(1)));
        Task task = driver.currentTask(instance);

        ResponseEntity<Map> answer = rest.withBasicAuth("author", "demo").postForEntity(
                "/engine-rest/task/" + task.getId() + "/submit-form",
                Map.of("variables", Map.of("affectsPeople", Map.of("value", "{Asha: [", "type", "Json"))), Map.class);

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat((String) answer.getBody().get("message")).isEqualTo("A value sent with type Json is not valid JSON");
        assertThat(driver.currentTask(instance).getId()).isEqualTo(task.getId());
    }

    private List<String> steps(ProcessInstance instance) {
        Long id = assessments.byProcessInstances(List.of(instance.getId())).get(0).getId();
        return assessments.submissionsOf(id).stream().map(SubmittedAnswers::getStep).toList();
    }

    private static boolean sendable(Map<String, Object> submission) {
        try {
            JSON.writeValueAsString(submission);
            return submission.keySet().stream().allMatch(key -> key.chars().noneMatch(c -> Character.isSurrogate((char) c)));
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static Map<String, Object> asTasklistSends(Map<String, Object> submission) {
        Map<String, Object> variables = new HashMap<>();
        submission.forEach((key, value) -> variables.put(key, value instanceof List<?> || value instanceof Map<?, ?>
                ? Map.of("value", json(value), "type", "Json")
                : Map.of("value", value)));
        return variables;
    }
}
