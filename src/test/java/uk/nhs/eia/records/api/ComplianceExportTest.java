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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.audit.AuditHash;
import uk.nhs.eia.contract.Step;
import uk.nhs.eia.demo.process.AssessmentDriver;
import uk.nhs.eia.evidence.EvidenceStep;
import uk.nhs.eia.evidence.SampleFiles;
import uk.nhs.eia.evidence.Uploads;

/**
 * A compliance lead downloads everything kept about an assessment and can check its audit events and its files
 * offline.
 */
@EiaSpringBootTest
class ComplianceExportTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
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

    @Test
    void theZipHoldsEveryFileInAFolderPerStepWithAManifestAndChecksumsThatMatchTheFiles() throws Exception {
        ProcessInstance instance = EvidenceStep.reached(driver, "Exported files");
        Object id = driver.assessmentId(instance);
        Uploads uploads = new Uploads(port);
        byte[] first = SampleFiles.pdf("First report");
        byte[] second = SampleFiles.pdf("Second report");
        uploads.raw("author", id, EvidenceStep.KEY, "report.pdf", first);
        Object secondId = JSON.readTree(uploads.raw("author", id, EvidenceStep.KEY, "report.pdf", second).body()).get("id");
        driver.complete(instance, "author", evidenceAndEngagement());
        driver.complete(instance, "author", impactAssessment());
        byte[] plan = "action,owner\nAdd monitoring,team\n".getBytes(StandardCharsets.UTF_8);
        uploads.raw("author", id, Step.ACTION_PLAN_AND_OUTCOME.key(), "=plan.csv", plan);

        Map<String, byte[]> entries = unzip(rest.withBasicAuth("lead", "demo")
                .getForEntity("/api/assessments/" + id + "/export.zip", byte[].class).getBody());

        assertThat(entries.get("files/evidence-and-engagement/v1/report.pdf")).isEqualTo(first);
        assertThat(entries.get("files/evidence-and-engagement/v1/" + secondId + "-report.pdf")).isEqualTo(second);
        assertThat(entries.get("files/action-plan-and-outcome/v1/=plan.csv")).isEqualTo(plan);
        List<String> sums = new String(entries.get("files/SHA256SUMS"), StandardCharsets.UTF_8).lines().toList();
        assertThat(sums).hasSize(3).allSatisfy(line -> {
            String[] hashAndPath = line.split("  ", 2);
            assertThat(sha256(entries.get("files/" + hashAndPath[1]))).as(line).isEqualTo(hashAndPath[0]);
        });
        List<String> manifest = new String(entries.get("files/manifest.csv"), StandardCharsets.UTF_8).lines().toList();
        assertThat(manifest.get(0)).startsWith("path,name,step,version,type,sizeBytes,sha256,uploadedBy,uploadedAt");
        assertThat(manifest).hasSize(4).anySatisfy(row -> assertThat(row).startsWith("action-plan-and-outcome/v1/=plan.csv,'=plan.csv,"
                + "Action plan and outcome,1,text/csv,").contains(sha256(plan), ",author,"));
        assertThat(new String(entries.get("README.txt"), StandardCharsets.UTF_8)).contains("files/manifest.csv",
                "sha256sum -c SHA256SUMS");
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
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
