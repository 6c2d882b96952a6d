package uk.nhs.eia.evidence.api;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.eia.demo.DemoAnswers.evidenceAndEngagement;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.audit.AuditEvent;
import uk.nhs.eia.audit.AuditTrail;
import uk.nhs.eia.demo.process.AssessmentDriver;
import uk.nhs.eia.evidence.EvidenceStep;
import uk.nhs.eia.evidence.GeneratedText;
import uk.nhs.eia.evidence.SampleFiles;
import uk.nhs.eia.evidence.Uploads;

/**
 * An author attaches evidence to the evidence and engagement step through the JSON API: what is kept comes back byte
 * for byte with the hash the audit trail holds, and every file that breaks a rule is refused, naming the file and the
 * rule, with nothing kept.
 */
@EiaSpringBootTest
class EvidenceApiTest {

    static final String EVIDENCE = EvidenceStep.KEY;
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    AssessmentDriver driver;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcClient jdbc;

    Uploads uploads;
    ProcessInstance instance;
    Long assessment;

    @BeforeEach
    void anAssessmentAtItsEvidenceStep() {
        uploads = new Uploads(port);
        instance = EvidenceStep.reached(driver, "Evidence");
        assessment = ((Number) driver.assessmentId(instance)).longValue();
    }

    @Test
    void anAttachedFileIsListedAndDownloadsWithTheSameBytesHashAndSafeHeaders() throws Exception {
        byte[] report = SampleFiles.pdf("Consultation report");

        HttpResponse<String> attached = uploads.raw("author", assessment, EVIDENCE, "Consultation report.pdf", report);

        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
        Map<String, Object> file = JSON.readValue(attached.body(), Map.class);
        assertThat(file).containsEntry("fileName", "Consultation report.pdf").containsEntry("mediaType", "application/pdf")
                .containsEntry("sha256", sha256(report)).containsEntry("uploadedBy", "author").containsEntry("step", EVIDENCE)
                .containsEntry("submittedAt", null);
        assertThat(((Number) file.get("sizeBytes")).longValue()).isEqualTo(report.length);
        assertThat(listed("author")).extracting(f -> f.get("sha256")).containsExactly(sha256(report));

        HttpResponse<InputStream> download = uploads.download("lead", assessment, file.get("id"));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(download.headers().firstValue("Content-Disposition")).get().asString().startsWith("attachment;")
                .contains("Consultation report.pdf");
        try (InputStream body = download.body()) {
            assertThat(body.readAllBytes()).isEqualTo(report);
        }
    }

