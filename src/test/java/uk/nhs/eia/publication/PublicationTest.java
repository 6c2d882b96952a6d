package uk.nhs.eia.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.eia.demo.DemoAnswers.actionPlanAndOutcome;
import static uk.nhs.eia.demo.DemoAnswers.evidenceAndEngagement;
import static uk.nhs.eia.demo.DemoAnswers.impactAssessment;
import static uk.nhs.eia.demo.DemoAnswers.proposal;
import static uk.nhs.eia.demo.DemoAnswers.qualityReview;
import static uk.nhs.eia.demo.DemoAnswers.review;
import static uk.nhs.eia.demo.DemoAnswers.screening;
import static uk.nhs.eia.demo.DemoAnswers.signOff;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import uk.nhs.eia.EiaSpringBootTest;
import uk.nhs.eia.assessment.AssessmentService;
import uk.nhs.eia.demo.process.AssessmentDriver;

/** Signed-off assessments on the public register, without signing in, and as a tagged PDF of the same content. */
@EiaSpringBootTest
class PublicationTest {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    AssessmentDriver driver;
    @Autowired
    AssessmentService assessments;

    @Test
    void aSignedOffAssessmentIsOnThePublicRegisterWithItsAttestationAndOnlyTheNamesConfigured() {
        String title = "Published clinic change " + System.nanoTime();
        ProcessInstance instance = signedOff(title);
        String reference = reference(instance);

        String register = rest.getForObject("/register?q=" + title.replace(' ', '+'), String.class);
        assertThat(register).contains(title, reference + ", version 1");
        String page = rest.getForObject("/register/" + reference, String.class);
        assertThat(page).contains("Due-regard attestation", "I have read this assessment and have paid due regard",
                "Add disability monitoring to the booking form", "Arun Singh", "The author (name not published)")
                .doesNotContain("Asha Patel", "Quality review");
    }

    @Test
    void whatIsNotPublishedIsNotOnTheRegister() {
        String title = "Unpublished draft " + System.nanoTime();
        ProcessInstance instance = driver.start("author", proposal(title, "policy", "new", "operations", "approver",
                LocalDate.now().plusMonths(2)));

        assertThat(rest.getForObject("/register?q=" + title.replace(' ', '+'), String.class))
                .contains("No published assessments match.");
        assertThat(rest.getForEntity("/register/" + reference(instance), String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(rest.withBasicAuth("author", "demo").getForEntity("/api/assessments/" + driver.assessmentId(instance)
                + "/export.pdf", byte[].class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void thePdfIsTaggedAndHoldsEverySectionTheAttestationAndTheActionPlan() throws IOException {
        ProcessInstance instance = signedOff("PDF clinic change " + System.nanoTime());

        ResponseEntity<byte[]> pdf = rest.withBasicAuth("author", "demo")
                .getForEntity("/api/assessments/" + driver.assessmentId(instance) + "/export.pdf", byte[].class);

        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        try (PDDocument document = Loader.loadPDF(pdf.getBody())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains(reference(instance), "Published version 1", "Planned decision date", "Review date",
                    "Summary", "Sign-off", "Due-regard attestation", "Screening", "Evidence and engagement",
                    "Impact assessment", "Action plan and outcome", "Add disability monitoring to the booking form");
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(document.getDocumentInformation().getTitle()).startsWith(reference(instance));
        }
        assertThat(rest.withBasicAuth("author2", "demo").getForEntity("/api/assessments/" + driver.assessmentId(instance)
                + "/export.pdf", byte[].class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(rest.getForEntity("/register/" + reference(instance) + "/versions/1.pdf", byte[].class).getHeaders()
                .getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
    }

    @Test
    void aReviewPublishesANewVersionAndTheEarlierOneStaysReachable() {
        ProcessInstance instance = signedOff("Reviewed clinic change " + System.nanoTime());
        String reference = reference(instance);
        driver.fire(driver.timer(instance, "ReviewDateReached"));
        driver.complete(instance, "author", review("confirm", LocalDate.now().plusYears(2)));

        assertThat(rest.getForObject("/register/" + reference, String.class))
                .contains(reference + ", published version 2").doesNotContain("An earlier version");
        assertThat(rest.getForObject("/register/" + reference + "/versions/1", String.class))
                .contains(reference + ", published version 1", "An earlier version", "Read the latest version");
    }

    private ProcessInstance signedOff(String title) {
        LocalDate review = LocalDate.now().plusYears(1);
        ProcessInstance instance = driver.start("author", proposal(title, "service-change", "new", "operations", "approver",
                LocalDate.now().plusMonths(2)));
        driver.complete(instance, "author", screening(true));
        driver.complete(instance, "author", evidenceAndEngagement());
        driver.complete(instance, "author", impactAssessment());
        driver.complete(instance, "author", actionPlanAndOutcome(review));
        driver.complete(instance, "lead", qualityReview("accept", null));
        driver.complete(instance, "approver", signOff("approve", null));
        return instance;
    }

    private String reference(ProcessInstance instance) {
        return assessments.byProcessInstances(List.of(instance.getId())).get(0).getReference();
    }
}
