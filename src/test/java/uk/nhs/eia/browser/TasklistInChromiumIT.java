package uk.nhs.eia.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Map;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.nhs.eia.demo.process.AssessmentDriver;
import uk.nhs.eia.evidence.EvidenceStep;
import uk.nhs.eia.evidence.SampleFiles;
import uk.nhs.eia.evidence.Uploads;

/**
 * Camunda Tasklist in a real browser: a step opened there has a Files tab listing its assessment's files, each a link
 * that downloads it, as our pages do.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TasklistInChromiumIT {

    private static ChromeDriver chromium;

    @LocalServerPort
    int port;
    @Autowired
    AssessmentDriver driver;

    @BeforeAll
    static void openBrowser() {
        chromium = Chromium.start();
    }

    @AfterAll
    static void closeBrowser() {
        chromium.quit();
    }

    @Test
    void aStepInTasklistHasAFilesTabListingTheAssessmentsFilesWithDownloadLinks() throws Exception {
        ProcessInstance instance = EvidenceStep.reached(driver, "Files in Tasklist");
        Object id = driver.assessmentId(instance);
        String attached = new Uploads(port).raw("author", id, EvidenceStep.KEY, "Consultation report.pdf",
                SampleFiles.pdf("Consultation report")).body();
        Object fileId = new ObjectMapper().readValue(attached, Map.class).get("id");
        Browser browser = new Browser(chromium, port);
        browser.signIn("author");

        browser.open("/camunda/app/tasklist/default/#/?task=" + driver.currentTask(instance).getId());
        WebDriverWait wait = new WebDriverWait(chromium, Duration.ofSeconds(60));
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Files"))).click();
        WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".eia-evidence-files a")));

        assertThat(link.getText()).isEqualTo("Consultation report.pdf");
        assertThat(link.getAttribute("href")).endsWith("/assessments/" + id + "/evidence/" + fileId);
        assertThat(chromium.findElement(By.cssSelector(".eia-evidence-files")).getText())
                .contains("1 file attached to this assessment", "Evidence and engagement", "attached by author");
    }
}
