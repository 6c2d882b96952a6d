package uk.nhs.eia.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A person at a browser: signs in, fills in forms, presses buttons, and has every page checked by axe-core. */
public final class Browser {

    public static final List<String> WCAG_22_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Fills the fields of a rendered form from answers as the API takes them: radios, checkboxes and selects by
     * value, dates into their day, month and year boxes, and dynamic list rows by their numbered names.
     */
    private static final String FILL = """
            const answers = JSON.parse(arguments[0]);
            function put(name, value) {
              if (Array.isArray(value) && value.length && typeof value[0] === 'object') {
                value.forEach((row, i) => Object.entries(row).forEach(([k, v]) => put(name + '[' + i + '].' + k, v)));
                return;
              }
              const dated = typeof value === 'string' && /^\\d{4}-\\d{2}-\\d{2}$/.test(value);
              if (dated && document.getElementsByName(name + '-day').length) {
                const [y, m, d] = value.split('-');
                document.getElementsByName(name + '-day')[0].value = String(Number(d));
                document.getElementsByName(name + '-month')[0].value = String(Number(m));
                document.getElementsByName(name + '-year')[0].value = y;
                return;
              }
              const values = Array.isArray(value) ? value.map(String) : [String(value)];
              document.getElementsByName(name).forEach(field => {
                if (field.type === 'radio' || field.type === 'checkbox') {
                  field.checked = values.includes(field.value);
                } else {
                  field.value = values[0];
                }
              });
            }
            Object.entries(answers).forEach(([name, value]) => put(name, value));
            """;

    private final ChromeDriver driver;
    private final int port;

    Browser(ChromeDriver driver, int port) {
        this.driver = driver;
        this.port = port;
    }

    ChromeDriver driver() {
        return driver;
    }

    void signIn(String username) {
        driver.manage().deleteAllCookies();
        open("/sign-in");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("demo");
        clickAndWaitForNextPage(By.cssSelector("button[type=submit]"));
    }

    void open(String path) {
        driver.get("http://localhost:" + port + path);
    }

    String path() {
        return driver.getCurrentUrl().replaceFirst("^http://localhost:\\d+", "");
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    String main() {
        return driver.findElement(By.tagName("main")).getText();
    }

    String notice() {
        return driver.findElement(By.className("nhsuk-notification-banner")).getText();
    }

    List<String> errors() {
        return driver.findElements(By.cssSelector(".nhsuk-error-summary__list a")).stream().map(WebElement::getText).toList();
    }

    void fill(Map<String, Object> answers) {
        try {
            driver.executeScript(FILL, JSON.writeValueAsString(answers));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /**
     * Fills the form and presses "Continue" until check-your-answers shows: questions that depend on earlier answers
     * appear once those answers are sent, as they do for a person without JavaScript.
     */
    void answerAndContinue(Map<String, Object> answers) {
        for (int round = 0; round < 3 && !heading().equals("Check your answers"); round++) {
            fill(answers);
            clickAndWaitForNextPage(By.cssSelector("button[value=continue]"));
        }
        assertThat(heading()).as("errors: %s", errors()).isEqualTo("Check your answers");
    }

    void clickLink(String text) {
        clickAndWaitForNextPage(By.linkText(text));
    }

    void press(String buttonText) {
        clickAndWaitForNextPage(By.xpath("//main//button[normalize-space()='" + buttonText + "']"));
    }

    /** Clicks and waits until the browser shows the page that answers it. */
    void clickAndWaitForNextPage(By target) {
        WebElement current = driver.findElement(By.tagName("html"));
        driver.findElement(target).click();
        new WebDriverWait(driver, Duration.ofSeconds(20)).until(ExpectedConditions.stalenessOf(current));
    }

    void assertAccessible() {
        Results results = new AxeBuilder().withTags(WCAG_22_AA).analyze(driver);
        assertThat(results.getViolations())
                .as("axe-core violations on %s", driver.getCurrentUrl())
                .extracting(Rule::getId)
                .isEmpty();
    }
}
