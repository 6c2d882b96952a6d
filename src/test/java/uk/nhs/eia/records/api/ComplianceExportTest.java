package uk.nhs.eia.records.api;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.eia.demo.DemoAnswers.actionPlanAndOutcome;
import static uk.nhs.eia.demo.DemoAnswers.evidenceAndEngagement;
import static uk.nhs.eia.demo.DemoAnswers.impactAssessment;
import static uk.nhs.eia.demo.DemoAnswers.proposal;
import static uk.nhs.eia.demo.DemoAnswers.qualityReview;
import static uk.nhs.eia.demo.DemoAnswers.screening;
import static uk.nhs.eia.demo.DemoAnswers.signOff;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.audit.AuditHash;
import uk.nhs.eia.demo.process.AssessmentDriver;

/** A compliance lead downloads everything kept about an assessment and can check its audit events offline. */
@EiaSpringBootTest
class ComplianceExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TestRestTemplate rest;
    @Autowired
    AssessmentDriver driver;

    @Test
    void theZipHoldsTheRecordEverySubmissionItsSealedEventsTheHistoryAndThePublishedPdf() throws IOException {
        ProcessInstance instance = driver.start("author", proposal("Exported " + System.nanoTime(), "policy", "new",
                "operations", "approver", LocalDate.now().plusMonths(2)));
        driver.complete(instance, "author", screening(true));
        driver.complete(instance, "author", evidenceAndEngagement());
        driver.complete(instance, "author", impactAssessment());
        driver.complete(instance, "author", actionPlanAndOutcome(LocalDate.now().plusYears(1)));
        driver.complete(instance, "lead", qualityReview("accept", null));
        driver.complete(instance, "approver", signOff("approve", null));

        ResponseEntity<byte[]> zip = rest.withBasicAuth("auditor", "demo")
                .getForEntity("/api/assessments/" + driver.assessmentId(instance) + "/export.zip", byte[].class);
        Map<String, byte[]> entries = unzip(zip.getBody());

        assertThat(entries).containsKeys("README.txt", "assessment.json", "submissions.json", "audit-events.json",
                "history.json", "published-v1.pdf");
        assertThat(JSON.readTree(entries.get("submissions.json"))).hasSize(7);
        JsonNode events = JSON.readTree(entries.get("audit-events.json"));
        assertThat(events).isNotEmpty().allSatisfy(event -> {
            assertThat(event.get("sealIntact").asBoolean()).isTrue();
            assertThat(event.get("hash").asText()).isEqualTo(AuditHash.of(event.get("previousHash").asText(),
                    event.get("chainSeq").asLong(), java.time.Instant.parse(event.get("occurredAt").asText()),
                    event.get("actor").asText(), event.get("type").asText(), event.get("assessmentId").asLong(),
                    event.get("subjectType").asText(), event.get("subjectId").asText(), text(event.get("beforeHash")),
                    text(event.get("afterHash")), event.get("summary").asText()));
        });
        assertThat(new String(entries.get("published-v1.pdf"), 0, 5)).isEqualTo("%PDF-");
        assertThat(rest.withBasicAuth("author2", "demo").getForEntity("/api/assessments/" + driver.assessmentId(instance)
                + "/export.zip", byte[].class).getStatusCode().value()).isEqualTo(403);
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }
}