    @Test
    void aWordDocumentSentAsAFormIsKeptAsWord() throws Exception {
        HttpResponse<String> attached = uploads.multipart("author", assessment, EVIDENCE, "Survey results.docx", SampleFiles.docx());

        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
        assertThat(JSON.readValue(attached.body(), Map.class)).containsEntry("mediaType",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void theAuditTrailCarriesTheHashOfEveryFileAttachedAndRemoved() throws Exception {
        byte[] notes = "Engagement notes\nListening event, 3 March\n".getBytes(StandardCharsets.UTF_8);
        Map<String, Object> file = JSON.readValue(uploads.raw("author", assessment, EVIDENCE, "notes.txt", notes).body(), Map.class);

        assertThat(uploads.send("author", "DELETE", "/api/assessments/" + assessment + "/evidence/" + file.get("id"), null, null)
                .statusCode()).isEqualTo(204);

        assertThat(listed("author")).isEmpty();
        List<AuditEvent> events = audit.historyOf(assessment);
        assertThat(events).filteredOn(e -> e.getType().equals("EVIDENCE_ATTACHED")).singleElement()
                .satisfies(e -> assertThat(e.getSummary()).contains("notes.txt", sha256(notes), "Evidence and engagement"));
        assertThat(events).filteredOn(e -> e.getType().equals("EVIDENCE_REMOVED")).singleElement()
                .satisfies(e -> assertThat(e.getSummary()).contains("notes.txt", sha256(notes)));
    }

    @Test
    void aFileInTheDraftBecomesPartOfTheStepWhenItIsSubmitted() throws Exception {
        uploads.raw("author", assessment, EVIDENCE, "data.csv", "area,people\nnorth,120\n".getBytes(StandardCharsets.UTF_8));

        driver.complete(instance, "author", evidenceAndEngagement());

        assertThat(listed("author")).singleElement().satisfies(f -> {
            assertThat(f.get("mediaType")).isEqualTo("text/csv");
            assertThat(f.get("submittedAt")).isNotNull();
        });
        assertThat(uploads.raw("author", assessment, EVIDENCE, "late.txt", "too late".getBytes(StandardCharsets.UTF_8))
                .statusCode()).isEqualTo(403);
    }

    @Test
    void eachFileThatBreaksARuleIsRefusedNamingTheFileAndTheRuleAndNothingIsKept() throws Exception {
        assertRefused(uploads.raw("author", assessment, EVIDENCE, "report.pdf", SampleFiles.program()), 422,
                "report.pdf", "must be a PDF, Word, Excel");
        assertRefused(uploads.raw("author", assessment, EVIDENCE, "noise.pdf", new byte[] {1, 2, 3, (byte) 0xfe, 0, 7}),
                422, "noise.pdf", "must be a PDF");
        assertRefused(uploads.raw("author", assessment, EVIDENCE, "plan.docx", SampleFiles.docm()), 422, "plan.docx",
                "contains macros");
        assertRefused(uploads.multipart("author", assessment, EVIDENCE, "plan.docm", SampleFiles.docm()), 422,
                "plan.docm", "must be a PDF");
        assertRefused(uploads.raw("author", assessment, EVIDENCE, "locked.pdf", SampleFiles.encryptedPdf()), 422,
                "locked.pdf", "protected with a password");
        assertRefused(uploads.raw("author", assessment, EVIDENCE, "empty.txt", new byte[0]), 422, "empty.txt", "is empty");
        assertRefused(uploads.raw("author", assessment, "Screening", "notes.txt", "x".getBytes(StandardCharsets.UTF_8)),
                422, "Files can be attached only to Evidence and engagement");
        assertRefused(uploads.raw("lead", assessment, EVIDENCE, "notes.txt", "x".getBytes(StandardCharsets.UTF_8)), 403,
                "only while it is a step you are working on");
        assertRefused(uploads.raw("author2", assessment, EVIDENCE, "notes.txt", "x".getBytes(StandardCharsets.UTF_8)), 403,
                "You cannot see this assessment");
        assertThat(uploads.raw("author", 999_999, EVIDENCE, "notes.txt", "x".getBytes(StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(404);

        assertNothingKept();
    }

    @Test
    void aFilePartOverTheLimitIsRefusedNamingTheLimit() throws Exception {
        byte[] tooLarge = new byte[32 * 1024 * 1024 + 1];
        Arrays.fill(tooLarge, (byte) 'a');

        assertRefused(uploads.multipart("author", assessment, EVIDENCE, "census.csv", tooLarge), 422, "census.csv",
                "must be 32 MB or smaller");
        assertNothingKept();
    }

    @Test
    void aLargeFileIsStreamedInAndOutAndTheAssessmentsLimitRefusesTheNextThatDoesNotFit() throws Exception {
        long size = 31L * 1024 * 1024 + 17;
        MessageDigest sent = MessageDigest.getInstance("SHA-256");

        HttpResponse<String> attached = uploads.streamed("author", assessment, EVIDENCE, "population.txt",
                () -> new DigestInputStream(new GeneratedText(size), sent));

        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
        Map<String, Object> file = JSON.readValue(attached.body(), Map.class);
        String hash = HexFormat.of().formatHex(sent.digest());
        assertThat(file.get("sha256")).isEqualTo(hash);
        assertThat(((Number) file.get("sizeBytes")).longValue()).isEqualTo(size);
        assertThat(jdbc.sql("select count(*) from eia_evidence_chunk where file_id = ?").param(file.get("id"))
                .query(Long.class).single()).isEqualTo(32);

        MessageDigest received = MessageDigest.getInstance("SHA-256");
        HttpResponse<InputStream> download = uploads.download("author", assessment, file.get("id"));
        long count;
        try (InputStream body = new DigestInputStream(download.body(), received)) {
            count = body.transferTo(OutputStream.nullOutputStream());
        }
        assertThat(count).isEqualTo(size);
        assertThat(HexFormat.of().formatHex(received.digest())).isEqualTo(hash);

        // 18 MB where 17 MB are left: refused once the 17 MB are read; the servlet container reads the rest unasked.
        assertRefused(uploads.streamed("author", assessment, EVIDENCE, "second.txt", () -> new GeneratedText(18L * 1024 * 1024)),
                422, "second.txt", "an assessment may hold at most 48 MB");
        assertThat(listed("author")).hasSize(1);
    }

    @Test
    void camundaTasklistListsTheFilesOfAStepsAssessmentForThoseWhoMayReadIt() throws Exception {
        uploads.raw("author", assessment, EVIDENCE, "Consultation report.pdf", SampleFiles.pdf("Report"));
        String task = driver.currentTask(instance).getId();

        HttpResponse<String> listed = uploads.send("lead", "GET", "/api/tasks/" + task + "/evidence", null, null);

        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(JSON.readValue(listed.body(), List.class)).extracting(file -> ((Map<?, ?>) file).get("fileName"))
                .containsExactly("Consultation report.pdf");
        assertThat(uploads.send("author2", "GET", "/api/tasks/" + task + "/evidence", null, null).statusCode()).isEqualTo(403);
        assertThat(uploads.send("lead", "GET", "/api/tasks/no-such-task/evidence", null, null).statusCode()).isEqualTo(404);
        HttpResponse<String> tab = uploads.send("lead", "GET", "/camunda/app/tasklist/scripts/config.js", null, null);
        assertThat(tab.body()).contains("scripts/evidence-files");
        assertThat(uploads.send("lead", "GET", "/camunda/app/tasklist/scripts/evidence-files.js", null, null).body())
                .contains("pluginPoint: 'tasklist.task.detail'", "/api/tasks/");
    }

    private void assertRefused(HttpResponse<String> response, int status, String... words) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat((String) JSON.readValue(response.body(), Map.class).get("detail")).contains(words);
    }

    private void assertNothingKept() throws IOException {
        assertThat(listed("author")).isEmpty();
        assertThat(jdbc.sql("select count(*) from eia_evidence_file where assessment_id = ?").param(assessment)
                .query(Long.class).single()).isZero();
        assertThat(audit.historyOf(assessment)).noneMatch(e -> e.getType().startsWith("EVIDENCE"));
    }

    private List<Map<String, Object>> listed(String person) throws IOException {
        HttpResponse<String> list = uploads.send(person, "GET", "/api/assessments/" + assessment + "/evidence", null, null);
        assertThat(list.statusCode()).isEqualTo(200);
        return JSON.readValue(list.body(), List.class);
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
