package uk.nhs.eia.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.eia.demo.DemoAnswers.actionPlanAndOutcome;
import static uk.nhs.eia.demo.DemoAnswers.evidenceAndEngagement;
import static uk.nhs.eia.demo.DemoAnswers.impactAssessment;
import static uk.nhs.eia.demo.DemoAnswers.proposal;
import static uk.nhs.eia.demo.DemoAnswers.qualityReview;
import static uk.nhs.eia.demo.DemoAnswers.review;
import static uk.nhs.eia.demo.DemoAnswers.screening;
import static uk.nhs.eia.demo.DemoAnswers.signOff;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
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
import uk.nhs.eia.contract.Step;
import uk.nhs.eia.demo.process.AssessmentDriver;

/**
 * Where a record stands, drawn on its process model in a real browser under the service's Content-Security-Policy:
 * the current step marked on the record, each version's path on the history page, both checked with axe-core; and
 * without JavaScript, the step list alone, with no empty box where the diagram would be.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "eia.demo.assessments=true")
@ActiveProfiles("test")
class WhereARecordStandsInChromiumIT {

    /** Runs before any page script, so that whatever the policy blocks while the page loads is kept to be read. */
    private static final String KEEP_POLICY_VIOLATIONS = """
            window.eiaPolicyViolations = [];
            document.addEventListener('securitypolicyviolation', (event) => window.eiaPolicyViolations.push(
                event.violatedDirective + ' blocked ' + (event.blockedURI || 'inline') + ' at ' + event.sourceFile + ':' + event.lineNumber));
            """;

    private static ChromeDriver chromium;

    @LocalServerPort
    int port;
    @Autowired
    AssessmentDriver driver;

    @BeforeAll
    static void openBrowser() {
        chromium = Chromium.start();
        chromium.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", KEEP_POLICY_VIOLATIONS));
    }

    @AfterAll
    static void closeBrowser() {
        chromium.quit();
    }

    @Test
    void theRecordDrawsItsProcessWithTheCurrentStepMarked() {
        Browser browser = new Browser(chromium, port);
        browser.signIn("author2");
        openRecord(browser, "Digital appointment booking app");

        WebElement diagram = drawn(By.id("diagram"));

        assertThat(diagram.findElement(By.cssSelector(".djs-container > svg")).getAttribute("aria-label"))
                .contains("The list of steps above says the same in words");
        WebElement current = marked(diagram, Step.IMPACT_ASSESSMENT.key());
        assertThat(current.getAttribute("class")).contains("eia-diagram-current");
        assertThat(current.findElement(By.tagName("title")).getAttribute("textContent")).isEqualTo("Impact assessment: current step");
        assertThat(marked(diagram, Step.EVIDENCE_AND_ENGAGEMENT.key()).getAttribute("class")).contains("eia-diagram-finished");
        assertThat(diagram.getText()).contains("Finished", "Current step", "Returned to by a reviewer");
        assertThat(diagram.getSize().getWidth()).isLessThanOrEqualTo(chromium.findElement(By.tagName("main")).getSize().getWidth());
        assertThat(policyViolations()).isEmpty();
        browser.assertAccessible();
    }

    @Test
    void theHistoryDrawsEachVersionsPathWithTheStepsReturnedTo() {
        ProcessInstance instance = reassessedAfterAReturn();
        Browser browser = new Browser(chromium, port);
        browser.signIn("author");
        browser.open("/assessments/" + driver.assessmentId(instance) + "/history");

        WebElement diagrams = drawn(By.id("diagrams"));

        List<WebElement> drawings = diagrams.findElements(By.cssSelector(".djs-container > svg[role=img]"));
        assertThat(drawings).hasSize(2);
        assertThat(diagrams.findElements(By.tagName("h3"))).extracting(WebElement::getText)
                .containsExactly("Version 1", "Version 2, the current version");
        assertThat(marked(drawings.get(0), Step.IMPACT_ASSESSMENT.key()).getAttribute("class"))
                .contains("eia-diagram-returned", "eia-diagram-finished");
        assertThat(marked(drawings.get(0), Step.SIGN_OFF.key()).getAttribute("class")).contains("eia-diagram-finished");
        assertThat(drawings.get(0).findElements(By.cssSelector(".eia-diagram-current"))).isEmpty();
        assertThat(marked(drawings.get(1), Step.SCREENING.key()).getAttribute("class")).contains("eia-diagram-current");
        assertThat(marked(drawings.get(1), Step.SIGN_OFF.key()).getAttribute("class")).doesNotContain("eia-diagram-");
        assertThat(policyViolations()).isEmpty();
        browser.assertAccessible();
    }

    @Test
    void withoutJavaScriptTheRecordShowsItsStepListAndNoEmptyDiagramBox() {
        ChromeDriver withoutScripts = Chromium.startWithoutJavaScript();
        try {
            Browser browser = new Browser(withoutScripts, port);
            browser.signIn("author2");
            openRecord(browser, "Digital appointment booking app");

            assertThat(withoutScripts.findElement(By.className("nhsuk-task-list")).isDisplayed()).isTrue();
            assertThat(browser.main()).contains("Evidence and engagement", "In progress").doesNotContain("Where it stands in the process");
            WebElement diagram = withoutScripts.findElement(By.id("diagram"));
            assertThat(diagram.isDisplayed()).isFalse();
            assertThat(diagram.getSize().getHeight()).isZero();
            assertThat(diagram.findElements(By.tagName("svg"))).isEmpty();
            browser.assertAccessible();
        } finally {
            withoutScripts.quit();
        }
    }

    private void openRecord(Browser browser, String title) {
        browser.open("/assessments?q=" + title.replace(' ', '+'));
        browser.clickAndWaitForNextPage(By.cssSelector("main table tbody tr a"));
        assertThat(browser.heading()).isEqualTo(title);
    }

    private static WebElement drawn(By diagram) {
        new WebDriverWait(chromium, Duration.ofSeconds(20)).until(ExpectedConditions.presenceOfElementLocated(
                new By.ByCssSelector("[data-eia-diagram-drawn]")));
        WebElement block = chromium.findElement(diagram);
        assertThat(block.isDisplayed()).isTrue();
        return block;
    }

    private static WebElement marked(WebElement diagram, String elementId) {
        return diagram.findElement(By.cssSelector(".djs-element[data-element-id='" + elementId + "']"));
    }

    @SuppressWarnings("unchecked")
    private static List<String> policyViolations() {
        return (List<String>) chromium.executeScript("return window.eiaPolicyViolations;");
    }

    /** Version 1 returned from its quality review to the impact assessment, then published; version 2 at screening. */
    private ProcessInstance reassessedAfterAReturn() {
        LocalDate reviewDate = LocalDate.now().plusYears(1);
        ProcessInstance instance = driver.start("author", proposal("Diagram history " + System.nanoTime(), "policy", "new",
                "operations", "approver", LocalDate.now().plusMonths(2)));
        driver.complete(instance, "author", screening(true));
        driver.complete(instance, "author", evidenceAndEngagement());
        driver.complete(instance, "author", impactAssessment());
        driver.complete(instance, "author", actionPlanAndOutcome(reviewDate));
        driver.complete(instance, "lead", qualityReview("return", "impact"));
        driver.complete(instance, "author", impactAssessment());
        driver.complete(instance, "author", actionPlanAndOutcome(reviewDate));
        driver.complete(instance, "lead", qualityReview("accept", null));
        driver.complete(instance, "approver", signOff("approve", null));
        driver.fire(driver.timer(instance, "ReviewDateReached"));
        driver.complete(instance, "author", review("reassess", null));
        return instance;
    }
}
