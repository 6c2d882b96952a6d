package uk.nhs.eia.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.eia.demo.DemoAnswers.evidenceAndEngagement;
import static uk.nhs.eia.demo.DemoAnswers.impactAssessment;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.audit.AuditEvent;
import uk.nhs.eia.audit.AuditTrail;
import uk.nhs.eia.demo.process.AssessmentDriver;
import uk.nhs.eia.evidence.EvidenceStep;
import uk.nhs.eia.evidence.Uploads;

/**
 * An assessment changes hands when its author leaves: the new author finds its steps, drafts and files where the old
 * author left them and carries on, the steps still to come are theirs, and the record says who handed it over and why.
 */
@EiaSpringBootTest
class HandoverTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DRAFTED = "Drafted by the author before she left";

    @LocalServerPort
    int port;
    @Autowired
    AssessmentDriver driver;
    @Autowired
    AssessmentService assessments;
    @Autowired
    AuditTrail audit;

    Uploads api;
    ProcessInstance instance;
    Long id;

    @BeforeEach
    void anAssessmentWithADraftAndAFileAtItsEvidenceStep() throws IOException {
        api = new Uploads(port);
        instance = EvidenceStep.reached(driver, "Handed over");
        id = ((Number) driver.assessmentId(instance)).longValue();
        assertThat(api.raw("author", id, EvidenceStep.KEY, "Survey.csv", "area,people\nnorth,40\n"
                .getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(201);
        Map<String, Object> draft = new HashMap<>(evidenceAndEngagement());
        draft.put("evidenceGaps", DRAFTED);
        assertThat(send("author", "PUT", "/api/tasks/" + task() + "/draft", Map.of("data", draft)).statusCode())
                .isEqualTo(204);
    }

    @Test
    void anAdminHandsItOverAndTheNewAuthorCarriesOnWithTheDraftFilesAndStepsToCome() throws IOException {
        String evidenceTask = task();

        HttpResponse<String> handed = send("admin", "PUT", "/api/assessments/" + id + "/author",
                Map.of("username", "author2", "reason", "Asha has left the trust"));

        assertThat(handed.statusCode()).as(handed.body()).isEqualTo(200);
        assertThat(driver.currentTask(instance).getAssignee()).isEqualTo("author2");
        HttpResponse<String> form = send("author2", "GET", "/api/tasks/" + evidenceTask + "/form", null);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains(DRAFTED);
        assertThat(list("author2")).extracting(file -> file.get("fileName"), file -> file.get("uploadedBy"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Survey.csv", "author"));
        assertThat(api.raw("author2", id, EvidenceStep.KEY, "Notes.txt", "Notes".getBytes(StandardCharsets.UTF_8))
                .statusCode()).isEqualTo(201);
        assertThat(send("author", "GET", "/api/assessments/" + id, null).statusCode()).isEqualTo(403);

        driver.complete(instance, "author2", evidenceAndEngagement());
        assertThat(driver.currentTask(instance).getAssignee()).isEqualTo("author2");
        driver.complete(instance, "author2", impactAssessment());
        assertThat(driver.currentTask(instance).getAssignee()).isEqualTo("author2");
        assertThat(assessments.find(id).orElseThrow().getAuthor()).isEqualTo("author2");
        assertThat(audit.historyOf(id)).filteredOn(event -> event.getType().equals("AUTHOR_CHANGED"))
                .extracting(AuditEvent::getSummary)
                .containsExactly("admin handed the assessment over from author to author2: Asha has left the trust");
    }

    @Test
    void theAuthorCanHandItOverButNobodyElseCanAndEachRefusalNamesTheFieldAndChangesNothing() throws IOException {
        assertThat(send("author2", "PUT", "/api/assessments/" + id + "/author",
                Map.of("username", "author2", "reason", "Mine now")).statusCode()).isEqualTo(403);
        assertThat(send("lead", "PUT", "/api/assessments/" + id + "/author",
                Map.of("username", "author2", "reason", "Reorganised")).statusCode()).isEqualTo(403);
        assertRefused(Map.of("username", "nobody", "reason", "Left"), "username", "EIA author");
        assertRefused(Map.of("username", "lead", "reason", "Left"), "username", "EIA author");
        assertRefused(Map.of("username", "author", "reason", "Left"), "username", "author already");
        assertRefused(Map.of("username", "author2", "reason", " "), "reason", "Enter why");
        assertRefused(Map.of("reason", "Left"), "username", "EIA author");
        assertThat(driver.currentTask(instance).getAssignee()).isEqualTo("author");
        assertThat(audit.historyOf(id)).noneMatch(event -> event.getType().equals("AUTHOR_CHANGED"));

        assertThat(send("author", "PUT", "/api/assessments/" + id + "/author",
                Map.of("username", "author2", "reason", "Moving to another team")).statusCode()).isEqualTo(200);
        assertThat(driver.currentTask(instance).getAssignee()).isEqualTo("author2");
    }

    @Test
    void aWithdrawnAssessmentIsNotHandedOver() throws IOException {
        driver.withdraw(instance, "Dropped");

        assertThat(send("admin", "PUT", "/api/assessments/" + id + "/author",
                Map.of("username", "author2", "reason", "Left")).statusCode()).isEqualTo(409);
    }

    private void assertRefused(Map<String, Object> body, String field, String words) throws IOException {
        HttpResponse<String> refused = send("author", "PUT", "/api/assessments/" + id + "/author", body);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        assertThat(refused.body()).contains("\"" + field + "\"", words);
    }

    private String task() {
        return driver.currentTask(instance).getId();
    }

    private List<Map<String, Object>> list(String person) throws IOException {
        return JSON.readValue(send(person, "GET", "/api/assessments/" + id + "/evidence", null).body(), List.class);
    }

    private HttpResponse<String> send(String person, String method, String path, Object body) throws IOException {
        return api.send(person, method, path, body == null ? null : "application/json",
                body == null ? null : JSON.writeValueAsBytes(body));
    }
}
