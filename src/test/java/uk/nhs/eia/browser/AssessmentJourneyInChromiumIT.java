package uk.nhs.eia.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.eia.demo.DemoAnswers.actionPlanAndOutcome;
import static uk.nhs.eia.demo.DemoAnswers.evidenceAndEngagement;
import static uk.nhs.eia.demo.DemoAnswers.impactAssessment;
import static uk.nhs.eia.demo.DemoAnswers.proposal;
import static uk.nhs.eia.demo.DemoAnswers.qualityReview;
import static uk.nhs.eia.demo.DemoAnswers.screening;
import static uk.nhs.eia.demo.DemoAnswers.signOff;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * A whole assessment done in our pages by three people, in a real browser, without Camunda Tasklist: the author
 * writes it (with a mistake, a draft and a return to fix), the equality lead reviews it, the approver signs it
 * off. Every kind of page on the way is checked with axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "eia.demo.assessments=true")
@ActiveProfiles("test")
class AssessmentJourneyInChromiumIT {

    private static ChromeDriver chromium;

    @LocalServerPort
    int port;

    private Browser browser;

    @BeforeAll
    static void openBrowser() {
        chromium = Chromium.start();
    }

    @AfterAll
    static void closeBrowser() {
        chromium.quit();
    }

    @BeforeEach
    void browse() {
        browser = new Browser(chromium, port);
    }

    @Test
    void anAuthorAnEqualityLeadAndAnApproverCompleteAWholeAssessmentInOurPages() {
        LocalDate decision = LocalDate.now().plusMonths(2);
        String title = "Evening phlebotomy clinics " + System.nanoTime();

        // The author starts an assessment, making a mistake first.
        browser.signIn("author");
        browser.assertAccessible();
        browser.clickLink("Start a new assessment");
        assertThat(browser.heading()).isEqualTo("Start an assessment");
        browser.assertAccessible();
        browser.press("Start the assessment");
        assertThat(browser.errors()).contains("Enter the title of the proposal", "Enter the planned decision date");
        browser.assertAccessible();
        browser.fill(proposal(title, "service-change", "new", "operations", "approver", decision));
        browser.press("Start the assessment");
        assertThat(browser.notice()).contains("started. Your first step is screening.");
        assertThat(browser.heading()).isEqualTo(title);
        String record = browser.path();
        browser.assertAccessible();

        // Screening: part-written, saved as a draft, resumed later.
        browser.clickLink("Continue with screening");
        browser.fill(Map.of("affectsPeople", "yes", "screeningRationale", "Half of my reasons"));
        browser.press("Save draft");
        assertThat(browser.main()).contains("Your draft has been saved");
        browser.open("/");
        browser.open(record);
        browser.clickLink("Continue with screening");
        assertThat(browser.main()).contains("You are carrying on from your saved draft");
        assertThat(chromium.findElement(By.id("screeningRationale")).getAttribute("value")).isEqualTo("Half of my reasons");
        assertThat(chromium.findElement(By.id("affectsPeople")).isSelected()).isTrue();
        browser.answerAndContinue(screening(true));
        browser.assertAccessible();
        browser.press("Submit");
        assertThat(browser.notice()).contains("Screening submitted");

        submitStep("author", record, "Evidence and engagement", evidenceAndEngagement());
        submitStep("author", record, "Impact assessment", impactAssessment());
        submitStep("author", record, "Action plan and outcome", actionPlanAndOutcome(decision.plusYears(1)));

        // The equality lead claims the review and returns it to the impact assessment with a comment.
        browser.signIn("lead");
        browser.clickAndWaitForNextPage(By.xpath("//tr[contains(., '" + title + "')]//button[contains(., 'Claim')]"));
        assertThat(browser.heading()).isEqualTo("Quality review");
        assertThat(browser.main()).contains("The assessment so far", "Impact assessment");
        browser.assertAccessible();
        browser.clickLink("Return to the author with comments");
        browser.assertAccessible();
        browser.press("Return to the author");
        assertThat(browser.errors()).containsExactly("Select the step to return to: evidence, impact, action-plan",
                "Enter a comment telling the author what to change");
        browser.assertAccessible();
        browser.fill(Map.of("toStep", "impact", "comment", "Say what the evidence shows for disabled patients."));
        browser.press("Return to the author");
        assertThat(browser.notice()).contains("returned to the author");

        // The author sees the comment, finds the step as they left it, and resubmits.
        browser.signIn("author");
        browser.open(record);
        assertThat(browser.main()).contains("Comments", "Say what the evidence shows for disabled patients.");
        browser.clickLink("Continue with impact assessment");
        assertThat(chromium.findElement(By.id("ageRationale")).getAttribute("value")).startsWith("Attendance data for age");
        browser.fill(Map.of("disabilityRationale", "Disabled patients told the forum that evening clinics suit carers' transport."));
        browser.press("Continue");
        browser.press("Submit");
        submitStep("author", record, "Action plan and outcome", Map.of());

        // The lead accepts; the approver signs off with the due-regard attestation.
        browser.signIn("lead");
        browser.clickAndWaitForNextPage(By.xpath("//tr[contains(., '" + title + "')]//button[contains(., 'Claim')]"));
        browser.answerAndContinue(qualityReview("accept", null));
        browser.press("Submit");

        browser.signIn("approver");
        browser.clickAndWaitForNextPage(By.xpath("//tr[contains(., '" + title + "')]//a[contains(., 'Open')]"));
        assertThat(browser.heading()).isEqualTo("Sign-off");
        browser.assertAccessible();
        browser.answerAndContinue(signOff("approve", null));
        assertThat(browser.main()).contains("I have read this assessment and have paid due regard");
        browser.press("Submit");

        browser.open(record);
        assertThat(chromium.findElement(By.cssSelector("main .nhsuk-tag")).getText()).isEqualTo("Published");
        assertThat(browser.main()).contains("Quality review", "Sign-off", "Published; review due on");
        browser.assertAccessible();
    }

