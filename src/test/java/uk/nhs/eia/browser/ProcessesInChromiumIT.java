package uk.nhs.eia.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The processes page in a real browser: an eia-admin sees the versions deployed and, choosing a file that is no model,
 * an error summary naming it, with nothing deployed. Both checked with axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ProcessesInChromiumIT {

    private static ChromeDriver chromium;

    @LocalServerPort
    int port;
    @TempDir
    Path files;

    @BeforeAll
    static void openBrowser() {
        chromium = Chromium.start();
    }

    @AfterAll
    static void closeBrowser() {
        chromium.quit();
    }

    @Test
    void anAdminSeesTheVersionsDeployedAndAFileThatIsNoModelRefusedByName() throws IOException {
        Browser browser = new Browser(chromium, port);
        browser.signIn("admin");
        browser.open("/admin/processes");
        assertThat(browser.heading()).isEqualTo("Processes and forms");
        assertThat(browser.main()).contains("Equality Impact Assessment", "equality-impact-assessment");
        browser.assertAccessible();

        Path notes = Files.writeString(files.resolve("notes.txt"), "Not a model");
        chromium.findElement(By.id("files")).sendKeys(notes.toString());
        browser.press("Deploy");

        assertThat(browser.errors()).contains("notes.txt is not a BPMN model (.bpmn), DMN decisions (.dmn) or a Camunda Form (.form)");
        assertThat(browser.main()).contains("Nothing was deployed.");
        browser.assertAccessible();
    }
}
