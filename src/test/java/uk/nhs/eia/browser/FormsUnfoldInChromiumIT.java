package uk.nhs.eia.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Follow-up questions in a real browser, on the form preview page that shows the shipped forms as staff see them:
 * with JavaScript they unfold as soon as the answer asking for them is chosen, without loading a page; without it
 * they appear once the answers are sent, as they always have.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class FormsUnfoldInChromiumIT {

    private final ChromeDriver withScripts = Chromium.shared();
    private final ChromeDriver withoutScripts = Chromium.sharedWithoutJavaScript();

    @LocalServerPort
    int port;

    @Test
    void theAttestationUnfoldsAsSoonAsApproveIsChosenAndFoldsAwayWhenReturnIsChosen() {
        Browser browser = signedInFormAuthor(withScripts);
        browser.open("/forms/sign-off/preview");
        WebElement page = withScripts.findElement(By.tagName("html"));
        String address = withScripts.getCurrentUrl();
        WebElement attestation = labelOf(withScripts, "dueRegardAttestation");
        WebElement reasons = labelOf(withScripts, "signOffComments");
        assertThat(attestation.isDisplayed()).isFalse();
        assertThat(reasons.isDisplayed()).isFalse();

        choose(withScripts, "signOffDecision");

        assertThat(attestation.isDisplayed()).isTrue();
        assertThat(reasons.isDisplayed()).isFalse();
        assertThat(withScripts.findElement(By.id("signOffDecision")).getAttribute("aria-controls"))
                .isEqualTo("conditional-dueRegardAttestation");
        browser.assertAccessible();

        choose(withScripts, "signOffDecision-2");

        assertThat(attestation.isDisplayed()).isFalse();
        assertThat(reasons.isDisplayed()).isTrue();
        assertThat(labelOf(withScripts, "returnTo").isDisplayed()).isTrue();
        browser.assertAccessible();
        assertThat(ExpectedConditions.stalenessOf(page).apply(withScripts)).as("the same page, not a new one").isFalse();
        assertThat(withScripts.getCurrentUrl()).isEqualTo(address);
    }

    @Test
    void reasonsTypedForAReturnAreNotKeptOnceTheDecisionIsApprove() {
        Browser browser = signedInFormAuthor(withScripts);
        browser.open("/forms/sign-off/preview");

        choose(withScripts, "signOffDecision-2");
        withScripts.findElement(By.id("signOffComments")).sendKeys("The evidence is thin");
        choose(withScripts, "signOffDecision");
        choose(withScripts, "dueRegardAttestation");
        browser.press("Continue");

        assertThat(browser.heading()).as("errors: %s", browser.errors()).isEqualTo("Check your answers");
        assertThat(browser.main()).contains("Approve").doesNotContain("The evidence is thin", "Your reasons");
    }

    @Test
    void anEngagementListUnfoldsWhenEngagementWasUndertaken() {
        Browser browser = signedInFormAuthor(withScripts);
        browser.open("/forms/evidence-and-engagement/preview");
        WebElement activities = withScripts.findElement(By.id("conditional-engagementActivities"));
        assertThat(activities.isDisplayed()).isFalse();

        choose(withScripts, "engagementUndertaken");

        assertThat(activities.isDisplayed()).isTrue();
        assertThat(activities.findElement(By.cssSelector("button[name=_addRow]")).isEnabled()).isTrue();
        assertThat(labelOf(withScripts, "noEngagementReason").isDisplayed()).isFalse();
        browser.assertAccessible();
    }

    @Test
    void withoutJavaScriptTheAttestationAppearsOnceTheDecisionIsSent() {
        Browser browser = signedInFormAuthor(withoutScripts);
        browser.open("/forms/sign-off/preview");

        choose(withoutScripts, "signOffDecision");

        assertThat(labelOf(withoutScripts, "dueRegardAttestation").isDisplayed()).isFalse();

        browser.press("Continue");

        assertThat(withoutScripts.findElement(By.id("signOffDecision")).isSelected()).isTrue();
        assertThat(labelOf(withoutScripts, "dueRegardAttestation").isDisplayed()).isTrue();
        assertThat(labelOf(withoutScripts, "signOffComments").isDisplayed()).isFalse();
        assertThat(browser.errors()).contains("Confirm that you have read the assessment and paid due regard to the aims "
                + "of the duty and to health inequalities");
        browser.assertAccessible();
    }

    /** Form previews are for administrators, who look after the forms. */
    private Browser signedInFormAuthor(ChromeDriver driver) {
        Browser browser = new Browser(driver, port);
        browser.signIn("admin");
        return browser;
    }

    /** Chooses an answer as a person does, by its label. */
    private static void choose(ChromeDriver driver, String inputId) {
        labelOf(driver, inputId).click();
    }

    /** What a person sees of a field: the NHS radios and checkboxes draw their own boxes over inputs they hide. */
    private static WebElement labelOf(ChromeDriver driver, String inputId) {
        return driver.findElement(By.cssSelector("label[for='" + inputId + "']"));
    }
}
