package uk.nhs.eia.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.eia.demo.DemoAnswers.actionPlanAndOutcome;
import static uk.nhs.eia.demo.DemoAnswers.evidenceAndEngagement;
import static uk.nhs.eia.demo.DemoAnswers.impactAssessment;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.nhs.eia.demo.process.AssessmentDriver;
import uk.nhs.eia.evidence.EvidenceStep;
import uk.nhs.eia.evidence.SampleFiles;
import uk.nhs.eia.library.EvidenceLibrary;
import uk.nhs.eia.library.SourceDetails;

/**
 * Evidence files on the step pages in a real browser: the author attaches, downloads and marks a file publishable on
 * the evidence and engagement page, a refused file shows in the error summary, and the equality lead agrees to
 * publish at quality review; the author cites a source from the evidence library, saying what it shows. Every state
 * of the pages is checked with axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "eia.demo.assessments=true")
@ActiveProfiles("test")
class EvidenceInChromiumIT {

    private static ChromeDriver chromium;

    @LocalServerPort
    int port;
    @Autowired
    AssessmentDriver driver;
    @Autowired
    EvidenceLibrary library;
    @TempDir
    Path folder;

    private Browser browser;
    private ProcessInstance instance;

    @BeforeAll
    static void openBrowser() {
        chromium = Chromium.start();
    }

    @AfterAll
    static void closeBrowser() {
        chromium.quit();
    }

    /** The author, on the evidence and engagement page of an assessment screened in. */
    @BeforeEach
    void atTheEvidenceStep() {
        browser = new Browser(chromium, port);
        instance = EvidenceStep.reached(driver, "Evidence in the browser");
        browser.signIn("author");
        browser.open("/tasks/" + driver.currentTask(instance).getId());
        assertThat(browser.heading()).isEqualTo("Evidence and engagement");
        assertThat(browser.main()).contains("No files are attached to this step yet.");
        browser.assertAccessible();
    }

    @Test
    void anAttachedFileIsListedAndDownloadsAsTheSameBytes() throws Exception {
        byte[] report = SampleFiles.pdf("Consultation report");

        attach("Consultation report.pdf", report);

        assertThat(evidence().findElement(By.className("nhsuk-inset-text")).getText())
                .contains("Consultation report.pdf has been attached to Evidence and engagement.");
        assertThat(evidence().findElement(By.cssSelector("a[download]")).getText()).isEqualTo("Consultation report.pdf");
        assertThat(evidence().getText()).contains("In your draft until you submit this step", "Not for publication");
        browser.assertAccessible();

        HttpResponse<byte[]> download = download(evidence().findElement(By.cssSelector("a[download]")).getAttribute("href"));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(report);
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).startsWith("attachment"));
    }

    @Test
    void aProgramNamedReportPdfIsRefusedInTheErrorSummaryWhichLinksToTheUpload() throws Exception {
        attach("report.pdf", SampleFiles.program());

        var summary = chromium.findElement(By.className("nhsuk-error-summary"));
        assertThat(summary.getText()).contains("There is a problem");
        var link = summary.findElement(By.tagName("a"));
        assertThat(link.getAttribute("href")).endsWith("#evidence-file");
        assertThat(link.getText()).contains("report.pdf");
        assertThat(chromium.findElement(By.id("evidence-file-error")).getText()).contains("report.pdf");
        assertThat(chromium.getTitle()).startsWith("Error: ");
        assertThat(browser.main()).contains("No files are attached to this step yet.");
        browser.assertAccessible();
    }

    @Test
    void theEqualityLeadAgreesToPublishAFileTheAuthorMarkedPublishable() throws Exception {
        attach("Survey summary.pdf", SampleFiles.pdf("Survey"));

        pressFor("Mark as publishable");
        assertThat(evidence().findElement(By.className("nhsuk-tag")).getText()).isEqualTo("Publishable if the equality lead agrees");
        assertThat(evidence().getText()).contains("Do not publish");
        browser.assertAccessible();

        driver.complete(instance, "author", evidenceAndEngagement());
        driver.complete(instance, "author", impactAssessment());
        driver.complete(instance, "author", actionPlanAndOutcome(LocalDate.now().plusYears(1)));
        browser.signIn("lead");
        browser.open("/tasks/" + driver.currentTask(instance).getId());
        assertThat(browser.heading()).isEqualTo("Quality review");
        browser.assertAccessible();
        browser.press("Claim this task");

        assertThat(review().getText()).contains("Evidence files", "Survey summary.pdf", "Publishable if the equality lead agrees");
        browser.assertAccessible();
        pressFor("Agree to publish");

        assertThat(review().findElement(By.className("nhsuk-inset-text")).getText())
                .contains("Survey summary.pdf will be published with the assessment.");
        assertThat(review().findElement(By.className("nhsuk-tag")).getText()).isEqualTo("To be published");
        browser.assertAccessible();
    }

    @Test
    void aSourceCitedFromTheLibraryIsListedOnTheStepWithWhatItShows() {
        String title = "Outpatient attendances by age band, Blackwater trust";
        library.add(new SourceDetails(title, "Trust business intelligence", "2025-04-01",
                "https://intelligence.example.nhs.uk/outpatients-by-age", "The trust's catchment",
                LocalDate.now().plusYears(1).toString(), List.of("age", "disability"), null), "lead");
        String step = browser.path().replaceFirst("#.*", "");
        assertThat(sources().getText()).contains("Sources from the evidence library", "You have cited no library sources yet.");

        browser.clickLink("Find a source in the evidence library");
        assertThat(browser.heading()).isEqualTo("Evidence library");
        assertThat(browser.main()).contains("Choose a source to cite in your evidence step");
        chromium.findElement(By.id("q")).sendKeys("Blackwater");
        browser.press("Search");
        assertThat(chromium.findElement(By.cssSelector("main table caption")).getText()).isEqualTo("1 source");
        assertThat(browser.main()).contains(title, "age, disability");
        browser.assertAccessible();

        browser.clickAndWaitForNextPage(By.xpath("//main//tr[.//a[normalize-space()='" + title + "']]"
                + "//a[starts-with(normalize-space(), 'Cite')]"));
        assertThat(browser.heading()).isEqualTo("Cite a source from the evidence library");
        assertThat(browser.main()).contains(title, "What does this source show for your proposal?");
        browser.assertAccessible();

        browser.press("Cite this source");
        var summary = chromium.findElement(By.className("nhsuk-error-summary"));
        assertThat(summary.getText()).contains("There is a problem", "Say what the source shows for your proposal");
        assertThat(summary.findElement(By.tagName("a")).getAttribute("href")).endsWith("#shows");
        assertThat(chromium.findElement(By.id("shows-error")).getText()).contains("Say what the source shows for your proposal");
        assertThat(chromium.getTitle()).startsWith("Error: ");
        browser.assertAccessible();
        summary.findElement(By.tagName("a")).click();
        assertThat(chromium.switchTo().activeElement().getAttribute("id")).isEqualTo("shows");

        chromium.findElement(By.id("shows")).sendKeys("A third of the outpatients affected are 75 or over.");
        browser.press("Cite this source");

        assertThat(browser.path()).startsWith(step);
        assertThat(browser.heading()).isEqualTo("Evidence and engagement");
        assertThat(sources().findElement(By.className("nhsuk-inset-text")).getText()).contains("\"" + title + "\" is cited.");
        assertThat(sources().findElement(By.className("nhsuk-summary-list")).getText())
                .contains(title, "Trust business intelligence", "A third of the outpatients affected are 75 or over.");
        assertThat(sources().getText()).doesNotContain("You have cited no library sources yet.");
        browser.assertAccessible();
    }

    /** Chooses a file of that name in the upload control and presses "Attach file". */
    private void attach(String fileName, byte[] bytes) throws IOException {
        Path file = Files.write(folder.resolve(fileName), bytes);
        chromium.findElement(By.id("evidence-file")).sendKeys(file.toAbsolutePath().toString());
        browser.press("Attach file");
    }

    /** Presses a file's button, whose name ends with the file's name for screen readers. */
    private void pressFor(String action) {
        browser.clickAndWaitForNextPage(By.xpath("//main//button[starts-with(normalize-space(), '" + action + "')]"));
    }

    private WebElement evidence() {
        return chromium.findElement(By.id("evidence"));
    }

    private WebElement sources() {
        return chromium.findElement(By.id("sources"));
    }

    private WebElement review() {
        return chromium.findElement(By.id("evidence-review"));
    }

    /** Asks for the link as the signed-in person, with the browser's session cookie. */
    private HttpResponse<byte[]> download(String href) throws IOException, InterruptedException {
        String cookies = chromium.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href)).header("Cookie", cookies).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
