package uk.nhs.eia.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.nhs.eia.training.DelegateImport;
import uk.nhs.eia.training.TrainingPolicy;
import uk.nhs.eia.training.TrainingRecords;
import uk.nhs.eia.training.TrainingRecords.NewSession;

/** Our pages in a real browser: what a person sees and does, and WCAG 2.2 AA checked by axe-core. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "eia.demo.assessments=true")
@ActiveProfiles("test")
class PagesInChromiumIT {

    private static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static ChromeDriver browser;

    @LocalServerPort
    int port;
    @Autowired
    TrainingRecords training;
    @Autowired
    DelegateImport delegates;
    @Autowired
    TrainingPolicy policy;

    @BeforeAll
    static void openBrowser() {
        browser = Chromium.start();
    }

    @AfterAll
    static void closeBrowser() {
        browser.quit();
    }

    @BeforeEach
    void signOut() {
        browser.manage().deleteAllCookies();
    }

    @Test
    void theSignInPageMeetsWcag22AA() {
        browser.get(url("/"));

        assertThat(browser.getCurrentUrl()).endsWith("/sign-in");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in");
        assertNoAccessibilityViolations(browser);
    }

    @Test
    void aWrongPasswordShowsAnErrorSummaryThatLinksToTheField() {
        // Someone no other test signs in as: the engine delays a person's next sign-in after a failure.
        signIn("author2", "not-my-password");

        var summary = browser.findElement(By.className("nhsuk-error-summary"));
        assertThat(summary.getText()).contains("There is a problem", "The username or password is not correct");
        assertThat(summary.findElement(By.tagName("a")).getAttribute("href")).endsWith("#username");
        assertThat(browser.getTitle()).startsWith("Error:");
        assertNoAccessibilityViolations(browser);
    }

    @Test
    void anAuthorSeesTheirTasksAndAssessmentsWithStatusTags() {
        signIn("author", "demo");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Your work");
        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains("Your tasks", "Community phlebotomy service redesign", "Screening");
        assertThat(browser.findElements(By.cssSelector(".nhsuk-tag"))).isNotEmpty();
        assertNoAccessibilityViolations(browser);
    }

    @Test
    void anEqualityLeadSeesTheTeamsUnclaimedTasks() {
        signIn("lead", "demo");

        String page = browser.findElement(By.tagName("main")).getText();
        assertThat(page).contains("Your team's tasks", "Quality review", "Confirm screening-out");
        assertNoAccessibilityViolations(browser);

        clickAndWaitForNextPage(By.linkText("Confirm screening-out"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("This task is waiting in your team's tasks");
        assertNoAccessibilityViolations(browser);
    }

    @Test
    void anAdministratorManagesPeopleOnAccessiblePages() {
        signIn("admin", "demo");
        clickAndWaitForNextPage(By.linkText("People"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("author2", "Active");
        assertNoAccessibilityViolations(browser);

        clickAndWaitForNextPage(By.linkText("Add a person"));
        clickAndWaitForNextPage(By.cssSelector("main form button"));
        assertThat(browser.findElement(By.className("nhsuk-error-summary")).getText())
                .contains("Enter the first name", "Enter a password");
        assertNoAccessibilityViolations(browser);

        browser.get(url("/admin/users/author2"));
        assertThat(browser.findElement(By.id("groups")).isSelected()).isTrue();
        assertNoAccessibilityViolations(browser);

        browser.findElement(By.id("password")).sendKeys("short");
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Set the password']"));
        assertThat(browser.findElement(By.className("nhsuk-error-summary")).getText()).contains("12 characters or more");
        assertNoAccessibilityViolations(browser);
    }

    @Test
    void aPersonChangesTheirPasswordOnAnAccessiblePage() {
        signIn("lead", "demo");
        clickAndWaitForNextPage(By.linkText("Change password"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Change your password");
        assertNoAccessibilityViolations(browser);

        browser.findElement(By.id("newPassword")).sendKeys("demo");
        clickAndWaitForNextPage(By.cssSelector("main form button"));
        assertThat(browser.findElement(By.className("nhsuk-error-summary")).getText())
                .contains("Enter your current password", "one of the first that people guess");
        assertNoAccessibilityViolations(browser);
    }

    @Test
    void anAdministratorAddsATrainingSessionOnAccessiblePages() {
        signIn("admin", "demo");
        // The header folds links that do not fit into its menu, so the page is opened by its address.
        browser.get(url("/admin/training"));
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Add session']"));
        assertThat(browser.findElement(By.className("nhsuk-error-summary")).getText())
                .contains("Enter the title of the session", "Enter the date the session was held");
        assertNoAccessibilityViolations(browser);

        browser.findElement(By.id("title")).sendKeys("Introduction to EIAs");
        browser.findElement(By.id("heldOn")).sendKeys("2026-04-01");
        browser.findElement(By.id("trainer")).sendKeys("Equality team");
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Add session']"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Introduction to EIAs");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Training session added", "Import the delegate list");
        assertNoAccessibilityViolations(browser);
    }

    @Test
    void aDelegateGivesFeedbackAndAnAdministratorReadsItOnAccessiblePages() {
        LocalDate day = LocalDate.now().minusDays(7);
        long session = training.createSession(new NewSession("Feedback in the browser", day, "Equality team", "online", 90, 20),
                "admin").id();
        delegates.importCsv("username,completedOn\napprover," + day + "\n", session, "admin");

        signIn("approver", "demo");
        clickAndWaitForNextPage(By.linkText("Your training"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Your EIA training");
        assertNoAccessibilityViolations(browser);

        clickAndWaitForNextPage(By.partialLinkText("Give feedback"));
        assertNoAccessibilityViolations(browser);
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Send feedback']"));
        assertThat(browser.getTitle()).startsWith("Error:");
        assertThat(browser.findElement(By.className("nhsuk-error-summary")).getText())
                .contains("Select how satisfied you were with the session", "Select how the pace of the session was");
        assertNoAccessibilityViolations(browser);

        browser.findElement(By.cssSelector("label[for=satisfaction-4]")).click();
        browser.findElement(By.cssSelector("label[for=pace-2]")).click();
        browser.findElement(By.cssSelector("label[for=length-3]")).click();
        browser.findElement(By.id("whatHelped")).sendKeys("The case studies");
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Send feedback']"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Feedback sent");
        assertThat(browser.findElement(By.className("nhsuk-summary-list")).getText()).contains("4 - Satisfied", "The case studies");
        assertNoAccessibilityViolations(browser);

        browser.manage().deleteAllCookies();
        signIn("admin", "demo");
        browser.get(url("/admin/training/" + session));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("1 response", "4 - Satisfied", "The case studies");
        assertNoAccessibilityViolations(browser);
        clickAndWaitForNextPage(By.linkText("All training sessions"));
        clickAndWaitForNextPage(By.linkText("Read what delegates said about every session"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Feedback from delegates");
        assertNoAccessibilityViolations(browser);
    }

    @Test
    void anEqualityLeadReadsTheirNotifications() {
        signIn("lead", "demo");
        clickAndWaitForNextPage(By.partialLinkText("Notifications"));

        assertThat(browser.findElement(By.tagName("main")).getText()).contains("is waiting in your team's tasks");
        assertNoAccessibilityViolations(browser);
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Mark all as read']"));
        assertThat(browser.findElements(By.cssSelector("main .nhsuk-tag"))).isEmpty();
    }

    @Test
    void aComplianceLeadReadsChartsDrawnFromTheirTablesAndTheIndicators() {
        signIn("auditor", "demo");
        clickAndWaitForNextPage(By.linkText("Reports"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Completion and quality");
        Object drawn = ((JavascriptExecutor) browser).executeScript(
                "return [...document.querySelectorAll('canvas')].filter(c => window.Chart.getChart(c)).length");
        assertThat(((Number) drawn).intValue()).isEqualTo(browser.findElements(By.tagName("canvas")).size()).isPositive();
        assertNoAccessibilityViolations(browser);

        browser.findElement(By.id("from")).sendKeys("not a date");
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Apply filters']"));
        assertThat(browser.findElement(By.className("nhsuk-error-summary")).getText())
                .contains("From must be a date like 2026-04-01");
        assertNoAccessibilityViolations(browser);

        clickAndWaitForNextPage(By.linkText("See the organisation's indicators"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Proposals with a current assessment",
                "Authors with current training");
        assertNoAccessibilityViolations(browser);

        browser.get(url("/reports"));
        clickAndWaitForNextPage(By.linkText("See EIA training and how it shows in quality"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(
                "EIA authors with current training, by directorate", "Author not trained when they started",
                "EIA training that runs out in the next 90 days", "Arun Singh");
        assertNoAccessibilityViolations(browser);
    }

    @Test
    void anAdministratorSeesTheBankHolidaysThatDueDatesSkip() {
        signIn("admin", "demo");
        browser.get(url("/admin/bank-holidays"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("england-and-wales", "Boxing Day",
                "Substitute day", "26 December 2028");
        assertNoAccessibilityViolations(browser);
    }

    @Test
    void anAdministratorBlocksUntrainedAuthorsWhoAreThenToldHowToGetTrained() {
        signIn("admin", "demo");
        browser.get(url("/admin/training"));
        clickAndWaitForNextPage(By.partialLinkText("Choose what happens when someone without current training"));
        assertNoAccessibilityViolations(browser);
        browser.findElement(By.cssSelector("label[for=policy-BLOCK]")).click();
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Save']"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Training policy saved");
        try {
            browser.manage().deleteAllCookies();
            signIn("author2", "demo");
            browser.get(url("/assessments/new"));
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("You need current EIA training");
            assertThat(browser.findElement(By.tagName("main")).getText()).contains("Book a place on an EIA training session");
            assertNoAccessibilityViolations(browser);
        } finally {
            policy.change(TrainingPolicy.Policy.WARN, "admin");
        }
        browser.get(url("/assessments/new"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Your EIA training is not current");
        assertNoAccessibilityViolations(browser);
    }

    @Test
    void aComplianceLeadChecksTheAuditTrailAndReadsAnAssessmentsFullHistory() {
        signIn("auditor", "demo");
        clickAndWaitForNextPage(By.linkText("Audit trail"));

        assertThat(browser.findElement(By.tagName("main")).getText()).contains("The audit trail is intact");
        assertNoAccessibilityViolations(browser);

        clickAndWaitForNextPage(By.linkText("Assessments"));
        clickAndWaitForNextPage(By.cssSelector("main table tbody tr a"));
        clickAndWaitForNextPage(By.partialLinkText("See the full history"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Everything that happened", "Workflow engine");
        assertNoAccessibilityViolations(browser);
    }

    @Test
    void anEqualityLeadAddsASourceToTheEvidenceLibraryAndSeesWhereEvidenceIsMissingOnAccessiblePages() {
        signIn("lead", "demo");
        clickAndWaitForNextPage(By.linkText("Evidence library"));
        assertThat(browser.getCurrentUrl()).endsWith("/library");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Evidence library");
        assertNoAccessibilityViolations(browser);

        clickAndWaitForNextPage(By.linkText("Add a source"));
        assertThat(browser.getCurrentUrl()).endsWith("/library/new");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Add a source");
        assertNoAccessibilityViolations(browser);

        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Add the source']"));
        assertThat(browser.getTitle()).startsWith("Error:");
        assertThat(browser.findElement(By.className("nhsuk-error-summary")).getText())
                .contains("Enter the title of the source", "Select the characteristics and groups the source speaks to");
        assertNoAccessibilityViolations(browser);

        browser.findElement(By.id("title")).sendKeys("Carers in the catchment, pages check");
        browser.findElement(By.id("publisher")).sendKeys("County council");
        browser.findElement(By.id("publishedOn")).sendKeys("2025-03-31");
        browser.findElement(By.id("link")).sendKeys("https://www.example.gov.uk/carers");
        browser.findElement(By.id("area")).sendKeys("The county");
        browser.findElement(By.xpath("//label[normalize-space()='Carers']")).click();
        clickAndWaitForNextPage(By.xpath("//button[normalize-space()='Add the source']"));
        assertThat(browser.getCurrentUrl()).matches(".*/library/\\d+");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Carers in the catchment, pages check");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("has been added to the evidence library", "Where it is used", "No assessment cites this source yet.");
        assertNoAccessibilityViolations(browser);

        clickAndWaitForNextPage(By.linkText("Back to the evidence library"));
        clickAndWaitForNextPage(By.linkText("Evidence held for each characteristic and group"));
        assertThat(browser.getCurrentUrl()).endsWith("/library/coverage");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Evidence held for each group");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("No current evidence", "Covered");
        assertNoAccessibilityViolations(browser);
    }

    @Test
    void anyoneReadsThePublicRegisterWithoutSigningIn() {
        browser.get(url("/register"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Published equality impact assessments");
        assertNoAccessibilityViolations(browser);
        clickAndWaitForNextPage(By.cssSelector("main ul.nhsuk-list--border li a"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Due-regard attestation", "Download this version as a PDF");
        assertNoAccessibilityViolations(browser);
    }

    @Test
    void pagesThatCannotBeShownSayWhyAccessibly() {
        signIn("author", "demo");

        browser.get(url("/assessments/999999"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        assertNoAccessibilityViolations(browser);

        browser.get(url("/tasks/no-such-task"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        assertNoAccessibilityViolations(browser);
    }

    @Test
    void signingOutReturnsToTheSignInPage() {
        signIn("approver", "demo");

        clickAndWaitForNextPage(By.cssSelector(".nhsuk-header__account-button"));

        assertThat(browser.getCurrentUrl()).contains("/sign-in");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("You have signed out");
    }

    @Test
    void everyFormRendersAccessiblyEmptyAndWithEveryError() {
        signIn("admin", "demo");
        browser.get(url("/forms"));
        List<String> previews = browser.findElements(By.cssSelector("main a")).stream()
                .map(link -> link.getAttribute("href")).toList();
        assertThat(previews).hasSize(19);

        for (String preview : previews) {
            browser.get(preview);
            assertNoAccessibilityViolations(browser);
            clickAndWaitForNextPage(By.cssSelector("form button.nhsuk-button:not(.nhsuk-button--secondary)"));
            assertThat(browser.getTitle()).startsWith("Error:");
            assertNoAccessibilityViolations(browser);
        }
    }

    @Test
    void anErrorSummaryLinkTakesThePersonToTheField() {
        signIn("admin", "demo");
        browser.get(url("/forms/screening/preview"));
        clickAndWaitForNextPage(By.cssSelector("form button.nhsuk-button"));

        var first = browser.findElement(By.cssSelector(".nhsuk-error-summary__list a"));
        assertThat(first.getText()).isEqualTo("Select whether the proposal affects people");
        first.click();

        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("affectsPeople");
    }

    @Test
    void actionRowsAreAddedAndRemovedWithoutJavaScriptAndAnswersReachCheckYourAnswers() {
        signIn("admin", "demo");
        browser.get(url("/forms/review/preview"));
        browser.findElement(By.id("actionsWorked")).sendKeys("Yes, monitoring is in place");
        browser.findElement(By.id("impactsAsForeseen")).sendKeys("As foreseen");
        browser.findElement(By.cssSelector("label[for=reviewDecision-2]")).click();
        clickAndWaitForNextPage(By.cssSelector("form button.nhsuk-button"));

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Check your answers");
        assertThat(browser.findElement(By.className("nhsuk-summary-list")).getText())
                .contains("Did the actions work?", "Yes, monitoring is in place", "Reassess it as a new version");
        assertNoAccessibilityViolations(browser);

        browser.get(url("/forms/action-plan-and-outcome/preview"));
        clickAndWaitForNextPage(By.cssSelector("button[name=_addRow]"));
        assertThat(browser.findElements(By.cssSelector("button[name=_removeRow]"))).hasSize(2);
        clickAndWaitForNextPage(By.cssSelector("button[name=_removeRow][value='actions[1]']"));
        assertThat(browser.findElements(By.cssSelector("button[name=_removeRow]"))).hasSize(1);
    }

    @Test
    void theAccessibilityCheckCatchesAFieldWithoutALabel() {
        browser.get("data:text/html,<html lang=en><title>t</title><main><input type=text></main></html>");

        assertThat(new AxeBuilder().withTags(WCAG_22_AA).analyze(browser).getViolations())
                .extracting(Rule::getId).contains("label");
    }

    private void signIn(String username, String password) {
        browser.get(url("/sign-in"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        clickAndWaitForNextPage(By.cssSelector("button[type=submit]"));
    }

    /** Submits with a click and waits until the browser shows the page that answers it. */
    private static void clickAndWaitForNextPage(By button) {
        WebElement current = browser.findElement(By.tagName("html"));
        browser.findElement(button).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.stalenessOf(current));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void assertNoAccessibilityViolations(WebDriver page) {
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(page);
        assertThat(results.getViolations())
                .as("axe-core violations on %s", page.getCurrentUrl())
                .extracting(Rule::getId)
                .isEmpty();
    }
}
