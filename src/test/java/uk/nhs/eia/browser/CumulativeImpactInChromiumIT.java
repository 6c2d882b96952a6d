package uk.nhs.eia.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.eia.demo.DemoAnswers.evidenceAndEngagement;
import static uk.nhs.eia.demo.DemoAnswers.proposal;
import static uk.nhs.eia.demo.DemoAnswers.screening;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.nhs.eia.demo.process.AssessmentDriver;

/**
 * The cumulative impact of proposals in a real browser, on the demo data: four operations proposals rate age
 * negative, so the equality lead finds age flagged for operations in the report's heat map and can follow the count
 * to the page listing the proposals behind it; an author starting a fifth operations proposal sees, on the impact assessment step, the
 * other proposals already affecting the same groups. Every page is checked with axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "eia.demo.assessments=true")
@ActiveProfiles("test")
class CumulativeImpactInChromiumIT {

    private static final List<String> DEMO_CUTS_ON_OLDER_PEOPLE = List.of(
            "Day centre transport budget reduction", "Outpatient interpreter service budget reduction");

    private static ChromeDriver chromium;

    @LocalServerPort
    int port;
    @Autowired
    AssessmentDriver driver;

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
    void aBrowser() {
        browser = new Browser(chromium, port);
    }

    @Test
    void theLeadSeesAgeFlaggedForOperationsAndFollowsTheCountToTheProposalsBehindIt() {
        browser.signIn("lead");
        browser.open("/reports");
        assertThat(browser.heading()).isEqualTo("Completion and quality");

        browser.clickLink("See the cumulative impact of proposals on each group");

        assertThat(browser.path()).startsWith("/reports/cumulative");
        assertThat(browser.heading()).isEqualTo("Cumulative impact of proposals on each group");
        assertThat(heatMap().findElement(By.tagName("caption")).getText())
                .isEqualTo("Proposals finding a negative or unknown impact, by group and quarter");
        WebElement age = heatMap().findElement(By.xpath(".//tbody/tr[th[starts-with(normalize-space(), 'Age')]]"));
        assertThat(age.findElement(By.className("nhsuk-tag")).getText()).isEqualTo("Flagged: Operations");
        WebElement download = chromium.findElement(By.linkText("Download as CSV"));
        assertThat(download.getAttribute("href")).contains("/api/reports/cumulative.csv");
        assertThat(download.getAttribute("download")).isNotNull();
        browser.assertAccessible();

        WebElement quarter = age.findElement(By.cssSelector("td a"));
        assertThat(quarter.getAttribute("aria-label"))
                .startsWith(quarter.getText() + (quarter.getText().equals("1") ? " proposal" : " proposals") + ", age, ");
        assertThat(quarter.getAttribute("href")).contains("/reports/cumulative/proposals?", "group=age", "quarter=");
        WebElement all = age.findElement(By.cssSelector("td:last-child a"));
        String count = all.getText();
        assertThat(Integer.parseInt(count)).isGreaterThanOrEqualTo(4);
        assertThat(all.getAttribute("aria-label")).isEqualTo(count + " proposals, age, the whole period");

        browser.clickAndWaitForNextPage(By.xpath("//main//table[1]/tbody/tr[th[starts-with(normalize-space(), 'Age')]]"
                + "/td[last()]/a"));

        assertThat(browser.path()).startsWith("/reports/cumulative/proposals?").contains("group=age");
        assertThat(browser.heading()).isEqualTo("Proposals affecting age");
        assertThat(browser.main()).contains(count + " proposals found a negative or unknown impact.");
        for (String title : DEMO_CUTS_ON_OLDER_PEOPLE) {
            WebElement row = chromium.findElement(By.xpath("//main//table/tbody/tr[td[contains(., '" + title + "')]]"));
            assertThat(row.findElement(By.tagName("a")).getAttribute("href")).matches(".*/assessments/\\d+");
            assertThat(row.getText()).contains("Operations", "Yes");
        }
        browser.assertAccessible();

        browser.clickLink("Cumulative impact");
        assertThat(browser.heading()).isEqualTo("Cumulative impact of proposals on each group");
    }

    @Test
    void anAuthorAssessingANewOperationsProposalSeesTheOtherProposalsAffectingAge() {
        ProcessInstance instance = driver.start("author", proposal("Outpatient pharmacy opening hours "
                + System.nanoTime(), "service-change", "reduction", "operations", "approver", LocalDate.now().plusMonths(2)));
        try {
            driver.complete(instance, "author", screening(true));
            driver.complete(instance, "author", evidenceAndEngagement());
            browser.signIn("author");
            browser.open("/tasks/" + driver.currentTask(instance).getId());
            assertThat(browser.heading()).isEqualTo("Impact assessment");

            WebElement others = chromium.findElement(By.id("other-proposals"));
            assertThat(others.findElement(By.tagName("h2")).getText()).isEqualTo("Other proposals affecting the same groups");
            assertThat(others.getText()).contains("Consider how this proposal adds to them.");
            WebElement age = others.findElement(By.xpath(
                    ".//div[contains(@class, 'nhsuk-summary-list__row')][dt[normalize-space()='Age']]/dd"));
            for (String title : DEMO_CUTS_ON_OLDER_PEOPLE) {
                WebElement item = age.findElement(By.xpath(".//li[contains(., '" + title + "')]"));
                assertThat(item.findElement(By.tagName("a")).getAttribute("href")).matches(".*/assessments/\\d+");
            }
            browser.assertAccessible();

            String title = DEMO_CUTS_ON_OLDER_PEOPLE.get(0);
            String reference = age.findElement(By.xpath(".//li[contains(., '" + title + "')]/a")).getText();
            browser.clickLink(reference);
            assertThat(browser.path()).matches("/assessments/\\d+");
            assertThat(browser.main()).contains(title);
        } finally {
            driver.withdraw(instance, "Only here to see the other proposals in the browser");
        }
    }

    /** The heat map: the first table on the report. */
    private WebElement heatMap() {
        return chromium.findElement(By.cssSelector("main table"));
    }
}