    @Test
    void theRegisterAndTheWithdrawPageAreAccessibleAndWork() {
        browser.signIn("auditor");
        browser.clickLink("Assessments");
        assertThat(browser.heading()).isEqualTo("Assessments");
        browser.assertAccessible();
        new org.openqa.selenium.support.ui.Select(chromium.findElement(By.id("status"))).selectByVisibleText("Published");
        browser.press("Search");
        assertThat(browser.main()).contains("Carers' passport scheme").doesNotContain("Flexible working policy");
        browser.clickAndWaitForNextPage(By.linkText("Title"));
        assertThat(browser.path()).contains("sort=title", "status=PUBLISHED");
        browser.assertAccessible();

        browser.signIn("author");
        browser.open("/assessments/new");
        browser.fill(proposal("Clinic to be withdrawn " + System.nanoTime(), "service-change", "removal", "operations",
                "approver", LocalDate.now().plusMonths(1)));
        browser.press("Start the assessment");
        browser.clickLink("Withdraw this assessment");
        browser.assertAccessible();
        browser.press("Withdraw the assessment");
        assertThat(browser.errors()).containsExactly("Enter the reason for withdrawing the assessment");
        browser.assertAccessible();
        browser.fill(Map.of("reason", "The clinic moved to the new health centre instead."));
        browser.press("Withdraw the assessment");
        assertThat(browser.notice()).contains("has been withdrawn");
        assertThat(browser.main()).contains("Withdrawn: The clinic moved to the new health centre instead.");
    }

    @Test
    void aPersonCompletesTheScreeningFormWithTheKeyboardOnly() {
        browser.signIn("author");
        browser.open("/assessments/new");
        browser.fill(proposal("Keyboard clinic " + System.nanoTime(), "policy", "new", "operations", "approver",
                LocalDate.now().plusMonths(1)));
        browser.press("Start the assessment");
        browser.clickLink("Continue with screening");

        tabTo("affectsPeople");
        keys(Keys.SPACE);
        tabTo("differentialImpact");
        keys(Keys.SPACE);
        tabTo("substantialEffect");
        keys(Keys.ARROW_DOWN);
        tabTo("knownInequality");
        keys(Keys.ARROW_DOWN);
        tabTo("vulnerability");
        keys(Keys.ARROW_DOWN);
        tabTo("riskLikelihood");
        keys("3");
        tabTo("riskImpact");
        keys("3");
        tabTo("screeningRationale");
        keys("Typed without a mouse: older people may find evening travel harder.");
        tabToButton("Continue");
        pressEnterAndWait();

        assertThat(browser.heading()).isEqualTo("Check your answers");
        assertThat(browser.main()).contains("Typed without a mouse", "Moderate");
        tabToButton("Submit");
        pressEnterAndWait();
        assertThat(browser.notice()).contains("Screening submitted");
    }

    /** Opens the person's current task on the record, answers it and submits it after checking. */
    private void submitStep(String username, String record, String step, Map<String, Object> answers) {
        browser.signIn(username);
        browser.open(record);
        browser.clickLink("Continue with " + step.toLowerCase());
        assertThat(browser.heading()).isEqualTo(step);
        browser.assertAccessible();
        browser.answerAndContinue(new HashMap<>(answers));
        browser.assertAccessible();
        browser.press("Submit");
        assertThat(browser.notice()).contains(step + " submitted");
    }

    private void tabTo(String id) {
        for (int presses = 0; presses < 200; presses++) {
            if (id.equals(active().getAttribute("id")) || id.equals(active().getAttribute("name"))) {
                return;
            }
            keys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached " + id);
    }

    private void tabToButton(String text) {
        for (int presses = 0; presses < 200; presses++) {
            if (active().getTagName().equals("button") && active().getText().equals(text)) {
                return;
            }
            keys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached the button " + text);
    }

    private WebElement active() {
        return chromium.switchTo().activeElement();
    }

    private void keys(CharSequence... keys) {
        new Actions(chromium).sendKeys(keys).perform();
    }

    private void pressEnterAndWait() {
        WebElement current = chromium.findElement(By.tagName("html"));
        keys(Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(chromium, java.time.Duration.ofSeconds(20))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(current));
    }
}
