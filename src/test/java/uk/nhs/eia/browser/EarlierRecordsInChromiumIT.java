package uk.nhs.eia.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import uk.nhs.eia.legacy.LegacyImport;

/**
 * An eia-admin brings the trust's earlier assessments in from the import page in a real browser: a file with a bad
 * row is refused whole with the row named under an error summary, the corrected file is imported, and the compliance
 * lead finds the record in the register, marked as from the earlier records, with its document. Every page is checked with axe-core.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EarlierRecordsInChromiumIT {

    private static ChromeDriver chromium;

    @LocalServerPort
    int port;
    @TempDir
    Path files;

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
    void anAdminFixesTheRowNamedAndImportsTheEarlierAssessmentWhichThenShowsItsDocument() throws IOException {
        String reference = "HR-" + (System.nanoTime() % 100_000);
        Path documents = zip(reference + "/" + reference + " analysis.txt", "The earlier equality analysis");
        browser.signIn("admin");
        browser.open("/admin/legacy-imports");
        assertThat(browser.heading()).isEqualTo("Import earlier assessments");
        browser.assertAccessible();

        send(csv(reference, "estates"), documents);

        assertThat(browser.errors()).containsExactly("See the problems, row by row");
        assertThat(chromium.findElement(By.id("problems")).getText()).isEqualTo("Problems");
        assertThat(browser.main()).contains("estates");
        browser.assertAccessible();

        send(csv(reference, "operations"), documents);

        assertThat(browser.main()).contains("1 earlier assessment was imported with 1 document");
        browser.signIn("auditor");
        browser.open("/assessments?q=" + reference);
        browser.clickLink(reference);
        assertThat(browser.main()).contains("Imported from earlier records", reference + " analysis.txt");
        browser.assertAccessible();
    }

    private void send(Path records, Path documents) {
        chromium.findElement(By.id("records")).sendKeys(records.toString());
        chromium.findElement(By.id("documents")).sendKeys(documents.toString());
        browser.press("Import");
    }

    private Path csv(String reference, String directorate) throws IOException {
        Path csv = Files.createTempFile(files, "records", ".csv");
        Files.writeString(csv, String.join(",", LegacyImport.COLUMNS) + "\n" + reference
                + ",Ward visiting hours," + directorate + ",policy,author,approver,2024-02-01,adjust,"
                + LocalDate.now().plusMonths(6) + ",age\n");
        return csv;
    }

    private Path zip(String name, String content) throws IOException {
        Path zip = files.resolve("documents.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
            entries.putNextEntry(new ZipEntry(name));
            entries.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return zip;
    }
}
