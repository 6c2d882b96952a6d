package uk.nhs.eia.evidence.api;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.eia.demo.DemoAnswers.actionPlanAndOutcome;
import static uk.nhs.eia.demo.DemoAnswers.evidenceAndEngagement;
import static uk.nhs.eia.demo.DemoAnswers.impactAssessment;
import static uk.nhs.eia.demo.DemoAnswers.qualityReview;
import static uk.nhs.eia.demo.DemoAnswers.signOff;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.assessment.AssessmentService;
import uk.nhs.eia.audit.AuditEvent;
import uk.nhs.eia.audit.AuditTrail;
import uk.nhs.eia.demo.process.AssessmentDriver;
import uk.nhs.eia.evidence.EvidenceStep;
import uk.nhs.eia.evidence.SampleFiles;
import uk.nhs.eia.evidence.Uploads;

/**
 * A file reaches the public register only when its author marks it publishable and the equality lead agrees at
 * quality review: then anyone can download it from the published version, byte for byte, and nothing else attached
 * to the assessment can be reached there.
 */
@EiaSpringBootTest
class PublishingEvidenceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String EVIDENCE = EvidenceStep.KEY;

    @LocalServerPort
    int port;
    @Autowired
    AssessmentDriver driver;
    @Autowired
    AssessmentService assessments;
    @Autowired
    AuditTrail audit;

    Uploads uploads;
    ProcessInstance instance;
    Long assessment;

    @BeforeEach
    void anAssessmentAtItsEvidenceStep() {
        uploads = new Uploads(port);
        instance = EvidenceStep.reached(driver, "Published evidence");
        assessment = ((Number) driver.assessmentId(instance)).longValue();
    }

    @Test
    void onlyAFileTheAuthorMarkedAndTheLeadAgreedIsOnTheRegisterAndInThePdf() throws Exception {
        byte[] report = SampleFiles.pdf("Consultation report");
        Object reportId = attach("Consultation report.pdf", report);
        Object notesId = attach("Interview notes.txt", "Names of people interviewed".getBytes(StandardCharsets.UTF_8));
        Object surveyId = attach("Survey.csv", "area,people\nnorth,3\n".getBytes(StandardCharsets.UTF_8));
        assertThat(choose("author", reportId, "publishable", true)).containsEntry("publishable", true);
        choose("author", surveyId, "publishable", true);

        driver.complete(instance, "author", evidenceAndEngagement());
        driver.complete(instance, "author", impactAssessment());
        driver.complete(instance, "author", actionPlanAndOutcome(LocalDate.now().plusYears(1)));
        leadClaimsTheQualityReview();
        assertThat(choose("lead", reportId, "publication-agreement", true)).containsEntry("publicationAgreedBy", "lead");
        driver.complete(instance, "lead", qualityReview("accept", null));
        driver.complete(instance, "approver", signOff("approve", null));

        String reference = assessments.byProcessInstances(List.of(instance.getId())).get(0).getReference();
        String page = anonymous("/register/" + reference, HttpResponse.BodyHandlers.ofString()).body();
        String link = "/register/" + reference + "/versions/1/files/" + reportId;
        assertThat(page).contains("Documents", "Consultation report.pdf", link)
                .doesNotContain("Interview notes.txt", "Survey.csv");

        HttpResponse<byte[]> download = anonymous(link, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(report);
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(download.headers().firstValue("Content-Disposition")).get().asString().startsWith("attachment");
        for (Object unpublished : List.of(notesId, surveyId)) {
            assertThat(anonymous("/register/" + reference + "/versions/1/files/" + unpublished,
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);
        }

        HttpResponse<byte[]> pdf = anonymous("/register/" + reference + "/versions/1.pdf", HttpResponse.BodyHandlers.ofByteArray());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Documents", "Consultation report.pdf")
                    .doesNotContain("Interview notes.txt");
        }
        assertThat(audit.historyOf(assessment)).extracting(AuditEvent::getType)
                .contains("EVIDENCE_MARKED_PUBLISHABLE", "EVIDENCE_PUBLICATION_AGREED");
    }

    @Test
    void theLeadCannotAgreeToPublishAFileItsAuthorDidNotMark() throws Exception {
        Object notesId = attach("Interview notes.txt", "Names".getBytes(StandardCharsets.UTF_8));
        driver.complete(instance, "author", evidenceAndEngagement());
        driver.complete(instance, "author", impactAssessment());
        driver.complete(instance, "author", actionPlanAndOutcome(LocalDate.now().plusYears(1)));
        leadClaimsTheQualityReview();

        HttpResponse<String> refused = put("lead", notesId, "publication-agreement", Map.of("agreed", true));

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Interview notes.txt", "its author has not marked it publishable");
    }

    @Test
    void unmarkingAFileTakesAwayTheLeadsAgreement() throws Exception {
        Object reportId = attach("Report.pdf", SampleFiles.pdf("Report"));
        choose("author", reportId, "publishable", true);
        driver.complete(instance, "author", evidenceAndEngagement());
        driver.complete(instance, "author", impactAssessment());
        driver.complete(instance, "author", actionPlanAndOutcome(LocalDate.now().plusYears(1)));
        leadClaimsTheQualityReview();
        choose("lead", reportId, "publication-agreement", true);
        driver.complete(instance, "lead", qualityReview("return", "evidence"));

        Map<String, Object> unmarked = choose("author", reportId, "publishable", false);

        assertThat(unmarked).containsEntry("publishable", false).containsEntry("publicationAgreedBy", null);
    }

    @Test
    void onlyTheAuthorWorkingOnTheStepMarksAndOnlyTheLeadAtQualityReviewAgrees() throws Exception {
        Object reportId = attach("Report.pdf", SampleFiles.pdf("Report"));

        assertThat(put("lead", reportId, "publishable", Map.of("publishable", true)).statusCode()).isEqualTo(403);
        assertThat(put("author2", reportId, "publishable", Map.of("publishable", true)).statusCode()).isEqualTo(403);
        assertThat(put("author", reportId, "publication-agreement", Map.of("agreed", true)).statusCode()).isEqualTo(403);
        assertThat(put("lead", reportId, "publication-agreement", Map.of("agreed", true)).statusCode()).isEqualTo(403);

        HttpResponse<String> missing = put("author", reportId, "publishable", Map.of());
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(missing.body()).contains("publishable", "true or false");
        assertThat(put("author", 999_999, "publishable", Map.of("publishable", true)).statusCode()).isEqualTo(404);
    }

    private void leadClaimsTheQualityReview() {
        HttpResponse<String> claimed = uploads.send("lead", "POST", "/api/tasks/" + driver.currentTask(instance).getId()
                + "/claim", null, null);
        assertThat(claimed.statusCode()).as(claimed.body()).isLessThan(300);
    }

    private Object attach(String name, byte[] content) throws IOException {
        HttpResponse<String> attached = uploads.raw("author", assessment, EVIDENCE, name, content);
        assertThat(attached.statusCode()).as(attached.body()).isEqualTo(201);
        return JSON.readValue(attached.body(), Map.class).get("id");
    }

    private Map<String, Object> choose(String person, Object fileId, String what, boolean value) throws IOException {
        HttpResponse<String> chosen = put(person, fileId, what,
                Map.of(what.equals("publishable") ? "publishable" : "agreed", value));
        assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(200);
        return JSON.readValue(chosen.body(), Map.class);
    }

    private HttpResponse<String> put(String person, Object fileId, String what, Map<String, Object> body) throws IOException {
        return uploads.send(person, "PUT", "/api/assessments/" + assessment + "/evidence/" + fileId + "/" + what,
                "application/json", JSON.writeValueAsBytes(body));
    }

    private <T> HttpResponse<T> anonymous(String path, HttpResponse.BodyHandler<T> body) throws IOException {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .build(), body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
