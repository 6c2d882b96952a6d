package uk.nhs.eia.evidence.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static uk.nhs.eia.demo.DemoAnswers.actionPlanAndOutcome;
import static uk.nhs.eia.demo.DemoAnswers.evidenceAndEngagement;
import static uk.nhs.eia.demo.DemoAnswers.impactAssessment;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.demo.process.AssessmentDriver;
import uk.nhs.eia.evidence.EvidenceStep;
import uk.nhs.eia.evidence.SampleFiles;
import uk.nhs.eia.people.People;

/**
 * On the evidence and engagement page an author attaches a file with an ordinary form (no JavaScript), sees it listed
 * with links to download and remove it, and sees a refused file in the page's error summary, naming the file and the
 * rule.
 */
@EiaSpringBootTest
class EvidencePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    AssessmentDriver driver;
    @Autowired
    People people;
    @Autowired
    JdbcClient jdbc;

    ProcessInstance instance;
    Long assessment;
    String task;

    @BeforeEach
    void anAssessmentAtItsEvidenceStep() {
        instance = EvidenceStep.reached(driver, "Evidence page");
        assessment = ((Number) driver.assessmentId(instance)).longValue();
        task = driver.currentTask(instance).getId();
    }

    @Test
    void anAuthorAttachesAFileSeesItListedDownloadsItAndRemovesIt() throws Exception {
        byte[] report = SampleFiles.pdf("Consultation report");
        mvc.perform(multipart("/tasks/" + task + "/evidence")
                        .file(new MockMultipartFile("file", "Consultation report.pdf", "application/pdf", report))
                        .with(as("author")).with(csrf()))
                .andExpect(redirectedUrl("/tasks/" + task + "#evidence"))
                .andExpect(flash().attribute("evidenceNotice", "Consultation report.pdf has been attached to Evidence and engagement."));
        Long file = jdbc.sql("select id from eia_evidence_file where assessment_id = ?").param(assessment).query(Long.class).single();

        String page = mvc.perform(get("/tasks/" + task).with(as("author"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Consultation report.pdf", "/assessments/" + assessment + "/evidence/" + file,
                "/tasks/" + task + "/evidence/" + file + "/remove", "enctype=\"multipart/form-data\"", "name=\"_csrf\"",
                "id=\"evidence-file\"", "In your draft until you submit this step");

        byte[] downloaded = mvc.perform(get("/assessments/" + assessment + "/evidence/" + file).with(as("lead")))
                .andExpect(status().isOk()).andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(downloaded).isEqualTo(report);
        mvc.perform(get("/assessments/" + assessment + "/evidence/" + file).with(as("author2"))).andExpect(status().isForbidden());

        mvc.perform(post("/tasks/" + task + "/evidence/" + file + "/remove").with(as("author")).with(csrf()))
                .andExpect(redirectedUrl("/tasks/" + task + "#evidence"));
        assertThat(mvc.perform(get("/tasks/" + task).with(as("author"))).andReturn().getResponse().getContentAsString())
                .doesNotContain("Consultation report.pdf").contains("No files are attached to this step yet.");
    }

    @Test
    void aRefusedFileIsShownInTheErrorSummaryNamingTheFileAndTheRuleAndIsNotKept() throws Exception {
        MvcResult refused = mvc.perform(multipart("/tasks/" + task + "/evidence")
                        .file(new MockMultipartFile("file", "report.pdf", "application/pdf", SampleFiles.program()))
                        .with(as("author")).with(csrf()))
                .andExpect(redirectedUrl("/tasks/" + task)).andReturn();

        String page = mvc.perform(get("/tasks/" + task).with(as("author")).cookie(refused.getResponse().getCookies()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("There is a problem", "href=\"#evidence-file\"", "nhsuk-form-group--error",
                "id=\"evidence-file-error\"", "The selected file report.pdf must be a PDF, Word, Excel");
        assertThat(jdbc.sql("select count(*) from eia_evidence_file where assessment_id = ?").param(assessment)
                .query(Long.class).single()).isZero();
    }

    @Test
    void sendingTheFormWithoutChoosingAFileAsksForOne() throws Exception {
        MvcResult refused = mvc.perform(multipart("/tasks/" + task + "/evidence")
                        .file(new MockMultipartFile("file", "", "application/octet-stream", new byte[0]))
                        .with(as("author")).with(csrf()))
                .andExpect(redirectedUrl("/tasks/" + task)).andReturn();

        assertThat(mvc.perform(get("/tasks/" + task).with(as("author")).cookie(refused.getResponse().getCookies()))
                .andReturn().getResponse().getContentAsString()).contains("Select a file to attach");
    }

    @Test
    void anAuthorMarksAFilePublishableAndTheEqualityLeadAgreesOnTheQualityReviewPage() throws Exception {
        mvc.perform(multipart("/tasks/" + task + "/evidence")
                .file(new MockMultipartFile("file", "Survey summary.pdf", "application/pdf", SampleFiles.pdf("Survey")))
                .with(as("author")).with(csrf()));
        Long file = jdbc.sql("select id from eia_evidence_file where assessment_id = ?").param(assessment).query(Long.class).single();
        assertThat(pageOf(task, "author")).contains("Not for publication", "Mark as publishable");

        mvc.perform(post("/tasks/" + task + "/evidence/" + file + "/publishable").param("publishable", "true")
                        .with(as("author")).with(csrf()))
                .andExpect(redirectedUrl("/tasks/" + task + "#evidence"))
                .andExpect(flash().attribute("evidenceNotice", containsString("is marked publishable")));
        assertThat(pageOf(task, "author")).contains("Publishable if the equality lead agrees", "Do not publish");

        driver.complete(instance, "author", evidenceAndEngagement());
        driver.complete(instance, "author", impactAssessment());
        driver.complete(instance, "author", actionPlanAndOutcome(LocalDate.now().plusYears(1)));
        String review = driver.currentTask(instance).getId();
        mvc.perform(post("/tasks/" + review + "/claim").with(as("lead")).with(csrf()));
        assertThat(pageOf(review, "lead")).contains("Evidence files", "Survey summary.pdf", "Agree to publish",
                "/tasks/" + review + "/evidence/" + file + "/publication-agreement");

        mvc.perform(post("/tasks/" + review + "/evidence/" + file + "/publication-agreement").param("agreed", "true")
                        .with(as("lead")).with(csrf()))
                .andExpect(redirectedUrl("/tasks/" + review + "#evidence-review"))
                .andExpect(flash().attribute("evidenceNotice", "Survey summary.pdf will be published with the assessment."));
        assertThat(pageOf(review, "lead")).contains("To be published");
        mvc.perform(post("/tasks/" + review + "/evidence/" + file + "/publication-agreement").param("agreed", "true")
                .with(as("approver")).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void theRecordListsTheFilesByStepAndVersionWithTheirHashes() throws Exception {
        mvc.perform(multipart("/tasks/" + task + "/evidence")
                .file(new MockMultipartFile("file", "Engagement notes.txt", "text/plain", "Notes".getBytes()))
                .with(as("author")).with(csrf()));
        String sha256 = jdbc.sql("select sha256 from eia_evidence_file where assessment_id = ?").param(assessment)
                .query(String.class).single();

        String record = mvc.perform(get("/assessments/" + assessment).with(as("approver"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(record).contains("id=\"files\"", "Evidence and engagement, version 1", "Engagement notes.txt", sha256,
                "In a draft", "Not for publication");
    }

    private String pageOf(String taskId, String person) throws Exception {
        return mvc.perform(get("/tasks/" + taskId).with(as(person))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    // The page after the redirect is asked for with the session cookie the redirect set: sessions live in the
    // database, so the flash attributes reach the next page there, as in a browser.

    private RequestPostProcessor as(String person) {
        return user(person).authorities(people.groupsOf(person).stream()
                .map(group -> new SimpleGrantedAuthority("GROUP_" + group)).toList());
    }
}
