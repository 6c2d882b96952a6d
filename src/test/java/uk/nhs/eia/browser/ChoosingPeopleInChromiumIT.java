package uk.nhs.eia.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.nhs.eia.demo.DemoAnswers.proposal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * People chosen by name, not by a username nobody knows: typed into a type-ahead with JavaScript, picked from a list
 * without it, and the same person recorded either way.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "eia.demo.assessments=true")
@ActiveProfiles("test")
class ChoosingPeopleInChromiumIT {

    private static final String ARUN = "Arun Singh (approver), Digital, Operations";
    private static final String BEN = "Ben Okafor (author2), Digital";

    private final ChromeDriver withScripts = Chromium.shared();
    private final ChromeDriver withoutScripts = Chromium.sharedWithoutJavaScript();

    @LocalServerPort
    int port;

    @Test
    void anAuthorTypesPartOfAnApproversNameAndChoosesThemAsDecisionMaker() {
        Browser browser = new Browser(withScripts, port);
        browser.signIn("author");
        browser.open("/assessments/new");
        browser.fill(withoutDecisionMaker("Chosen by name " + System.nanoTime()));
        WebElement page = withScripts.findElement(By.tagName("html"));

        typeAndWaitFor("decisionMaker", "sing", ARUN);
        assertThat(page.isDisplayed()).as("the same page, not a new one").isTrue();
        browser.assertAccessible();

        // axe-core's run takes the focus, which closes the suggestions: type again, by first name this time.
        withScripts.findElement(By.cssSelector("input#decisionMaker")).sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        typeAndWaitFor("decisionMaker", "arun", ARUN).click();
        browser.press("Start the assessment");
        assertThat(browser.main()).contains("Decision-maker", "Arun Singh (approver)");

        typeAndWaitFor("share-username", "ben", BEN).click();
        browser.press("Share");
        assertThat(withScripts.findElement(By.id("co-authors")).findElement(By.xpath("following-sibling::ul")).getText())
                .contains("author2");
    }

    @Test
    void withoutJavaScriptTheAuthorPicksTheApproverFromAList() {
        Browser browser = new Browser(withoutScripts, port);
        browser.signIn("author");
        browser.open("/assessments/new");
        browser.fill(withoutDecisionMaker("Chosen from a list " + System.nanoTime()));

        Select decisionMakers = new Select(withoutScripts.findElement(By.id("decisionMaker")));
        assertThat(decisionMakers.getOptions()).extracting(WebElement::getText)
                .startsWith("Choose an option").contains(ARUN).noneMatch(name -> name.contains("(admin)"));
        decisionMakers.selectByVisibleText(ARUN);
        browser.assertAccessible();
        browser.press("Start the assessment");

        assertThat(browser.main()).contains("Decision-maker", "Arun Singh (approver)");
    }

    @Test
    void nobodyTheServerWouldRefuseIsOfferedAndNothingIsChosenUntilSomeoneIsPicked() {
        Browser browser = new Browser(withScripts, port);
        browser.signIn("author");
        browser.open("/assessments/new");
        browser.fill(withoutDecisionMaker("Nobody chosen " + System.nanoTime()));

        typeAndWaitFor("decisionMaker", "sam", "No one you can choose here has that name");
        browser.press("Start the assessment");

        assertThat(browser.errors()).anyMatch(error -> error.contains("decision-maker"));
        browser.assertAccessible();
    }

    /** Types into the type-ahead that stands for the field, and waits for the suggestion that says this. */
    private WebElement typeAndWaitFor(String field, String typed, String suggestion) {
        WebElement box = new WebDriverWait(withScripts, Duration.ofSeconds(10))
                .until(ExpectedConditions.elementToBeClickable(By.cssSelector("input#" + field)));
        box.sendKeys(typed);
        By wanted = By.xpath("//ul[@id='" + field + "__listbox']/li[normalize-space()='" + suggestion + "']");
        return new WebDriverWait(withScripts, Duration.ofSeconds(10))
                .until(ExpectedConditions.visibilityOfElementLocated(wanted));
    }

    private static Map<String, Object> withoutDecisionMaker(String title) {
        Map<String, Object> answers = new HashMap<>(proposal(title, "policy", "new", "operations", "approver",
                LocalDate.now().plusMonths(1)));
        answers.remove("decisionMaker");
        return answers;
    }
}
