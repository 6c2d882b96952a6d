package uk.nhs.eia.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static uk.nhs.eia.demo.DemoAnswers.actionPlanAndOutcome;
import static uk.nhs.eia.demo.DemoAnswers.evidenceAndEngagement;
import static uk.nhs.eia.demo.DemoAnswers.impactAssessment;
import static uk.nhs.eia.demo.DemoAnswers.qualityReview;
import static uk.nhs.eia.demo.DemoAnswers.signOff;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.assessment.AssessmentService;
import uk.nhs.eia.demo.process.AssessmentDriver;
import uk.nhs.eia.evidence.EvidenceStep;
import uk.nhs.eia.evidence.SampleFiles;
import uk.nhs.eia.evidence.Uploads;
import uk.nhs.eia.people.People;

/**
 * The evidence of one assessment from the evidence step to the register: the author attaches a consultation report
 * and cites two library sources; the equality lead sees them all at quality review; the published PDF lists the
 * sources cited; and the compliance ZIP holds the report with the hash recorded when it was attached.
 */
@EiaSpringBootTest
class EvidenceFromStepToRegisterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    AssessmentDriver driver;
    @Autowired
    AssessmentService assessments;
    @Autowired
    MockMvc mvc;
    @Autowired
    People people;

    @Test
    void aReportAndTwoCitedSourcesReachTheLeadThePublishedPdfAndTheZip() throws Exception {
        Uploads api = new Uploads(port);
        ProcessInstance instance = EvidenceStep.reached(driver, "Clinic move");
        Object id = driver.assessmentId(instance);
        byte[] report = SampleFiles.pdf("Consultation report on the clinic move");
        assertThat(api.raw("author", id, EvidenceStep.KEY, "Consultation report.pdf", report).statusCode()).isEqualTo(201);
        String census = "Census 2021 age by area " + System.nanoTime();
        String jsna = "Joint strategic needs assessment " + System.nanoTime();
        cite(api, id, addSource(api, census, List.of("age")), "A third of the catchment is over 65");
        cite(api, id, addSource(api, jsna, List.of("disability", "carers")), "Carers travel furthest to the clinic");

        driver.complete(instance, "author", evidenceAndEngagement());
        driver.complete(instance, "author", impactAssessment());
        driver.complete(instance, "author", actionPlanAndOutcome(LocalDate.now().plusYears(1)));
        String review = driver.currentTask(instance).getId();
        api.send("lead", "POST", "/api/tasks/" + review + "/claim", null, null);
        String reviewPage = mvc.perform(get("/tasks/" + review).with(user("lead").authorities(people.groupsOf("lead")
                .stream().map(group -> new SimpleGrantedAuthority("GROUP_" + group)).toList())))
                .andReturn().getResponse().getContentAsString();
        assertThat(reviewPage).contains("Consultation report.pdf", census, jsna, "Carers travel furthest to the clinic");
        driver.complete(instance, "lead", qualityReview("accept", null));
        driver.complete(instance, "approver", signOff("approve", null));

        String reference = assessments.byProcessInstances(List.of(instance.getId())).get(0).getReference();
        byte[] published = api.bytes(null, "/register/" + reference + "/versions/1.pdf");
        try (PDDocument document = Loader.loadPDF(published)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Sources cited", census, jsna, "A third of the catchment is over 65");
        }
        Map<String, byte[]> zip = unzip(api.bytes("auditor", "/api/assessments/" + id + "/export.zip"));
        byte[] kept = zip.get("files/evidence-and-engagement/v1/Consultation report.pdf");
        assertThat(kept).isEqualTo(report);
        assertThat(new String(zip.get("files/SHA256SUMS"), StandardCharsets.UTF_8))
                .contains(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(report))
                        + "  evidence-and-engagement/v1/Consultation report.pdf");
    }

    private static Object addSource(Uploads api, String title, List<String> groups) throws IOException {
        Map<String, Object> source = Map.of("title", title, "publisher", "The trust", "publishedOn",
                LocalDate.now().minusMonths(3).toString(), "link", "https://example.nhs.uk/sources", "area",
                "The trust's catchment", "reviewBy", LocalDate.now().plusYears(1).toString(), "groups", groups);
        HttpResponse<String> added = api.send("lead", "POST", "/api/library/sources", "application/json",
                JSON.writeValueAsBytes(source));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        return JSON.readValue(added.body(), Map.class).get("id");
    }

    private static void cite(Uploads api, Object assessment, Object source, String shows) throws IOException {
        HttpResponse<String> cited = api.send("author", "POST", "/api/assessments/" + assessment + "/sources",
                "application/json", JSON.writeValueAsBytes(Map.of("sourceId", source, "shows", shows)));
        assertThat(cited.statusCode()).as(cited.body()).isEqualTo(201);
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
