package uk.nhs.eia.mentoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import uk.nhs.eia.browser.Browser;
import uk.nhs.eia.browser.Chromium;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.nhs.eia.ServerClock;
import uk.nhs.eia.demo.process.CohortDriver;

/**
 * The mentoring pages in a real browser, each checked against WCAG 2.2 AA by axe-core: a lead opens a cohort, a
 * member of staff applies with the survey (first with an answer missing, which the error summary names), and the
 * pages of a cohort whose pairs are proposed and then confirmed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MentoringInChromiumIT {

    private static final String LEAD = "mlead";

    private static ChromeDriver chromium;

    @LocalServerPort
    int port;
    @Autowired
    Clock clock;
    @Autowired
    CohortDriver driver;

    @BeforeAll
    static void openBrowser() {
        chromium = Chromium.start();
    }

    @AfterAll
    static void closeBrowser() {
        chromium.quit();
    }

    @BeforeEach
    void signOut() {
        chromium.manage().deleteAllCookies();
    }

    @Test
    void aLeadOpensACohortAndStaffApplyToItWithTheSurvey() {
        LocalDate today = LocalDate.now(clock.withZone(ServerClock.ENGLAND));
        signIn(LEAD);
        open("/mentoring");
        assertThat(heading()).isEqualTo("Reciprocal mentoring");
        assertAccessible();

        clickAndWaitForNextPage(By.linkText("Open a cohort"));
        assertThat(heading()).isEqualTo("Open a cohort");
        assertAccessible();
        type(By.id(MentoringForms.COHORT_NAME), "Browser cohort");
        date(MentoringForms.APPLICATIONS_CLOSE, today.plusWeeks(2));
        date(MentoringForms.PROGRAMME_STARTS, today.plusWeeks(3));
        date(MentoringForms.MID_POINT, today.plusWeeks(1));
        date(MentoringForms.PROGRAMME_ENDS, today.plusWeeks(15));
        type(By.id(MentoringForms.PLACES), "8");
        press("Open the cohort");

        assertThat(errors()).containsExactly("Mid-point feedback must be due after the programme starts");
        assertAccessible();
        date(MentoringForms.MID_POINT, today.plusWeeks(9));
        press("Open the cohort");

        assertThat(heading()).isEqualTo("Browser cohort");
        assertThat(notice()).contains("You opened \"Browser cohort\"");
        assertAccessible();
        String cohortPage = path();

        signIn("kwame");
        open("/mentoring");
        assertAccessible();
        clickAndWaitForNextPage(By.xpath("//a[starts-with(normalize-space(), 'Apply')][contains(., 'Browser cohort')]"));
        assertThat(heading()).isEqualTo("Apply to the reciprocal mentoring programme");
        assertAccessible();
        click(By.cssSelector("input[name=" + MentoringForms.SIDE + "][value=" + MentoringForms.REVERSE_MENTOR + "]"));
        type(By.id(MentoringForms.JOB_ROLE), "Healthcare assistant");
        new Select(chromium.findElement(By.id(MentoringForms.PAY_BAND))).selectByValue("band-3");
        new Select(chromium.findElement(By.id(MentoringForms.DIRECTORATE))).selectByValue("operations");
        click(By.cssSelector("input[name=" + MentoringForms.GOALS + "][value=career-progression]"));
        click(By.cssSelector("input[name=" + MentoringForms.CONFIDENCE_BEFORE + "][value='3']"));
        click(By.cssSelector("input[name=" + MentoringForms.UNDERSTANDING_BEFORE + "][value='2']"));
        click(By.cssSelector("input[name=" + MentoringForms.PRACTICE_BEFORE + "][value='3']"));
        press("Send your application");

        assertThat(chromium.getTitle()).startsWith("Error: ");
        assertThat(errors()).hasSize(1).allMatch(error -> error.contains("free to meet"));
        assertThat(chromium.findElement(By.cssSelector(".nhsuk-error-summary a")).getAttribute("href"))
                .endsWith("#" + MentoringForms.AVAILABILITY);
        assertThat(chromium.findElement(By.cssSelector("input[name=" + MentoringForms.SIDE + "][value="
                + MentoringForms.REVERSE_MENTOR + "]")).isSelected()).isTrue();
        assertAccessible();
        click(By.cssSelector("input[name=" + MentoringForms.AVAILABILITY + "][value=wed-pm]"));
        press("Send your application");

        assertThat(path()).isEqualTo(cohortPage);
        assertThat(notice()).contains("You have applied to \"Browser cohort\"");
        assertThat(main()).contains("You applied on", "as a reverse mentor", "1 of 8 taken");
        assertAccessible();

        signIn(LEAD);
        open(cohortPage);
        assertThat(main()).contains("Kwame Asante", "Reverse mentor", "Operations");
        assertAccessible();
    }

    @Test
    void theLeadChecksProposedPairsAndAConfirmedPairLogsAMeeting() {
        long cohort = driver.open(LEAD, "Paired in the browser", LocalDate.now(clock.withZone(ServerClock.ENGLAND)).plusWeeks(2), 10);
        driver.apply(cohort, "amara", CohortDriver.survey(MentoringForms.REVERSE_MENTOR, "nursing-quality", null,
                List.of("mon-am", "tue-am"), List.of("career-progression"), List.of("wellbeing"), 3));
        driver.apply(cohort, "ravi", CohortDriver.survey(MentoringForms.REVERSE_MENTOR, "digital", null,
                List.of("fri-pm"), List.of("speak-up"), List.of(), 2));
        driver.apply(cohort, "helen", CohortDriver.survey(MentoringForms.SENIOR_LEADER, "digital", null,
                List.of("mon-am"), List.of("inclusive-leadership"), List.of("wellbeing"), 4));
        driver.closeApplications(cohort, LEAD);

        signIn(LEAD);
        open("/mentoring/cohorts/" + cohort);
        assertThat(main()).contains("Swap people between pairs", "Record a leaver", "No one on the other side can be paired with them");
        assertAccessible();
        press("Record the leaver");
        assertThat(errors()).containsExactly("Enter why they left, in 500 characters or fewer");
        assertAccessible();

        open("/tasks/" + driver.steps(cohort, MentoringProcess.CONFIRM_PAIRS).get(0).getId());
        press("Claim this task");
        assertThat(main()).contains("Proposed pairs for Paired in the browser", "Amara Osei", "Helen Clarke");
        assertAccessible();

        driver.confirmPairs(cohort, LEAD);
        signIn("amara");
        open("/mentoring");
        clickAndWaitForNextPage(By.linkText("Helen Clarke"));
        assertThat(heading()).isEqualTo("Your mentoring pair");
        assertAccessible();
        press("Log the meeting");
        assertThat(errors()).isNotEmpty();
        assertAccessible();
    }

    @Test
    void aLeadReadsAFinishedCohortsReportWithItsScoresAsAChartAndATable() {
        long cohort = driver.open(LEAD, "Reported in the browser", LocalDate.now(clock.withZone(ServerClock.ENGLAND)).plusWeeks(2), 10);
        driver.apply(cohort, "amara", CohortDriver.survey(MentoringForms.REVERSE_MENTOR, "nursing-quality", null,
                List.of("mon-am"), List.of("career-progression"), List.of("wellbeing"), 2));
        driver.apply(cohort, "helen", CohortDriver.survey(MentoringForms.SENIOR_LEADER, "digital", null,
                List.of("mon-am"), List.of("career-progression"), List.of("wellbeing"), 2));
        driver.closeApplications(cohort, LEAD);
        driver.confirmPairs(cohort, LEAD);
        driver.complete(driver.steps(cohort, MentoringProcess.AGREE_CONTRACT).get(0), "amara", CohortDriver.contract());
        driver.fire(cohort, "MidPointReached");
        driver.steps(cohort, MentoringProcess.MID_POINT_FEEDBACK).forEach(step ->
                driver.complete(step, step.getAssignee(), CohortDriver.feedback(3, 3, 3, 4, null)));
        driver.fire(cohort, "ProgrammeEnded");
        driver.steps(cohort, MentoringProcess.END_FEEDBACK).forEach(step ->
                driver.complete(step, step.getAssignee(), CohortDriver.feedback(5, 4, 4, 5, "Worth every hour")));

        signIn(LEAD);
        open("/mentoring/cohorts/" + cohort + "/report");

        assertThat(heading()).contains("Reported in the browser");
        assertThat(main()).contains("Finished", "2 of 2 stayed (100.0%)", "Mid-point", "5.00");
        assertThat(chromium.findElements(By.cssSelector("#chart-scores"))).hasSize(1);
        assertAccessible();
    }

    private void signIn(String username) {
        chromium.manage().deleteAllCookies();
        open("/sign-in");
        type(By.id("username"), username);
        type(By.id("password"), "demo");
        clickAndWaitForNextPage(By.cssSelector("button[type=submit]"));
    }

    private void open(String path) {
        chromium.get("http://localhost:" + port + path);
    }

    private String path() {
        return chromium.getCurrentUrl().replaceFirst("^http://localhost:\\d+", "");
    }

    private String heading() {
        return chromium.findElement(By.tagName("h1")).getText();
    }

    private String main() {
        return chromium.findElement(By.tagName("main")).getText();
    }

    private String notice() {
        return chromium.findElement(By.className("nhsuk-notification-banner")).getText();
    }

    private List<String> errors() {
        return chromium.findElements(By.cssSelector(".nhsuk-error-summary__list a")).stream().map(WebElement::getText).toList();
    }

    private void type(By field, String text) {
        WebElement input = chromium.findElement(field);
        input.clear();
        input.sendKeys(text);
    }

    private void click(By target) {
        WebElement element = chromium.findElement(target);
        // NHS radios and checkboxes hide the input under their styled label, so the label takes the click.
        chromium.findElement(By.cssSelector("label[for='" + element.getAttribute("id") + "']")).click();
    }

    private void date(String key, LocalDate date) {
        type(By.id(key + "-day"), String.valueOf(date.getDayOfMonth()));
        type(By.id(key + "-month"), String.valueOf(date.getMonthValue()));
        type(By.id(key + "-year"), String.valueOf(date.getYear()));
    }

    private void press(String buttonText) {
        clickAndWaitForNextPage(By.xpath("//main//button[normalize-space()='" + buttonText + "']"));
    }

    private void clickAndWaitForNextPage(By target) {
        WebElement current = chromium.findElement(By.tagName("html"));
        chromium.findElement(target).click();
        new WebDriverWait(chromium, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(current));
    }

    private void assertAccessible() {
        Results results = new AxeBuilder().withTags(Browser.WCAG_22_AA).analyze(chromium);
        assertThat(results.getViolations())
                .as("axe-core violations on %s: %s", chromium.getCurrentUrl(), results.getViolations().stream()
                        .map(rule -> rule.getId() + " " + rule.getNodes().stream().map(node -> node.getHtml()).toList()).toList())
                .extracting(Rule::getId)
                .isEmpty();
    }
}
